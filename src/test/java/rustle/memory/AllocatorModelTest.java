package rustle.memory;

import static com.google.common.truth.Truth.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Drives the allocator with seeded random workloads and checks every result against a naive model: first
 * fit over a sorted map, behind a tcache of freed small blocks.
 */
class AllocatorModelTest {
  /** First fit over a sorted map of free ranges, in bytes relative to the heap base. */
  private static final class Model {
    final TreeMap<Integer, Integer> free = new TreeMap<>();
    final TreeMap<Integer, Integer> live = new TreeMap<>();
    /** The tcache: freed blocks of up to 1024 bytes by length, at most 7 each, last freed at the end. */
    final Map<Integer, ArrayDeque<Integer>> kept = new HashMap<>();
    final boolean tcache;
    int top;

    Model(boolean tcache) {
      this.tcache = tcache;
    }

    int allocate(int size, int align) {
      int len = (size + 15) & ~15;
      ArrayDeque<Integer> bin = kept.get(len);
      if (align <= 16 && bin != null && !bin.isEmpty()) {
        int a = bin.removeLast();
        live.put(a, len);
        return a;
      }
      int step = Math.max(align, 16);
      for (Map.Entry<Integer, Integer> e : free.entrySet()) {
        int s = e.getKey();
        int end = s + e.getValue();
        int a = (s + step - 1) & -step;
        if (a + len <= end) {
          free.remove(s);
          if (a > s) {
            free.put(s, a - s);
          }
          if (a + len < end) {
            free.put(a + len, end - a - len);
          }
          live.put(a, len);
          return a;
        }
      }
      int a = (top + step - 1) & -step;
      if (a > top) {
        free.put(top, a - top);
      }
      top = a + len;
      live.put(a, len);
      return a;
    }

    void free(int a) {
      int len = live.remove(a);
      ArrayDeque<Integer> bin = kept.computeIfAbsent(len, k -> new ArrayDeque<>());
      if (tcache && len <= 1024 && bin.size() < 7) {
        bin.addLast(a);
        return;
      }
      int s = a;
      int end = a + len;
      Map.Entry<Integer, Integer> left = free.floorEntry(s);
      if (left != null && left.getKey() + left.getValue() == s) {
        s = left.getKey();
        free.remove(s);
      }
      Integer right = free.remove(end);
      if (right != null) {
        end += right;
      }
      if (end == top) {
        top = s;
      } else {
        free.put(s, end - s);
      }
    }
  }

  /** Runs every request on both the allocator and the model and checks they agree. */
  private static final class Driver {
    final Memory mem;
    final Allocator heap;
    final int base;
    final Model model;
    final List<Integer> live = new ArrayList<>();
    long liveBytes;

    Driver(long heapSize) {
      this(heapSize, true);
    }

    Driver(long heapSize, boolean tcache) {
      mem = new Memory(4096, heapSize);
      heap = tcache ? new Allocator(mem) : new Allocator(mem, 0);
      model = new Model(tcache);
      base = mem.heapBase();
    }

    /** Allocates on both, checks the addresses agree, and returns the block's heap offset. */
    int allocate(int size, int align) {
      int got = heap.allocate(size, align, null) - base;
      assertThat(got).isEqualTo(model.allocate(size, align));
      assertThat(got % align).isEqualTo(0);
      // A stamp that a later free checks, so overlapping blocks would show.
      mem.putLong(base + got, got);
      live.add(got);
      liveBytes += size;
      return got;
    }

    void free(int a) {
      live.remove((Integer) a);
      release(a);
    }

    void freeRandom(Random rnd) {
      release(live.remove(rnd.nextInt(live.size())));
    }

    private void release(int a) {
      assertThat(mem.getLong(base + a)).isEqualTo(a);
      liveBytes -= heap.sizeOf(base + a);
      heap.free(base + a);
      model.free(a);
    }

    void checkState() {
      TreeMap<Integer, Integer> free = new TreeMap<>();
      heap.forEachFree((addr, size) -> free.put(addr - base, size));
      assertThat(free).isEqualTo(model.free);
      assertThat(heap.topAddress() - base).isEqualTo(model.top);
      assertThat(heap.liveBlocks()).isEqualTo(live.size());
      assertThat(heap.liveBytes()).isEqualTo(liveBytes);
    }
  }

  @Test
  void randomWorkloadMatchesFirstFitModel() {
    randomWorkload(new Driver(256L << 20, false));
  }

  @Test
  void randomWorkloadMatchesTcacheAndFirstFitModel() {
    randomWorkload(new Driver(256L << 20, true));
  }

  private static void randomWorkload(Driver d) {
    Random rnd = new Random(20_240_601);
    int[] aligns = {1, 2, 8, 16, 32, 64, 256, 4096};
    for (int step = 0; step < 200_000; step++) {
      boolean allocate = d.live.isEmpty() || rnd.nextInt(100) < (step % 20_000 < 12_000 ? 60 : 40);
      if (allocate) {
        int size = rnd.nextInt(10) == 0 ? 1 + rnd.nextInt(20_000) : 1 + rnd.nextInt(200);
        int align = rnd.nextInt(8) == 0 ? aligns[rnd.nextInt(aligns.length)] : 8;
        d.allocate(size, align);
      } else {
        d.freeRandom(rnd);
      }
      if (step % 5_000 == 0) {
        d.checkState();
      }
    }
    d.checkState();
  }

  @Test
  void manySmallHolesThenLargeRequests() {
    Random rnd = new Random(11);
    Driver d = new Driver(64L << 20);
    // 6,000 holes of one to three granules between live one-granule blocks; every 500th hole is 12
    // granules, so most large requests pass many holes and land in a larger one or above them all.
    List<Integer> holes = new ArrayList<>();
    for (int i = 0; i < 6_000; i++) {
      holes.add(d.allocate(i % 500 == 499 ? 12 * 16 : 16 * (1 + rnd.nextInt(3)), 8));
      d.allocate(1 + rnd.nextInt(16), 8);
    }
    for (int h : holes) {
      d.free(h);
    }
    d.checkState();
    List<Integer> taken = new ArrayList<>();
    for (int i = 0; i < 3_000; i++) {
      if (!taken.isEmpty() && rnd.nextInt(3) == 0) {
        d.free(taken.remove(rnd.nextInt(taken.size())));
      } else {
        int granules = rnd.nextInt(5) == 0 ? 1 + rnd.nextInt(3) : 4 + rnd.nextInt(20);
        taken.add(d.allocate(16 * granules - rnd.nextInt(16), rnd.nextInt(4) == 0 ? 64 : 8));
      }
      if (i % 500 == 0) {
        d.checkState();
      }
    }
    d.checkState();
  }

  @Test
  void largeAlignmentsPassLongEnoughButMisalignedHoles() {
    Random rnd = new Random(5);
    Driver d = new Driver(64L << 20);
    // Holes of exactly 64 bytes (or a little more) that all start just past a multiple of 64, so
    // each is long enough for a 64-byte request but holds it 64-aligned only when it has the slack.
    List<Integer> holes = new ArrayList<>();
    for (int i = 0; i < 2_000; i++) {
      int pad = Math.floorMod(16 - (d.heap.topAddress() - d.base), 64);
      if (pad > 0) {
        d.allocate(pad, 16);
      }
      holes.add(d.allocate(i % 97 == 96 ? 112 : 64, 16));
      d.allocate(16, 16);
    }
    for (int h : holes) {
      d.free(h);
    }
    d.checkState();
    int[] aligns = {16, 32, 64, 128, 256, 4096};
    for (int i = 0; i < 2_000; i++) {
      if (!d.live.isEmpty() && rnd.nextInt(4) == 0) {
        d.freeRandom(rnd);
      } else {
        d.allocate(16 + rnd.nextInt(64), aligns[rnd.nextInt(aligns.length)]);
      }
      if (i % 250 == 0) {
        d.checkState();
      }
    }
    d.checkState();
  }

  @Test
  void mixedAlignmentsWhileTheHeapGrowsAndShrinks() {
    Random rnd = new Random(3);
    Driver d = new Driver(256L << 20);
    int[] aligns = {1, 4, 8, 16, 32, 128, 512, 4096, 65536};
    for (int step = 0; step < 60_000; step++) {
      // Phases of growth and of shrinking, so the index is extended while it holds blocks.
      boolean grow = (step / 6_000) % 2 == 0;
      if (d.live.isEmpty() || rnd.nextInt(100) < (grow ? 70 : 35)) {
        int size = rnd.nextInt(20) == 0 ? 1 + rnd.nextInt(100_000) : 1 + rnd.nextInt(300);
        d.allocate(size, aligns[rnd.nextInt(aligns.length)]);
      } else {
        d.freeRandom(rnd);
      }
      if (step % 3_000 == 0) {
        d.checkState();
      }
    }
    d.checkState();
  }
}
