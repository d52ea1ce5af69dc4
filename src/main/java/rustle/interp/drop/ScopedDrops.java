package rustle.interp.drop;

import rustle.interp.rt.Machine;
import rustle.interp.rt.Node;

/**
 * Runs a construct, then drops the bindings it introduced that still own their values (on every
 * exit: normally here, through {@link Unwind#leave} when an exception leaves n).
 */
public final class ScopedDrops extends Node {
  final Node n;
  final DropSlot[] drops;

  /** The bindings may be made before n runs (a while-let body) or by n (an if-let's condition). */
  public ScopedDrops(Node n, DropSlot[] drops) {
    this.n = n;
    this.drops = drops;
  }

  @Override
  public int exec(Machine m, int fp) {
    int st;
    try {
      st = n.exec(m, fp);
      DropSlot.dropAll(drops, m, fp);
    } catch (RuntimeException e) {
      throw Unwind.leave(m, e, drops, fp);
    }
    return st;
  }

  @Override
  public long evalLong(Machine m, int fp) {
    long v;
    try {
      v = n.evalLong(m, fp);
      DropSlot.dropAll(drops, m, fp);
    } catch (RuntimeException e) {
      throw Unwind.leave(m, e, drops, fp);
    }
    return v;
  }

  @Override
  public double evalDouble(Machine m, int fp) {
    double v;
    try {
      v = n.evalDouble(m, fp);
      DropSlot.dropAll(drops, m, fp);
    } catch (RuntimeException e) {
      throw Unwind.leave(m, e, drops, fp);
    }
    return v;
  }

  @Override
  public void evalInto(Machine m, int fp, int dst) {
    try {
      n.evalInto(m, fp, dst);
      DropSlot.dropAll(drops, m, fp);
    } catch (RuntimeException e) {
      throw Unwind.leave(m, e, drops, fp);
    }
  }
}
