package rustle.interp.rt;

/**
 * An executable node of the compiled program tree. Each node implements the entry points that fit
 * the representation of its value: {@link #evalLong} for integers and thin pointers, {@link #evalDouble}
 * for floats, {@link #evalInto} for values that live in memory (written at a destination address), and
 * {@link #exec} for statement context, which returns a control status instead of a value.
 */
public abstract class Node {
  public static final int NORMAL = 0;
  public static final int BREAK = 1;
  public static final int CONTINUE = 2;
  public static final int RETURN = 3;

  public long evalLong(Machine m, int fp) {
    throw new IllegalStateException("no integer value: " + getClass().getSimpleName());
  }

  public double evalDouble(Machine m, int fp) {
    throw new IllegalStateException("no float value: " + getClass().getSimpleName());
  }

  public void evalInto(Machine m, int fp, int dst) {
    throw new IllegalStateException("no memory value: " + getClass().getSimpleName());
  }

  public int exec(Machine m, int fp) {
    throw new IllegalStateException("not a statement: " + getClass().getSimpleName());
  }

  /** For statement nodes used where a unit value is expected: runs them, carrying any jump onward. */
  public final void execAsValue(Machine m, int fp) {
    int st = exec(m, fp);
    if (st != NORMAL) {
      m.pendingStatus = st;
      throw JumpSignal.INSTANCE;
    }
  }
}
