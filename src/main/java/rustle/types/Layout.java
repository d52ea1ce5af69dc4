package rustle.types;

/**
 * Size, alignment and field offsets of a concrete type, as rustc lays it out. For structs and tuples
 * {@code offsets[i]} is the offset of declared field i; for arrays the element stride is the element
 * size. For enums, {@code variantOffsets[v][i]} locates field i of variant v; the variant is encoded
 * either by a tag integer at {@code tagOffset} of {@code tagSize} bytes holding the discriminant, or
 * (niche) by values the data variant can never hold, stored in the {@code tagSize} bytes at
 * {@code tagOffset}: {@code nicheStart + k} for the k-th dataless variant, any other value meaning
 * variant {@code dataVariant}.
 */
public final class Layout {
  public final int size;
  public final int align;
  public final int[] offsets;
  public final int[][] variantOffsets;
  public final int tagOffset;
  public final int tagSize;
  public final boolean niche;
  /** For a niche layout: the value stored for nicheVariants[0]; nicheVariants[k] is stored as nicheStart + k. */
  public final long nicheStart;
  public final int[] nicheVariants;
  public final int dataVariant;
  public final long[] discriminants;
  /** The invalid values this type's bytes can never hold, usable by an enclosing enum: where and how many. */
  public int availOffset = -1;
  public int availSize;
  public long availStart;
  public long availCount;

  Layout(int size, int align, int[] offsets) {
    this(size, align, offsets, null, -1, 0, false, 0, null, -1, null);
  }

  Layout(int size, int align, int[] offsets, int[][] variantOffsets, int tagOffset, int tagSize,
      boolean niche, long nicheStart, int[] nicheVariants, int dataVariant, long[] discriminants) {
    this.size = size;
    this.align = align;
    this.offsets = offsets;
    this.variantOffsets = variantOffsets;
    this.tagOffset = tagOffset;
    this.tagSize = tagSize;
    this.niche = niche;
    this.nicheStart = nicheStart;
    this.nicheVariants = nicheVariants;
    this.dataVariant = dataVariant;
    this.discriminants = discriminants;
  }

  public boolean isEnum() {
    return variantOffsets != null;
  }

  static int alignUp(int n, int a) {
    return (n + a - 1) & -a;
  }
}
