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
  final boolean clearFirst;

  public ScopedDrops(Node n, DropSlot[] drops) {
    this(n, drops, true);
  }

  /** clearFirst is false when the bindings were made before n runs (a while-let body). */
  public ScopedDrops(Node n, DropSlot[] drops, boolean clearFirst) {
    this.n = n;
    this.drops = drops;
    this.clearFirst = clearFirst;
  }

  @Override
  public int exec(Machine m, int fp) {
    if (clearFirst) DropSlot.clearAll(drops, m, fp);
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
    if (clearFirst) DropSlot.clearAll(drops, m, fp);
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
    if (clearFirst) DropSlot.clearAll(drops, m, fp);
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
    if (clearFirst) DropSlot.clearAll(drops, m, fp);
    try {
      n.evalInto(m, fp, dst);
      DropSlot.dropAll(drops, m, fp);
    } catch (RuntimeException e) {
      throw Unwind.leave(m, e, drops, fp);
    }
  }
}
