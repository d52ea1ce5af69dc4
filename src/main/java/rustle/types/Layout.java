package rustle.types;

/**
 * Size, alignment and field offsets of a concrete type, as rustc 1.95 lays it out (rustc_abi). For
 * structs and tuples {@code offsets[i]} is the offset of declared field i; for arrays the element stride
 * is the element size. For enums, {@code variantOffsets[v][i]} locates field i of variant v, and the
 * variant is encoded in the {@code tagSize} bytes at {@code tagOffset} in one of three ways:
 * <ul>
 *   <li>no tag ({@code tagSize == 0}): one variant is inhabited, {@code dataVariant};
 *   <li>direct tag ({@code !niche}): the bytes hold {@code discriminants[v]};
 *   <li>niche ({@code niche}): the bytes belong to a field of variant {@code dataVariant} (the untagged
 *       variant, which writes no tag); variant v in {@code nicheFirst..=nicheLast} is stored as
 *       {@code nicheStart + (v - nicheFirst)}, wrapping in the tag's width, a value the field never holds.
 * </ul>
 * Fields are written only by {@link Layouts}; everyone else reads them.
 */
public final class Layout {
  public final int size;
  public final int align;
  public final int[] offsets;
  public int[][] variantOffsets;
  public int tagOffset = -1;
  public int tagSize;
  public boolean niche;
  public long nicheStart;
  public int nicheFirst;
  public int nicheLast = -1;
  /** The variant indices nicheFirst..=nicheLast, in order (the k-th is stored as nicheStart + k). */
  public int[] nicheVariants;
  public int dataVariant = -1;
  public long[] discriminants;
  /** The values this type's bytes never hold, which an enclosing enum may use; null if none. */
  public Niche largestNiche;
  /** No value of this type exists (the never type, an enum without inhabited variants). */
  public boolean uninhabited;

  Layout(int size, int align, int[] offsets) {
    this.size = size;
    this.align = align;
    this.offsets = offsets;
  }

  public boolean isEnum() {
    return variantOffsets != null;
  }

  static int alignUp(int n, int a) {
    return (n + a - 1) & -a;
  }
}
