package rustle.interp;

/**
 * An executable node of the compiled program tree. Each node implements the entry points that fit
 * the representation of its value: {@link #evalLong} for integers and thin pointers, {@link #evalDouble}
 * for floats, {@link #evalInto} for values that live in memory (written at a destination address), and
 * {@link #exec} for statement context, which returns a control status instead of a value.
 */
abstract class Node {
  static final int NORMAL = 0;
  static final int BREAK = 1;
  static final int CONTINUE = 2;
  static final int RETURN = 3;

  long evalLong(Machine m, int fp) {
    throw new IllegalStateException("no integer value: " + getClass().getSimpleName());
  }

  double evalDouble(Machine m, int fp) {
    throw new IllegalStateException("no float value: " + getClass().getSimpleName());
  }

  void evalInto(Machine m, int fp, int dst) {
    throw new IllegalStateException("no memory value: " + getClass().getSimpleName());
  }

  int exec(Machine m, int fp) {
    throw new IllegalStateException("not a statement: " + getClass().getSimpleName());
  }

  /** For statement nodes used where a unit value is expected: runs them, carrying any jump onward. */
  final void execAsValue(Machine m, int fp) {
    int st = exec(m, fp);
    if (st != NORMAL) {
      m.pendingStatus = st;
      throw JumpSignal.INSTANCE;
    }
  }
}
