package rustle.interp.rt;

/** A node whose value lives in memory: it writes {@code size} bytes at the destination it is given. */
public abstract class MemNode extends Node {
  public final int size;

  public MemNode(int size) {
    this.size = size;
  }

  @Override
  public abstract void evalInto(Machine m, int fp, int dst);

  /** Zero-sized values can be evaluated for their effects alone; larger ones need a destination. */
  @Override
  public int exec(Machine m, int fp) {
    if (size != 0) throw new IllegalStateException("memory value evaluated without a destination");
    evalInto(m, fp, 0);
    return NORMAL;
  }
}
