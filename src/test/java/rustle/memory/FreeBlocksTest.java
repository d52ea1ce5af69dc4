package rustle.memory;

import static com.google.common.truth.Truth.assertThat;

import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Checks the free-block index on its own against a scan of a sorted map of the same blocks. */
class FreeBlocksTest {
  private static final int GRANULES = 1 << 15;

  private final FreeBlocks index = new FreeBlocks();
  /** Boundary tags as the allocator writes them: -length at a free block's first granule. */
  private final int[] tag = new int[GRANULES];
  private final TreeMap<Integer, Integer> blocks = new TreeMap<>();

  private void add(int g, int len) {
    index.cover(g + len);
    tag[g] = -len;
    index.add(g, len);
    blocks.put(g, len);
  }

  private void remove(int g) {
    blocks.remove(g);
    index.remove(g);
  }

  private static int naiveFirstFit(TreeMap<Integer, Integer> blocks, int n, int step) {
    for (Map.Entry<Integer, Integer> e : blocks.entrySet()) {
      int s = e.getKey();
      int a = (s + step - 1) / step * step;
      if (a + n <= s + e.getValue()) {
        return s;
      }
    }
    return FreeBlocks.NONE;
  }

  @Test
  void emptyIndexFindsNothing() {
    assertThat(index.firstFit(1, 1, tag)).isEqualTo(FreeBlocks.NONE);
    assertThat(index.nextStart(0)).isEqualTo(FreeBlocks.NONE);
  }

  @Test
  void findsTheLowestBlockLongEnoughNotTheLongest() {
    add(0, 1);
    add(100, 5);
    add(300, 9);
    add(5000, 5);
    assertThat(index.firstFit(1, 1, tag)).isEqualTo(0);
    assertThat(index.firstFit(2, 1, tag)).isEqualTo(100);
    assertThat(index.firstFit(6, 1, tag)).isEqualTo(300);
    assertThat(index.firstFit(10, 1, tag)).isEqualTo(FreeBlocks.NONE);
    remove(300);
    assertThat(index.firstFit(6, 1, tag)).isEqualTo(FreeBlocks.NONE);
    assertThat(index.firstFit(5, 1, tag)).isEqualTo(100);
    remove(100);
    assertThat(index.firstFit(5, 1, tag)).isEqualTo(5000);
  }

  @Test
  void aLongEnoughBlockThatCannotFitAlignedIsPassedOver() {
    // Both are 4 granules; only the one at 64 holds 4 granules at a multiple of 4.
    add(1, 4);
    add(64, 4);
    assertThat(index.firstFit(4, 1, tag)).isEqualTo(1);
    assertThat(index.firstFit(4, 4, tag)).isEqualTo(64);
    // 7 granules from 1: the first multiple of 4 is 4, which leaves exactly 4.
    add(10_001, 7);
    remove(1);
    add(1, 7);
    assertThat(index.firstFit(4, 4, tag)).isEqualTo(1);
    assertThat(index.firstFit(4, 256, tag)).isEqualTo(FreeBlocks.NONE);
  }

  @Test
  void aSearchPastAShortenedBlockLowersTheTree() {
    add(3, 40);
    add(50, 2);
    add(9000, 7);
    assertThat(index.longest()).isEqualTo(40);
    assertThat(index.firstFit(30, 1, tag)).isEqualTo(3);
    tag[3] = -1; // the allocator took all but the first granule; the index is not told
    assertThat(index.longest()).isEqualTo(40);
    assertThat(index.firstFit(30, 1, tag)).isEqualTo(FreeBlocks.NONE);
    // The failed search made the bounds exact, so the next one is turned away at the root.
    assertThat(index.longest()).isEqualTo(7);
    assertThat(index.firstFit(30, 1, tag)).isEqualTo(FreeBlocks.NONE);
    assertThat(index.firstFit(2, 1, tag)).isEqualTo(50);
    tag[50] = -20; // merged with freed space above it
    index.grew(50, 20);
    assertThat(index.longest()).isEqualTo(20);
    assertThat(index.firstFit(3, 1, tag)).isEqualTo(50);
  }

  @Test
  void randomBlocksMatchTheNaiveScanAcrossGrowth() {
    Random rnd = new Random(7);
    int[] steps = {1, 1, 1, 2, 4, 16, 256};
    int limit = 64;
    for (int op = 0; op < 40_000; op++) {
      if (op % 4_000 == 0 && limit < GRANULES) {
        limit *= 2; // blocks start higher and higher, so the index grows while it holds blocks
      }
      int r = rnd.nextInt(10);
      if (r < 4) {
        int g = rnd.nextInt(limit - 1);
        Map.Entry<Integer, Integer> below = blocks.floorEntry(g);
        Integer above = blocks.ceilingKey(g);
        // Free blocks never overlap or touch: keep a gap of at least one granule on each side.
        if (below != null && below.getKey() + below.getValue() >= g) {
          continue;
        }
        int room = Math.min(above == null ? limit : above, limit) - g - 1;
        if (room >= 1) {
          add(g, 1 + rnd.nextInt(Math.min(room, rnd.nextBoolean() ? 4 : 300)));
        }
      } else if (r < 7 && !blocks.isEmpty()) {
        Integer g = blocks.ceilingKey(rnd.nextInt(limit));
        if (g != null) {
          remove(g);
        }
      } else {
        int n = 1 + rnd.nextInt(rnd.nextBoolean() ? 4 : 200);
        int step = steps[rnd.nextInt(steps.length)];
        assertThat(index.firstFit(n, step, tag)).isEqualTo(naiveFirstFit(blocks, n, step));
      }
    }
    TreeMap<Integer, Integer> seen = new TreeMap<>();
    for (int g = index.nextStart(0); g != FreeBlocks.NONE; g = index.nextStart(g + 1)) {
      seen.put(g, -tag[g]);
    }
    assertThat(seen).isEqualTo(blocks);
    int longest = blocks.values().stream().max(Integer::compare).orElse(0);
    assertThat(index.longest()).isAtLeast(longest);
    assertThat(index.firstFit(longest + 1, 1, tag)).isEqualTo(FreeBlocks.NONE);
    assertThat(index.longest()).isEqualTo(longest);
  }
}
