package rustle.memory;

import java.util.Arrays;

/**
 * The allocator's free blocks as a doubly linked list in address order, keyed by granule index.
 *
 * <p>Links live in two int arrays indexed by the block's first granule. Most list updates made while
 * coalescing are O(1) because the neighbour's list position is reused. Only a free block with no free
 * neighbour needs its predecessor found; a bitmap of free-block starts (one bit per granule, plus a
 * summary bit per 64-bit word) finds it by scanning words instead of walking the list.
 *
 * <p>For the allocator's first-fit walk it also keeps, per chunk of 4096 granules (64 KiB), a bound that
 * is at least the length of every free block starting in the chunk, so the walk can jump past chunks
 * that cannot hold a request. Bounds are raised as blocks are freed, never lowered by splitting (an
 * overestimate only costs a walk), and set exactly by a walk that passed a whole chunk.
 */
final class FreeList {
  static final int NONE = -1;
  private static final int CHUNK_SHIFT = 12;

  private int[] next;
  private int[] prev;
  private long[] starts;
  private long[] summary;
  private int head = NONE;
  private int tail = NONE;
  private final int[] bound;

  /** A list with room for blocks in the first granules of a heap of limit granules. */
  FreeList(int granules, int limit) {
    bound = new int[(limit >>> CHUNK_SHIFT) + 1];
    next = new int[granules];
    prev = new int[granules];
    starts = new long[words(granules)];
    summary = new long[words(starts.length)];
  }

  private static int words(int bits) {
    return (bits + 63) >>> 6;
  }

  void grow(int granules) {
    next = Arrays.copyOf(next, granules);
    prev = Arrays.copyOf(prev, granules);
    starts = Arrays.copyOf(starts, words(granules));
    summary = Arrays.copyOf(summary, words(starts.length));
  }

  /** The lowest-addressed free block, or NONE. */
  int head() {
    return head;
  }

  /** The next free block above g, or NONE. */
  int next(int g) {
    return next[g];
  }

  /** The lowest free block starting at or above g, or NONE. */
  private int nextStart(int g) {
    if (g >= next.length) {
      return NONE;
    }
    int w = g >>> 6;
    long bits = starts[w] & (-1L << g);
    if (bits == 0) {
      int s = w >>> 6;
      long words = summary[s] & (-2L << w);
      while (words == 0) {
        if (++s == summary.length) {
          return NONE;
        }
        words = summary[s];
      }
      w = (s << 6) + Long.numberOfTrailingZeros(words);
      bits = starts[w];
    }
    return (w << 6) + Long.numberOfTrailingZeros(bits);
  }

  static int chunkOf(int g) {
    return g >>> CHUNK_SHIFT;
  }

  /** The upper bound on free block lengths in chunk c. */
  int bound(int c) {
    return bound[c];
  }

  /** Records the exact longest free block of chunk c, learnt by walking all of its blocks. */
  void setBound(int c, int longest) {
    bound[c] = longest;
  }

  /** Notes that a free block of len granules starts at g. */
  void raiseBound(int g, int len) {
    int c = g >>> CHUNK_SHIFT;
    if (bound[c] < len) {
      bound[c] = len;
    }
  }

  /** The first free block of the lowest chunk from c whose bound admits n granules, or NONE. */
  int skipChunks(int c, int n, int top) {
    int last = (top - 1) >> CHUNK_SHIFT;
    for (; c <= last; c++) {
      if (bound[c] >= n) {
        return nextStart(c << CHUNK_SHIFT);
      }
    }
    return NONE;
  }

  /** Links a new free block g in address order. */
  void insert(int g) {
    if (head == NONE || g < head) {
      link(NONE, g, head);
    } else if (g > tail) {
      link(tail, g, NONE);
    } else {
      int p = predecessor(g);
      link(p, g, next[p]);
    }
  }

  /** Links a new free block g directly after free block p, which must be its predecessor. */
  void insertAfter(int p, int g) {
    link(p, g, next[p]);
  }

  /** Puts g in old's place in the list; used when a block merges with the free block above it. */
  void replace(int old, int g) {
    int p = prev[old];
    int n = next[old];
    clearBit(old);
    link(p, g, n);
  }

  void remove(int g) {
    int p = prev[g];
    int n = next[g];
    if (p == NONE) {
      head = n;
    } else {
      next[p] = n;
    }
    if (n == NONE) {
      tail = p;
    } else {
      prev[n] = p;
    }
    clearBit(g);
  }

  private void link(int p, int g, int n) {
    prev[g] = p;
    next[g] = n;
    if (p == NONE) {
      head = g;
    } else {
      next[p] = g;
    }
    if (n == NONE) {
      tail = g;
    } else {
      prev[n] = g;
    }
    starts[g >>> 6] |= 1L << g;
    summary[g >>> 12] |= 1L << (g >>> 6);
  }

  private void clearBit(int g) {
    int w = g >>> 6;
    if ((starts[w] &= ~(1L << g)) == 0) {
      summary[w >>> 6] &= ~(1L << w);
    }
  }

  /** The highest free block start below g; the caller guarantees one exists (g > head). */
  private int predecessor(int g) {
    int w = g >>> 6;
    long bits = starts[w] & ((1L << g) - 1);
    if (bits == 0) {
      int s = w >>> 6;
      long words = summary[s] & ((1L << w) - 1);
      while (words == 0) {
        words = summary[--s];
      }
      w = (s << 6) + 63 - Long.numberOfLeadingZeros(words);
      bits = starts[w];
    }
    return (w << 6) + 63 - Long.numberOfLeadingZeros(bits);
  }
}
