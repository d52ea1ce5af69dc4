package rustle.interp.rt;

/** A node whose value is an integer-like scalar of a known {@link Kind}. */
public abstract class IntNode extends Node {
  public final Kind kind;

  public IntNode(Kind kind) {
    this.kind = kind;
  }

  @Override
  public abstract long evalLong(Machine m, int fp);

  @Override
  public void evalInto(Machine m, int fp, int dst) {
    long v = evalLong(m, fp);
    kind.store(m.mem, dst, v);
  }

  @Override
  public int exec(Machine m, int fp) {
    evalLong(m, fp);
    return NORMAL;
  }
}
