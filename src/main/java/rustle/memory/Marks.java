package rustle.memory;

/**
 * An observed run's marks by granule ({@link Allocator#markBlocks}), in pages made when a block first
 * starts in their range. A table grown with the heap, as the allocator's own are, copied itself at each
 * growth: on vecpush, whose heap grows to 24 MiB, that cost five more full collections (+24 ms) than a
 * plain run. Pages are never copied, and a large block needs only the page of its first granule.
 */
final class Marks {
  private static final int PAGE_SHIFT = 12;
  /** Granules per page: 64 KiB of heap, 16 KiB of marks. */
  private static final int PAGE = 1 << PAGE_SHIFT;

  /** By page, for every granule below the heap's limit (a few thousand references at most). */
  private final int[][] pages;

  Marks(int granules) {
    pages = new int[(granules >>> PAGE_SHIFT) + 1][];
  }

  /** The mark of granule g; 0 when none was set. */
  int get(int g) {
    int[] p = pages[g >>> PAGE_SHIFT];
    return p == null ? 0 : p[g & (PAGE - 1)];
  }

  void set(int g, int mark) {
    int[] p = pages[g >>> PAGE_SHIFT];
    if (p == null) p = newPage(g);
    p[g & (PAGE - 1)] = mark;
  }

  /** Sets bits in granule g's mark. */
  void or(int g, int bits) {
    int[] p = pages[g >>> PAGE_SHIFT];
    if (p == null) p = newPage(g);
    p[g & (PAGE - 1)] |= bits;
  }

  private int[] newPage(int g) {
    return pages[g >>> PAGE_SHIFT] = new int[PAGE];
  }
}
