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
      case RC:
        return new RcDrop(glue.of(t), SmartPtrs.rcValueOffset(layouts.of(t)));
      case WEAK:
        return new Dropper() {
          @Override
          public void drop(Machine m, int addr) {
            long p = m.mem.getLong(addr);
            if (p != SmartPtrs.DANGLING) release(m, (int) p);
          }
        };
      case REF:
        return new GuardDrop(QUICK_REF);
      case REF_MUT:
        return new GuardDrop(QUICK_REF_MUT);
      case REF_CELL: {
        Dropper e = glue.of(t);
        if (e == null) return null;
        return Shifted.of(e, layouts.of(adt).offsets[1]);
      }
      default:
        return glue.of(t);
    }
  }

  // Drops a slot can do without a call through its Dropper (DropSlot.quick): the common case of the
  // three smart-pointer drops that dominate Rc<RefCell<T>> code.
  static final int QUICK_NONE = 0;
  static final int QUICK_REF = 1;
  static final int QUICK_REF_MUT = 2;
  static final int QUICK_RC = 3;

  static int quickKind(Dropper d) {
    if (d instanceof GuardDrop g) return g.kind;
    if (d instanceof RcDrop) return QUICK_RC;
    return QUICK_NONE;
  }

  // The common case of each quick drop, small enough for C2 to inline into the slot's drop.

  /** A Ref at addr gives back its shared borrow. */
  static void releaseShared(Machine m, int addr) {
    int flag = (int) m.mem.getLong(addr + SmartPtrs.REF_FLAG);
    m.mem.putLong(flag, m.mem.getLong(flag) - 1);
  }

  /** A RefMut at addr gives back its exclusive borrow. */
  static void releaseExclusive(Machine m, int addr) {
    int flag = (int) m.mem.getLong(addr + SmartPtrs.REF_FLAG);
    m.mem.putLong(flag, m.mem.getLong(flag) + 1);
  }

  /** One strong count less for the Rc at addr when it is not the last (true); false, nothing written, when it is. */
  static boolean decrementNotLast(Machine m, int addr) {
    int p = (int) m.mem.getLong(addr);
    long strong = m.mem.getLong(p + SmartPtrs.STRONG) - 1;
    if (strong == 0) return false;
    m.mem.putLong(p + SmartPtrs.STRONG, strong);
    return true;
  }

  /** A Ref gives back its shared borrow, a RefMut its exclusive one. */
  static final class GuardDrop extends Dropper {
    final int kind;

    GuardDrop(int kind) {
      this.kind = kind;
    }

    @Override
    public void drop(Machine m, int addr) {
      if (kind == QUICK_REF) releaseShared(m, addr);
      else releaseExclusive(m, addr);
    }
  }

  /** One strong count less; the last one drops the value and gives up the strong references' weak count. */
  static final class RcDrop extends Dropper {
    /**
     * The value's glue and where the value lies in the RcBox. A recursive type's glue is a {@link
     * DropGlue.Lazy} while it is built; the first drop replaces it by the real glue, with a {@link Shifted}
     * folded into off (a list node's Rc then calls the next link's glue directly).
     */
    Dropper value;
    int off;
    boolean resolved;

    RcDrop(Dropper value, int off) {
      this.value = value;
      this.off = off;
    }

    @Override
    public void drop(Machine m, int addr) {
      dropBox(m, (int) m.mem.getLong(addr));
    }

    /** The drop of an Rc whose RcBox is at p. */
    void dropBox(Machine m, int p) {
      long strong = m.mem.getLong(p + SmartPtrs.STRONG) - 1;
      m.mem.putLong(p + SmartPtrs.STRONG, strong);
      if (strong != 0) return;
      if (!resolved) resolve();
      if (value != null) value.drop(m, p + off);
      release(m, p);
    }

    private void resolve() {
      Dropper v = value;
      int o = off;
      while (true) {
        if (v instanceof DropGlue.Lazy l) v = l.real;
        else if (v instanceof Shifted s) {
          o += s.off;
          v = s.inner;
        } else break;
      }
      value = v;
      off = o;
      resolved = true;
    }
  }

  /**
   * The glue of an enum whose one owning variant holds only an Rc in a pointer niche ({@code
   * Option<Rc<T>>}, the link of a shared list): one read of the pointer, which is both the niche and the
   * Rc, instead of a variant test and a call per level. Null when the layout is not that.
   */
  static Dropper optionRc(DropGlue glue, Layouts layouts, Layout l, int only, java.util.List<Ty> fields) {
    if (!l.niche || only != l.dataVariant || l.tagSize != 8 || l.nicheFirst != l.nicheLast) return null;
    if (fields.size() != 1 || l.variantOffsets[only][0] != l.tagOffset) return null;
    if (!(rustle.types.Infer.shallow(fields.get(0)) instanceof Ty.Adt a) || a.def().builtin != AdtDef.Builtin.RC) {
      return null;
    }
    Ty t = a.args().get(0);
    return new NicheRcDrop(l.tagOffset, l.nicheStart, new RcDrop(glue.of(t), SmartPtrs.rcValueOffset(layouts.of(t))));
  }

  static final class NicheRcDrop extends Dropper {
    final int off;
    final long niche;
    final RcDrop rc;

    NicheRcDrop(int off, long niche, RcDrop rc) {
      this.off = off;
      this.niche = niche;
      this.rc = rc;
    }

    @Override
    public void drop(Machine m, int addr) {
      long p = m.mem.getLong(addr + off);
      if (p != niche) rc.dropBox(m, (int) p);
    }
  }

  /** Gives up one weak count; the last one frees the RcBox. */
  private static void release(Machine m, int p) {
    long weak = m.mem.getLong(p + SmartPtrs.WEAK) - 1;
    m.mem.putLong(p + SmartPtrs.WEAK, weak);
    if (weak == 0) m.heap.free(p);
  }
}
