package rustle.interp.std;

import rustle.interp.FnCompiler;
import rustle.interp.nodes.EnumAccess;
import rustle.interp.rt.Machine;
import rustle.types.Layout;
import rustle.types.Ty;

/**
 * The {@link SizeHint}s of the adapters that change the count: step_by, skip, take, the predicate
 * adapters, zip, chain, flat_map/flatten and peekable, computed as core's {@code size_hint} does;
 * iterators that do not know their length (split, lines, split_whitespace, set operations) give
 * std's default (0, None).
 */
final class AdapterHints {
  private AdapterHints() {}

  static SizeHint of(FnCompiler f, Ty.Adt a, Layout l) {
    int[] o = l.offsets;
    java.util.List<Ty> args = a.args();
    switch (a.def().name) {
      case "StepBy": {
        // first ? 1 + (n - 1) / step : n / step, for each bound (the struct keeps the step less one).
        SizeHint in = SizeHints.of(f, args.get(0));
        return new SizeHint(in.tra, false) {
          long steps(Machine m, int it, long n) {
            if (n == NONE) return NONE;
            long step = m.mem.getLong(it + o[1]) + 1;
            if (m.mem.getByte(it + o[2]) != 0) return n == 0 ? 0 : 1 + Long.divideUnsigned(n - 1, step);
            return Long.divideUnsigned(n, step);
          }

          @Override
          long lower(Machine m, int it) {
            return steps(m, it, in.lower(m, it + o[0]));
          }

          @Override
          long upper(Machine m, int it) {
            return steps(m, it, in.upper(m, it + o[0]));
          }
        };
      }
      case "Skip": {
        SizeHint in = SizeHints.of(f, args.get(0));
        return new SizeHint(in.tra, in.tra) {
          long less(Machine m, int it, long x) {
            long n = m.mem.getLong(it + o[1]);
            return Long.compareUnsigned(x, n) <= 0 ? 0 : x - n;
          }

          @Override
          long lower(Machine m, int it) {
            return less(m, it, in.lower(m, it + o[0]));
          }

          @Override
          long upper(Machine m, int it) {
            long u = in.upper(m, it + o[0]);
            return u == NONE ? NONE : less(m, it, u);
          }
        };
      }
      case "Take": {
        SizeHint in = SizeHints.of(f, args.get(0));
        return new SizeHint(in.trusted, false) {
          @Override
          long lower(Machine m, int it) {
            long n = m.mem.getLong(it + o[1]);
            return n == 0 ? 0 : min(in.lower(m, it + o[0]), n);
          }

          @Override
          long upper(Machine m, int it) {
            long n = m.mem.getLong(it + o[1]);
            if (n == 0) return 0;
            long u = in.upper(m, it + o[0]);
            return u != NONE && Long.compareUnsigned(u, n) < 0 ? u : n;
          }
        };
      }
      case "Filter":
      case "FilterMap":
      case "SkipWhile":
      case "Scan":
      case "TakeWhile": {
        // No lower bound: the predicate may reject everything. A finished take_while has none left.
        SizeHint in = SizeHints.of(f, args.get(0));
        int flag = a.def().name.equals("TakeWhile") ? o[1] : -1;
        return new SizeHint(false, false) {
          @Override
          long lower(Machine m, int it) {
            return 0;
          }

          @Override
          long upper(Machine m, int it) {
            if (flag >= 0 && m.mem.getByte(it + flag) != 0) return 0;
            return in.upper(m, it + o[0]);
          }
        };
      }
      case "Zip": {
        SizeHint sa = SizeHints.of(f, args.get(0));
        SizeHint sb = SizeHints.of(f, args.get(1));
        return new SizeHint(sa.trusted && sb.trusted, sa.tra && sb.tra) {
          @Override
          long lower(Machine m, int it) {
            return min(sa.lower(m, it + o[0]), sb.lower(m, it + o[1]));
          }

          @Override
          long upper(Machine m, int it) {
            long x = sa.upper(m, it + o[0]);
            long y = sb.upper(m, it + o[1]);
            return x == NONE ? y : y == NONE ? x : min(x, y);
          }
        };
      }
      case "Chain":
        return chain(f, args, o);
      case "FlatMap":
        return flat(f, args.get(0), args.get(2), o[0], o[2]);
      case "Flatten":
        return flat(f, args.get(0), args.get(1), o[0], o[1]);
      case "Peekable":
        return peekable(f, a, l);
      case "Fuse":
        return fuse(f, args.get(0), o[0]);
      case "Cycle": {
        // std's: the original's hint decides; empty stays empty, anything else is unbounded.
        SizeHint in = SizeHints.of(f, args.get(0));
        return new SizeHint(false, false) {
          @Override
          long lower(Machine m, int it) {
            return in.lower(m, it + o[0]) == 0 ? 0 : -1;
          }

          @Override
          long upper(Machine m, int it) {
            return in.lower(m, it + o[0]) == 0 && in.upper(m, it + o[0]) == 0 ? 0 : NONE;
          }
        };
      }
      default:
        return SizeHint.UNKNOWN;
    }
  }

  /** Fuse { iter: Option<I> }: I's hint while it is there, (0, Some(0)) once it has run out. */
  private static SizeHint fuse(FnCompiler f, Ty inner, int at) {
    SizeHint in = SizeHints.of(f, inner);
    Layout ol = f.layout(f.c.program.items().option(inner));
    EnumAccess acc = new EnumAccess(ol);
    int payload = ol.variantOffsets[1][0];
    return new SizeHint(in.trusted, in.tra) {
      @Override
      long lower(Machine m, int it) {
        return acc.variant(m.mem, it + at) == 1 ? in.lower(m, it + at + payload) : 0;
      }

      @Override
      long upper(Machine m, int it) {
        return acc.variant(m.mem, it + at) == 1 ? in.upper(m, it + at + payload) : 0;
      }
    };
  }

  static long min(long a, long b) {
    return SizeHint.min(a, b);
  }

  /** An Option field holding an iterator: Chain's halves, FlatMap's front iterator. */
  static final class Opt {
    final EnumAccess acc;
    final int at;
    final int payload;

    Opt(FnCompiler f, Ty inner, int at) {
      Layout ol = f.layout(f.c.program.items().option(inner));
      acc = new EnumAccess(ol);
      this.at = at;
      payload = at + ol.variantOffsets[1][0];
    }

    boolean some(Machine m, int it) {
      return acc.variant(m.mem, it + at) == 1;
    }
  }

  /** Both halves' hints added, saturating (lower) or checked (upper); a finished half counts 0. */
  private static SizeHint chain(FnCompiler f, java.util.List<Ty> args, int[] o) {
    SizeHint sa = SizeHints.of(f, args.get(0));
    SizeHint sb = SizeHints.of(f, args.get(1));
    Opt a = new Opt(f, args.get(0), o[0]);
    Opt b = new Opt(f, args.get(1), o[1]);
    return new SizeHint(sa.trusted && sb.trusted, false) {
      @Override
      long lower(Machine m, int it) {
        long x = a.some(m, it) ? sa.lower(m, it + a.payload) : 0;
        long y = b.some(m, it) ? sb.lower(m, it + b.payload) : 0;
        return saturatingAdd(x, y);
      }

      @Override
      long upper(Machine m, int it) {
        long x = a.some(m, it) ? sa.upper(m, it + a.payload) : 0;
        long y = b.some(m, it) ? sb.upper(m, it + b.payload) : 0;
        return checkedAdd(x, y);
      }
    };
  }

  /**
   * FlattenCompat: the front iterator's lower bound; an upper bound only once the outer iterator is
   * known to be empty (rustle keeps no back iterator).
   */
  private static SizeHint flat(FnCompiler f, Ty outer, Ty u, int io, int fo) {
    SizeHint so = SizeHints.of(f, outer);
    SizeHint su = SizeHints.of(f, u);
    Opt front = new Opt(f, u, fo);
    return new SizeHint(false, false) {
      @Override
      long lower(Machine m, int it) {
        return front.some(m, it) ? su.lower(m, it + front.payload) : 0;
      }

      @Override
      long upper(Machine m, int it) {
        long hi = front.some(m, it) ? su.upper(m, it + front.payload) : 0;
        if (hi == NONE || so.lower(m, it + io) != 0 || so.upper(m, it + io) != 0) return NONE;
        return hi;
      }
    };
  }

  /** A peeked None means no more items; a peeked item counts one more than the inner iterator. */
  private static SizeHint peekable(FnCompiler f, Ty.Adt a, Layout l) {
    SizeHint in = SizeHints.of(f, a.args().get(0));
    FlatSteppers.Peeked p = new FlatSteppers.Peeked(f, a, l);
    return new SizeHint(in.trusted, false) {
      int peeked(Machine m, int it) {
        int slot = it + p.peeked;
        if (p.outer.variant(m.mem, slot) != 1) return 0;
        return p.inner.variant(m.mem, slot + p.innerAt) == 1 ? 1 : -1;
      }

      @Override
      long lower(Machine m, int it) {
        int k = peeked(m, it);
        return k < 0 ? 0 : saturatingAdd(in.lower(m, it + p.iter), k);
      }

      @Override
      long upper(Machine m, int it) {
        int k = peeked(m, it);
        return k < 0 ? 0 : checkedAdd(in.upper(m, it + p.iter), k);
      }
    };
  }
}
