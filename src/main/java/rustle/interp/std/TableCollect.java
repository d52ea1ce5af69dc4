package rustle.interp.std;

import rustle.ast.Span;
import rustle.interp.FnCompiler;
import rustle.interp.drop.Dropper;
import rustle.interp.rt.Machine;
import rustle.types.AdtDef;
import rustle.types.Infer;
import rustle.types.Ty;

/**
 * {@code collect} into a {@code HashMap} or {@code HashSet}, as std's {@code FromIterator} does it: an
 * empty table, then {@code extend}, which reserves the iterator's lower bound (half of it, rounded up,
 * when the table is not empty) and inserts each item. A key already present keeps its stored key: the
 * new key is dropped, then the value it replaced (a map) or the new element (a set) is.
 */
final class TableCollect {
  private final RawTable t;
  private final SizeHint hint;
  private final boolean set;
  private final int keyOff;
  private final int valOff;
  private final int ksize;
  private final int vsize;
  private final Dropper keyDrop;
  private final Dropper valDrop;
  private final Span site;
  private final Stepper step;
  // The replaced value, on its way from the bucket to the item's value slot (never held across a step).
  private final byte[] old;

  private TableCollect(FnCompiler f, Ty.Adt target, Ty item, Stepper step, SizeHint hint, Span site) {
    this.set = target.def().builtin == AdtDef.Builtin.HASH_SET;
    Ty k = Infer.shallow(f.sub(target.args().get(0)));
    Ty v = set ? Ty.UNIT : Infer.shallow(f.sub(target.args().get(1)));
    this.t = Tables.table(f, k, v);
    this.hint = hint;
    int[] o = set ? new int[] {0, 0} : f.layout(Infer.shallow(f.sub(item))).offsets;
    this.keyOff = o[0];
    this.valOff = o[1];
    this.ksize = f.size(k);
    this.vsize = f.size(v);
    this.keyDrop = f.c.drops.of(k);
    this.valDrop = f.c.drops.of(v);
    this.site = site;
    this.step = step;
    this.old = new byte[vsize];
  }

  /** The collector into target, or null when target is not a hash table. */
  static TableCollect of(FnCompiler f, Ty.Adt target, Ty item, Stepper step, Ty.Adt it, Span site) {
    AdtDef.Builtin b = target.def().builtin;
    if (b != AdtDef.Builtin.HASH_MAP && b != AdtDef.Builtin.HASH_SET) return null;
    return new TableCollect(f, target, item, step, SizeHints.of(f, it), site);
  }

  /** Builds the table at dst from the iterator at it, stepping each item into the scratch item. */
  void fill(Machine mc, int it, int item, int dst) {
    t.initEmpty(mc.mem, dst);
    extend(mc, it, item, dst);
  }

  /**
   * {@code extend} of the table at dst: reserves the iterator's lower bound, or half of it (rounded up)
   * when the table is not empty, then inserts each item.
   */
  void extend(Machine mc, int it, int item, int dst) {
    long lower = hint.lower(mc, it);
    t.reserve(mc, dst, RawTable.items(mc.mem, dst) == 0 ? lower : Long.divideUnsigned(lower + 1, 2), site);
    while (step.next(mc, it, item)) {
      long i = t.findOrInsertSlot(mc, dst, item + keyOff, site, true);
      if (i < 0) {
        int b = t.bucket(RawTable.ctrl(mc.mem, dst), -i - 1);
        if (ksize > 0) mc.mem.copy(item + keyOff, b + t.keyOff, ksize);
        if (vsize > 0) mc.mem.copy(item + valOff, b + t.valOff, vsize);
        continue;
      }
      if (keyDrop != null) keyDrop.drop(mc, item + keyOff);
      if (set) continue;
      int b = t.bucket(RawTable.ctrl(mc.mem, dst), i);
      // std's insert returns the old value (mem::replace), which extend's closure drops: it leaves the
      // bucket for the item's value slot, which the new value has left.
      if (vsize > 0) {
        mc.mem.copyOut(b + t.valOff, old, 0, vsize);
        mc.mem.copy(item + valOff, b + t.valOff, vsize);
        mc.mem.copyIn(old, 0, item + valOff, vsize);
      }
      if (valDrop != null) valDrop.drop(mc, item + valOff);
    }
  }
}
