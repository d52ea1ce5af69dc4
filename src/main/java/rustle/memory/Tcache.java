package rustle.memory;

/**
 * The allocator's front for small blocks, as glibc's tcache: a freed block of at most {@link #MAX_GRANULES}
 * granules is kept as it is (not merged, not in the free index), up to {@link #PER_SIZE} per size, and the
 * next request of that many granules takes the one freed last.
 *
 * <p>A kept block stays "in use" in the allocator's boundary tags, so no neighbour merges with it; its
 * requested size reads as freed, so freeing it again is still reported as a double free.
 */
final class Tcache {
  /** The largest size kept, in granules: 1024 bytes (glibc keeps chunks up to 1032 usable bytes). */
  static final int MAX_GRANULES = 64;
  /** How many blocks of one size are kept (glibc's {@code tcache_count} default). */
  static final int PER_SIZE = 7;
  private static final int SHIFT = 3; // room for PER_SIZE blocks per size

  private final int[] blocks = new int[(MAX_GRANULES + 1) << SHIFT];
  private final int[] counts = new int[MAX_GRANULES + 1];
  /** The largest size kept here: {@link #MAX_GRANULES}, or 0 for an allocator that is first fit alone. */
  private final int max;

  Tcache(int max) {
    this.max = Math.min(max, MAX_GRANULES);
  }

  /** The granule of the block of n granules freed last and not yet reused, or {@link FreeBlocks#NONE}. */
  int take(int n) {
    if (n > max || counts[n] == 0) {
      return FreeBlocks.NONE;
    }
    int c = counts[n] - 1;
    counts[n] = c;
    return blocks[(n << SHIFT) + c];
  }

  /** Keeps the block of n granules at granule g, unless it is too large or its size has no room left. */
  boolean keep(int g, int n) {
    if (n > max || counts[n] == PER_SIZE) {
      return false;
    }
    int c = counts[n];
    blocks[(n << SHIFT) + c] = g;
    counts[n] = c + 1;
    return true;
  }

  /** Whether no block is kept (a scan: asked only when the heap is full). */
  boolean isEmpty() {
    for (int c : counts) {
      if (c != 0) {
        return false;
      }
    }
    return true;
  }

  /** Empties the cache, oldest of each size first, giving each block to release. */
  void drain(java.util.function.IntConsumer release) {
    for (int n = 1; n <= MAX_GRANULES; n++) {
      for (int c = 0; c < counts[n]; c++) {
        release.accept(blocks[(n << SHIFT) + c]);
      }
      counts[n] = 0;
    }
  }
}
