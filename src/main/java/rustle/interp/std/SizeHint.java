package rustle.interp.std;

import rustle.interp.rt.Machine;

/**
 * std's {@code Iterator::size_hint} of one iterator type, read from the iterator's state in memory,
 * and whether the type is {@code TrustedLen} (its upper bound is exact) and
 * {@code TrustedRandomAccess}; {@code Vec}'s {@code FromIterator} sizes its buffer by these.
 * Bounds are usizes held in a long (-1 is usize::MAX); {@link #NONE} is an upper bound of None.
 */
abstract class SizeHint {
  static final long NONE = Long.MIN_VALUE;

  /** TrustedLen: upper is the exact number of items left (None only past usize::MAX). */
  final boolean trusted;
  /** TrustedRandomAccess, over which Skip and StepBy are TrustedLen. */
  final boolean tra;

  SizeHint(boolean trusted, boolean tra) {
    this.trusted = trusted;
    this.tra = tra;
  }

  abstract long lower(Machine m, int it);

  abstract long upper(Machine m, int it);

  /** An iterator that knows its exact length. */
  abstract static class Exact extends SizeHint {
    Exact(boolean trusted, boolean tra) {
      super(trusted, tra);
    }

    abstract long len(Machine m, int it);

    @Override
    final long lower(Machine m, int it) {
      return len(m, it);
    }

    @Override
    final long upper(Machine m, int it) {
      return len(m, it);
    }
  }

  /** An adapter whose hint is its inner iterator's (at offset at), unchanged. */
  static final class Same extends SizeHint {
    private final SizeHint in;
    private final int at;

    Same(SizeHint in, int at, boolean trusted, boolean tra) {
      super(trusted, tra);
      this.in = in;
      this.at = at;
    }

    @Override
    long lower(Machine m, int it) {
      return in.lower(m, it + at);
    }

    @Override
    long upper(Machine m, int it) {
      return in.upper(m, it + at);
    }
  }

  /** (0, None): std's default, for iterators that do not know (split, lines, user iterators). */
  static final SizeHint UNKNOWN = new SizeHint(false, false) {
    @Override
    long lower(Machine m, int it) {
      return 0;
    }

    @Override
    long upper(Machine m, int it) {
      return NONE;
    }
  };

  static long saturatingAdd(long a, long b) {
    long s = a + b;
    return Long.compareUnsigned(s, a) < 0 ? -1 : s;
  }

  static long checkedAdd(long a, long b) {
    if (a == NONE || b == NONE) return NONE;
    long s = a + b;
    return Long.compareUnsigned(s, a) < 0 ? NONE : s;
  }

  static long min(long a, long b) {
    return Long.compareUnsigned(a, b) <= 0 ? a : b;
  }
}
