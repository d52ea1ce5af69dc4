package rustle.types;

/**
 * The layout facts of std's hash tables, named once: a {@code HashMap<K, V>} is hashbrown's
 * {@code RawTable} (control-byte pointer, bucket mask, growth left, item count) followed by the
 * {@code RandomState} keys, 48 bytes as in rustc 1.95; its heap block holds the buckets below the
 * control bytes, and the sizing rules are hashbrown's (see docs/memory-model.md).
 */
public final class HashTables {
  private HashTables() {}

  /** Header offsets (rustc 1.95 keeps the RawTable first: its ctrl pointer is the niche). */
  public static final int CTRL = 0;
  public static final int BUCKET_MASK = 8;
  public static final int GROWTH_LEFT = 16;
  public static final int ITEMS = 24;
  public static final int K0 = 32;
  public static final int K1 = 40;
  public static final int SIZE = 48;

  /** SSE2 group width: the control bytes are followed by this many mirror bytes. */
  public static final int GROUP = 16;
  public static final byte EMPTY = (byte) 0xFF;
  public static final byte DELETED = (byte) 0x80;

  static Layout headerLayout() {
    Layout l = new Layout(SIZE, 8, new int[] {CTRL, BUCKET_MASK, GROWTH_LEFT, ITEMS, K0, K1});
    l.largestNiche = Niche.of(CTRL, 8, 1, -1L);
    return l;
  }

  /** hashbrown's capacity_to_buckets: 4 or 8 buckets for small tables, else 8/7 of cap rounded to 2^n. */
  public static long capacityToBuckets(long cap) {
    if (cap < 8) return cap < 4 ? 4 : 8;
    long adjusted = cap * 8 / 7;
    return Long.highestOneBit(adjusted - 1) << 1;
  }

  /** hashbrown's bucket_mask_to_capacity: the load factor is 7/8, except in tables under 8 buckets. */
  public static long maskToCapacity(long mask) {
    return mask < 8 ? mask : (mask + 1) / 8 * 7;
  }

  /** The alignment of the control bytes (and of the block): the bucket's, at least the group width. */
  public static int ctrlAlign(Layout elem) {
    return Math.max(elem.align, GROUP);
  }

  /** Offset of the control bytes in the block: the buckets come first, rounded up to ctrlAlign. */
  public static int ctrlOffset(Layout elem, long buckets) {
    return (int) Layout.alignUp((int) (buckets * elem.size), ctrlAlign(elem));
  }

  /** Size of the block: buckets, then one control byte per bucket plus a group of mirror bytes. */
  public static int blockSize(Layout elem, long buckets) {
    return ctrlOffset(elem, buckets) + (int) buckets + GROUP;
  }
}
