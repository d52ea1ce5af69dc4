package rustle.interp.drop;

import rustle.interp.rt.Machine;
import rustle.types.AdtDef;
import rustle.types.Layout;
import rustle.types.Layouts;
import rustle.types.SmartPtrs;
import rustle.types.Ty;

/**
 * Drop glue of Rc, Weak, Ref, RefMut, RefCell and Cell, as std's Drop impls do it: the last Rc drops the
 * value and gives up the strong references' shared weak count; the last count frees the RcBox; a Ref gives
 * back its shared borrow, a RefMut its exclusive one.
 */
final class SmartDrops {
  private SmartDrops() {}

  static Dropper of(DropGlue glue, Layouts layouts, Ty.Adt adt) {
    AdtDef.Builtin b = adt.def().builtin;
    Ty t = adt.args().get(0);
    switch (b) {
      case RC: {
        Dropper e = glue.of(t);
        int off = SmartPtrs.rcValueOffset(layouts.of(t));
        return new Dropper() {
          @Override
          public void drop(Machine m, int addr) {
            int p = (int) m.mem.getLong(addr);
            long strong = m.mem.getLong(p + SmartPtrs.STRONG) - 1;
            m.mem.putLong(p + SmartPtrs.STRONG, strong);
            if (strong != 0) return;
            if (e != null) e.drop(m, p + off);
            release(m, p);
          }
        };
      }
      case WEAK:
        return new Dropper() {
          @Override
          public void drop(Machine m, int addr) {
            long p = m.mem.getLong(addr);
            if (p != SmartPtrs.DANGLING) release(m, (int) p);
          }
        };
      case REF:
        return new Dropper() {
          @Override
          public void drop(Machine m, int addr) {
            int flag = (int) m.mem.getLong(addr + SmartPtrs.REF_FLAG);
            m.mem.putLong(flag, m.mem.getLong(flag) - 1);
          }
        };
      case REF_MUT:
        return new Dropper() {
          @Override
          public void drop(Machine m, int addr) {
            int flag = (int) m.mem.getLong(addr + SmartPtrs.REF_FLAG);
            m.mem.putLong(flag, m.mem.getLong(flag) + 1);
          }
        };
      case REF_CELL: {
        Dropper e = glue.of(t);
        if (e == null) return null;
        int off = layouts.of(adt).offsets[1];
        return new Dropper() {
          @Override
          public void drop(Machine m, int addr) {
            e.drop(m, addr + off);
          }
        };
      }
      default:
        return glue.of(t);
    }
  }

  /** Gives up one weak count; the last one frees the RcBox. */
  private static void release(Machine m, int p) {
    long weak = m.mem.getLong(p + SmartPtrs.WEAK) - 1;
    m.mem.putLong(p + SmartPtrs.WEAK, weak);
    if (weak == 0) m.heap.free(p);
  }
}
