package rustle.memory;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Random;

/**
 * A micro-benchmark of the allocator (a main, not a test): allocations per second for the churn of the
 * strings benchmark and for first fit past many small holes.
 *
 * <p>Run with {@code java -cp target/classes:target/test-classes rustle.memory.AllocatorBench}. Rates are
 * per second of this thread's CPU time, which a busy shared machine disturbs less than wall time; each
 * line is the median of several runs after warm-up.
 */
final class AllocatorBench {
  private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();
  private static final int RUNS = 7;
  private static final int WARMUP = 3;

  /** One workload; returns its allocations per second of CPU time, setup excluded. */
  private interface Workload {
    double run(Allocator heap, Random rnd);
  }

  public static void main(String[] args) {
    report("strings churn: 64 live small blocks, 3-5 allocs+frees per round", AllocatorBench::stringsChurn);
    report("100,000 small holes, then requests too large for most of them", AllocatorBench::largePastHoles);
  }

  private static void report(String name, Workload w) {
    double[] rates = new double[RUNS];
    for (int i = -WARMUP; i < RUNS; i++) {
      Allocator heap = new Allocator(new Memory(4096, 1L << 30));
      double rate = w.run(heap, new Random(42));
      if (i >= 0) {
        rates[i] = rate;
      }
    }
    Arrays.sort(rates);
    System.out.printf("%-72s %8.2f M allocs/s (min %.2f, max %.2f)%n",
        name, rates[RUNS / 2] / 1e6, rates[0] / 1e6, rates[RUNS - 1] / 1e6);
  }

  /**
   * The shape of /work/shared/bench/strings.rs: each round builds a few short strings (growing one by
   * reallocation), keeps every tenth result and drops the kept ones 64 at a time.
   */
  private static double stringsChurn(Allocator heap, Random rnd) {
    long t0 = CPU.getCurrentThreadCpuTime();
    int[] kept = new int[64];
    int keptCount = 0;
    int[] tmp = new int[5];
    for (int round = 0; round < 2_000_000; round++) {
      int temps = 3 + round % 3;
      for (int j = 0; j < temps; j++) {
        tmp[j] = heap.allocate(8 + rnd.nextInt(40), 1, null);
      }
      // A push that outgrows its buffer: allocate the larger one, then free the old.
      int grown = heap.allocate(48 + rnd.nextInt(32), 1, null);
      heap.free(tmp[0]);
      tmp[0] = grown;
      for (int j = temps - 1; j >= 1; j--) {
        heap.free(tmp[j]);
      }
      if (round % 10 == 0) {
        kept[keptCount++] = tmp[0];
      } else {
        heap.free(tmp[0]);
      }
      if (keptCount == kept.length) {
        for (int j = 0; j < keptCount; j++) {
          heap.free(kept[j]);
        }
        keptCount = 0;
      }
    }
    return rate(heap.allocations(), t0);
  }

  /**
   * Carves 100,000 holes of one or two granules separated by live blocks, with a larger hole every
   * 2,000 holes, then allocates and frees requests of 3 to 16 granules: most skip every small hole and
   * land in a larger hole or the wilderness.
   */
  private static double largePastHoles(Allocator heap, Random rnd) {
    int holes = 100_000;
    int[] hole = new int[holes];
    for (int i = 0; i < holes; i++) {
      int granules = i % 2_000 == 1_999 ? 12 : 1 + rnd.nextInt(2);
      hole[i] = heap.allocate(granules * Allocator.GRANULE, 16, null);
      heap.allocate(16, 16, null);
    }
    for (int h : hole) {
      heap.free(h);
    }
    long before = heap.allocations();
    long t0 = CPU.getCurrentThreadCpuTime();
    for (int i = 0; i < 200_000; i++) {
      int size = (3 + rnd.nextInt(14)) * Allocator.GRANULE;
      heap.free(heap.allocate(size, 8, null));
    }
    return rate(heap.allocations() - before, t0);
  }

  private static double rate(long allocations, long cpuStart) {
    return allocations / ((CPU.getCurrentThreadCpuTime() - cpuStart) / 1e9);
  }
}
