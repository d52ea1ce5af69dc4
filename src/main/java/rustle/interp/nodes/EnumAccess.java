package rustle.interp.nodes;

import rustle.memory.Memory;
import rustle.types.Layout;

/**
 * Reads and writes which variant an enum value in memory holds, by tag or by niche, exactly as rustc
 * encodes it (see {@link Layout}): a direct tag holds the discriminant; a niche holds
 * {@code nicheStart + (v - nicheFirst)} for the variants it encodes and is left alone by the untagged
 * variant, whose field owns those bytes.
 */
public final class EnumAccess {
  final Layout l;
  /** The tag's width as read and written: a 16-byte tag (before a u128 field) keeps its value in the low 8. */
  private final int width;
  private final long mask;
  /** The discriminants are 0, 1, 2, ... in variant order. */
  private final boolean dense;

  public EnumAccess(Layout l) {
    this.l = l;
    this.width = Math.min(8, l.tagSize);
    this.mask = width >= 8 ? -1L : (1L << (8 * width)) - 1;
    boolean d = l.discriminants != null;
    for (int i = 0; d && i < l.discriminants.length; i++) d = (l.discriminants[i] & mask) == i;
    this.dense = d;
  }

  public int variant(Memory mem, int addr) {
    if (l.niche) {
      long relative = (mem.getUnsigned(addr + l.tagOffset, width) - l.nicheStart) & mask;
      return Long.compareUnsigned(relative, l.nicheLast - l.nicheFirst) <= 0
          ? l.nicheFirst + (int) relative
          : l.dataVariant;
    }
    if (l.tagSize == 0) return l.dataVariant;
    long tag = mem.getUnsigned(addr + l.tagOffset, width);
    long[] d = l.discriminants;
    // Discriminants 0, 1, 2, ... (no explicit values): the tag is the variant; the search below finds the same.
    if (dense) return Long.compareUnsigned(tag, d.length) < 0 ? (int) tag : 0;
    for (int i = 0; i < d.length; i++) {
      if ((d[i] & mask) == tag) return i;
    }
    return 0;
  }

  public void setVariant(Memory mem, int addr, int v) {
    if (l.niche) {
      if (v != l.dataVariant) mem.putSized(addr + l.tagOffset, width, l.nicheStart + (v - l.nicheFirst));
      return;
    }
    if (l.tagSize == 0) return;
    mem.putSized(addr + l.tagOffset, width, l.discriminants[v]);
    if (l.tagSize > 8) mem.putLong(addr + l.tagOffset + 8, l.discriminants[v] < 0 ? -1L : 0L);
  }
}
