package rustle.interp.drop;

import rustle.interp.rt.Machine;
import rustle.types.Layout;

/**
 * Drop glue of {@code Box<T>} and of an enum whose one owning variant is a Box in a pointer niche
 * ({@code Option<Box<T>>}, the link of every recursive tree and list): one read of the pointer, which is
 * both the niche and the box, instead of a variant test and a call per level.
 */
final class BoxDrops {
  private BoxDrops() {}

  /** A Box: drops its contents, then frees its block. */
  static final class BoxDrop extends Dropper {
    /** The contents' glue; a {@link DropGlue.Lazy} of a recursive type until first used (see real). */
    Dropper inner;
    final int size;

    BoxDrop(Dropper inner, int size) {
      this.inner = inner;
      this.size = size;
    }

    @Override
    public void drop(Machine m, int addr) {
      int ptr = (int) m.mem.getLong(addr);
      Dropper e = inner;
      if (e != null) {
        if (e instanceof DropGlue.Lazy l) inner = e = l.real;
        e.drop(m, ptr);
      }
      m.heapTypes.boxFree(ptr, size);
    }
  }

  /**
   * The enum glue when its one owning variant holds only a Box at the niche word (the other variants
   * are the niche values), or null.
   */
  static Dropper optionBox(Layout l, int only, Dropper d) {
    if (!(d instanceof BoxDrop b) || !l.niche || only != l.dataVariant || l.tagSize != 8) return null;
    if (l.nicheFirst != l.nicheLast) return null;
    return new NicheBoxDrop(l.tagOffset, l.nicheStart, b);
  }

  static final class NicheBoxDrop extends Dropper {
    final int off;
    final long niche;
    final BoxDrop box;

    NicheBoxDrop(int off, long niche, BoxDrop box) {
      this.off = off;
      this.niche = niche;
      this.box = box;
    }

    @Override
    public void drop(Machine m, int addr) {
      if (m.mem.getLong(addr + off) != niche) box.drop(m, addr);
    }
  }
}
