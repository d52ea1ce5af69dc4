package rustle.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Supplier;

/** The generator's only source of randomness: every choice comes from one seeded stream. */
final class Rand {
  private final SplittableRandom r;

  Rand(long seed) {
    r = new SplittableRandom(seed);
  }

  int below(int n) {
    return r.nextInt(n);
  }

  int between(int lo, int hiInclusive) {
    return lo + r.nextInt(hiInclusive - lo + 1);
  }

  boolean chance(double p) {
    return r.nextDouble() < p;
  }

  <T> T pick(List<T> xs) {
    return xs.get(r.nextInt(xs.size()));
  }

  /** A weighted choice among alternatives that are built only when chosen. */
  static final class Choice<T> {
    private final List<Integer> weights = new ArrayList<>();
    private final List<Supplier<T>> alts = new ArrayList<>();
    private int total;

    Choice<T> add(int weight, Supplier<T> alt) {
      if (weight > 0) {
        weights.add(weight);
        alts.add(alt);
        total += weight;
      }
      return this;
    }

    Choice<T> when(boolean cond, int weight, Supplier<T> alt) {
      return cond ? add(weight, alt) : this;
    }

    boolean isEmpty() {
      return alts.isEmpty();
    }

    T pick(Rand rand) {
      int x = rand.below(total);
      for (int i = 0; i < alts.size(); i++) {
        x -= weights.get(i);
        if (x < 0) {
          return alts.get(i).get();
        }
      }
      throw new IllegalStateException();
    }
  }
}
