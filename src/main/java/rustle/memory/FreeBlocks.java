package rustle.memory;

import java.util.Arrays;

/**
 * The allocator's free blocks, indexed by address and length so that first fit never walks them one by
 * one.
 *
 * <p>Two structures over the heap's granules, both in flat arrays:
 *
 * <ul>
 *   <li>{@code starts}: a bitmap with one bit per granule, set where a free block starts.
 *   <li>{@code max}: a max tree over the bitmap's 64-granule words. Leaf w holds an upper bound of the
 *       length of the longest free block starting in word w (0 if none); an inner node holds the larger
 *       of its children.
 * </ul>
 *
 * <p>Block lengths themselves are the allocator's boundary tags, passed in where they are read. First fit
 * climbs the tree from the lowest word to the first subtree whose bound admits the request and descends
 * to its leftmost such word, O(log words), then scans that word's starts. Free blocks never touch (they are
 * coalesced), so a word holds at most 32 starts. Both arrays cover at most twice the heap's high-water
 * mark: one bit per granule plus two ints per 64 granules.
 *
 * <p>The bounds are raised at once when a block grows or appears, but lowered only lazily: removing or
 * shortening a block costs one bit (or nothing), and a search that scans a word whose bound promised a fit
 * it does not have recomputes that word's bound and the path above it before it moves on. So the answer is
 * always the exact first fit (no word that can hold the request is ever skipped), while the allocate/free
 * churn of small blocks, which keeps shortening a word's longest block, no longer rescans words and
 * climbs the tree at every step.
 */
final class FreeBlocks {
  static final int NONE = -1;

  private long[] starts;
  /** Node 1 is the root; node i has children 2i and 2i+1; word w's leaf is node leaves + w. */
  private int[] max;
  private int leaves;

  /** An empty index covering the first 64 granules; {@link #cover} extends it. */
  FreeBlocks() {
    starts = new long[1];
    leaves = 1;
    max = new int[2];
  }

  /**
   * Makes room for blocks below granule end, doubling the covered words as needed. Sizing by the heap's
   * high-water mark rather than the allocator's tables keeps the tree as shallow as the heap allows,
   * and every update climbs it.
   */
  void cover(int end) {
    if (end > leaves << 6) {
      extend(end); // out of line: rare, and kept out of the allocator's inlined fast path
    }
  }

  private void extend(int end) {
    int old = leaves;
    leaves = Integer.highestOneBit(((end + 63) >>> 6) - 1) << 1;
    starts = Arrays.copyOf(starts, leaves);
    int[] tree = new int[2 * leaves];
    System.arraycopy(max, old, tree, leaves, old);
    for (int i = leaves - 1; i > 0; i--) {
      tree[i] = Math.max(tree[2 * i], tree[2 * i + 1]);
    }
    max = tree;
  }

  /** The granules the index covers: blocks below this need no {@link #cover}. */
  int covered() {
    return leaves << 6;
  }

  /**
   * The start of the lowest-addressed free block of at least n granules, or NONE. The answer "none" (no
   * free block that long, often no free block at all) is one compare; the search is out of line.
   */
  int firstFit(int n, int[] tag) {
    return max[1] < n ? NONE : search(n, tag);
  }

  private int search(int n, int[] tag) {
    for (int w = firstWord(0, n); w != NONE; w = firstWord(w + 1, n)) {
      for (long bits = starts[w]; bits != 0; bits &= bits - 1) {
        int s = (w << 6) + Long.numberOfTrailingZeros(bits);
        if (-tag[s] >= n) {
          return s;
        }
      }
      tighten(w, tag);
    }
    return NONE;
  }

  /**
   * The start of the lowest-addressed free block that can hold n granules at a multiple of step
   * granules, or NONE. With step 1 that is one search of the tree and a scan of one word; with a larger
   * step, blocks long enough for n but not once their start is rounded up are passed one by one.
   */
  int firstFit(int n, int step, int[] tag) {
    if (max[1] < n) {
      return NONE;
    }
    for (int w = firstWord(0, n); w != NONE; w = firstWord(w + 1, n)) {
      for (long bits = starts[w]; bits != 0; bits &= bits - 1) {
        int s = (w << 6) + Long.numberOfTrailingZeros(bits);
        int len = -tag[s];
        // With step 1 the first long-enough block fits; a larger alignment may also need the block to
        // cover the gap up to its first aligned granule, so the search goes on to the next candidate.
        if (len >= n && ((s + step - 1) & -step) + n <= s + len) {
          return s;
        }
      }
      tighten(w, tag);
    }
    return NONE;
  }

  /** Makes word w's bound exact again and lowers the path above it as far as that changes it. */
  private void tighten(int w, int[] tag) {
    int m = 0;
    for (long bits = starts[w]; bits != 0; bits &= bits - 1) {
      m = Math.max(m, -tag[(w << 6) + Long.numberOfTrailingZeros(bits)]);
    }
    int i = leaves + w;
    max[i] = m;
    // Up the path: each parent becomes the larger of the new value and its other child, until one
    // parent keeps its value.
    for (; i > 1; i >>>= 1) {
      m = Math.max(m, max[i ^ 1]);
      if (max[i >>> 1] == m) {
        break;
      }
      max[i >>> 1] = m;
    }
  }

  /** The lowest word from w up whose leaf admits n, or NONE; climbs only as far as the answer. */
  private int firstWord(int w, int n) {
    if (w >= leaves) {
      return NONE;
    }
    int i = leaves + w;
    while (max[i] < n) {
      // Nothing here: move to the subtree just to the right, climbing past right children first.
      while ((i & 1) != 0) {
        i >>>= 1;
      }
      if (i == 0) {
        return NONE;
      }
      i++;
    }
    while (i < leaves) {
      i <<= 1;
      if (max[i] < n) {
        i++;
      }
    }
    return i - leaves;
  }

  /** Records a new free block of len granules at g. */
  void add(int g, int len) {
    starts[g >>> 6] |= 1L << g;
    grew(g, len);
  }

  /** Records that the free block at g is now len granules long, longer than before. */
  void grew(int g, int len) {
    for (int i = leaves + (g >>> 6); i > 0 && max[i] < len; i >>>= 1) {
      max[i] = len;
    }
  }

  /**
   * Forgets the free block at g. Its word's bound stays as it was (an upper bound is still one); so does
   * a block's that only got shorter, which needs no call at all.
   */
  void remove(int g) {
    starts[g >>> 6] &= ~(1L << g);
  }

  /**
   * At least the length of the longest free block (exactly it once every word has been tightened); 0
   * when there is none.
   */
  int longest() {
    return max[1];
  }

  /** The lowest free block starting at or above g, or NONE; linear in words, for reports only. */
  int nextStart(int g) {
    int w = g >>> 6;
    if (w >= leaves) {
      return NONE;
    }
    long bits = starts[w] & (-1L << g);
    while (bits == 0) {
      if (++w == leaves) {
        return NONE;
      }
      bits = starts[w];
    }
    return (w << 6) + Long.numberOfTrailingZeros(bits);
  }
}
