package rustle.memory;

import static com.google.common.truth.Truth.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Drives the allocator with a seeded random workload and checks every result against a naive model. */
class AllocatorModelTest {
  /** First fit over a sorted map of free ranges, in bytes relative to the heap base. */
  private static final class Model {
    final TreeMap<Integer, Integer> free = new TreeMap<>();
    final TreeMap<Integer, Integer> live = new TreeMap<>();
    int top;

    int allocate(int size, int align) {
      int len = (size + 15) & ~15;
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
      int s = a;
      int end = a + live.remove(a);
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

  @Test
  void randomWorkloadMatchesFirstFitModel() {
    Random rnd = new Random(20_240_601);
    Memory mem = new Memory(4096, 256L << 20);
    Allocator heap = new Allocator(mem);
    int base = mem.heapBase();
    Model model = new Model();
    List<Integer> live = new ArrayList<>();
    int[] aligns = {1, 2, 8, 16, 32, 64, 256, 4096};
    long liveBytes = 0;
    for (int step = 0; step < 200_000; step++) {
      boolean allocate = live.isEmpty() || rnd.nextInt(100) < (step % 20_000 < 12_000 ? 60 : 40);
      if (allocate) {
        int size = rnd.nextInt(10) == 0 ? 1 + rnd.nextInt(20_000) : 1 + rnd.nextInt(200);
        int align = rnd.nextInt(8) == 0 ? aligns[rnd.nextInt(aligns.length)] : 8;
        int got = heap.allocate(size, align, null) - base;
        assertThat(got).isEqualTo(model.allocate(size, align));
        assertThat(got % align).isEqualTo(0);
        mem.putLong(base + got, got);
        live.add(got);
        liveBytes += size;
      } else {
        int a = live.remove(rnd.nextInt(live.size()));
        assertThat(mem.getLong(base + a)).isEqualTo(a);
        liveBytes -= heap.sizeOf(base + a);
        heap.free(base + a);
        model.free(a);
      }
      if (step % 5_000 == 0) {
        TreeMap<Integer, Integer> free = new TreeMap<>();
        heap.forEachFree((addr, size) -> free.put(addr - base, size));
        assertThat(free).isEqualTo(model.free);
        assertThat(heap.topAddress() - base).isEqualTo(model.top);
        assertThat(heap.liveBlocks()).isEqualTo(live.size());
        assertThat(heap.liveBytes()).isEqualTo(liveBytes);
      }
    }
  }
}
