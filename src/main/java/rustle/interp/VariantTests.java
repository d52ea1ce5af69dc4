package rustle.interp;

import rustle.interp.nodes.EnumAccess;
import rustle.interp.rt.Machine;
import rustle.types.Layout;

/**
 * Pattern tests for "the enum value at addr is variant v", compiled per variant: one read of the tag or
 * niche and one comparison, where {@link EnumAccess#variant} would decode the variant and compare.
 */
public final class VariantTests {
  private VariantTests() {}

  public static PatCompiler.Test of(Layout l, int variant) {
    int width = Math.min(8, l.tagSize);
    long mask = width >= 8 ? -1L : (1L << (8 * width)) - 1;
    int off = l.tagOffset;
    if (l.niche) {
      if (variant == l.dataVariant) {
        long start = l.nicheStart;
        long range = l.nicheLast - l.nicheFirst;
        if (width == 8 && range == 0) return new TagNot8(off, start);
        return new PatCompiler.Test() {
          @Override
          public boolean test(Machine m, int fp, int addr) {
            return Long.compareUnsigned((m.mem.getUnsigned(addr + off, width) - start) & mask, range) > 0;
          }
        };
      }
      if (variant < l.nicheFirst || variant > l.nicheLast) return decoded(l, variant);
      return tagIs(off, width, (l.nicheStart + (variant - l.nicheFirst)) & mask);
    }
    if (l.tagSize == 0 || !distinct(l.discriminants, mask)) return decoded(l, variant);
    return tagIs(off, width, l.discriminants[variant] & mask);
  }

  /** The general test: decode the variant, compare. */
  private static PatCompiler.Test decoded(Layout l, int variant) {
    EnumAccess acc = new EnumAccess(l);
    return new PatCompiler.Test() {
      @Override
      public boolean test(Machine m, int fp, int addr) {
        return acc.variant(m.mem, addr) == variant;
      }
    };
  }

  /** Whether no two discriminants share a tag value (the decoder then names exactly the variant whose tag it reads). */
  private static boolean distinct(long[] d, long mask) {
    for (int i = 0; i < d.length; i++) {
      for (int j = 0; j < i; j++) if ((d[i] & mask) == (d[j] & mask)) return false;
    }
    return true;
  }

  private static PatCompiler.Test tagIs(int off, int width, long expect) {
    switch (width) {
      case 1:
        return new PatCompiler.TagTest(off, 1, expect, true) {
          @Override
          public boolean test(Machine m, int fp, int addr) {
            return (m.mem.getByte(addr + off) & 0xFFL) == expect;
          }
        };
      case 8:
        return new PatCompiler.TagTest(off, 8, expect, true) {
          @Override
          public boolean test(Machine m, int fp, int addr) {
            return m.mem.getLong(addr + off) == expect;
          }
        };
      default:
        return new PatCompiler.Test() {
          @Override
          public boolean test(Machine m, int fp, int addr) {
            return m.mem.getUnsigned(addr + off, width) == expect;
          }
        };
    }
  }

  /** The data variant of an enum with one niche variant in an 8-byte word (Option of a Box, an Rc, a reference). */
  private static final class TagNot8 extends PatCompiler.TagTest {
    final long niche;

    TagNot8(int off, long niche) {
      super(off, 8, niche, false);
      this.niche = niche;
    }

    @Override
    public boolean test(Machine m, int fp, int addr) {
      return m.mem.getLong(addr + off) != niche;
    }
  }
}
