package rustle.interp.std;

import java.util.List;
import rustle.interp.FnCompiler;
import rustle.interp.rt.Kind;
import rustle.interp.rt.Machine;
import rustle.types.Infer;
import rustle.types.Layout;
import rustle.types.Ty;

/**
 * Builds the {@link SizeHint} of each iterator type rustle implements, beside {@link Steppers#of}:
 * the sources here (ranges, slice and vec iterators, text iterators, hash-table iterators) and the
 * adapters that pass the hint through; the others are in {@link AdapterHints}. TrustedLen and
 * TrustedRandomAccess follow rustc 1.95's core.
 */
final class SizeHints {
  private SizeHints() {}

  static SizeHint of(FnCompiler f, Ty iterTy) {
    Ty.Adt a = (Ty.Adt) Infer.shallow(iterTy);
    Layout l = f.layout(a);
    int[] o = l.offsets;
    List<Ty> args = a.args();
    String name = a.def().name;
    if (!a.def().fromPrelude || a.def().iterNext != null) return UserSteppers.hint(f, a);
    switch (name) {
      case "Range": {
        Kind k = Kind.of(Infer.shallow(args.get(0)));
        return new SizeHint.Exact(true, true) {
          @Override
          long len(Machine m, int it) {
            long s = k.load(m.mem, it + o[0]);
            long e = k.load(m.mem, it + o[1]);
            return less(k, s, e) ? e - s : 0;
          }
        };
      }
      case "RangeInclusive":
        return rangeInclusive(Kind.of(Infer.shallow(args.get(0))), o);
      case "RangeFrom":
        return new SizeHint(true, false) {
          @Override
          long lower(Machine m, int it) {
            return -1;
          }

          @Override
          long upper(Machine m, int it) {
            return NONE;
          }
        };
      case "Iter":
      case "IterMut":
        return pointers(f.size(args.get(0)), o[0], o[1], true);
      case "IntoIter":
        // vec::IntoIter is only TrustedRandomAccessNoCoerce, which Skip and StepBy do not build on.
        return pointers(f.size(args.get(0)), o[2], o[3], false);
      case "Bytes":
        return pointers(1, o[0], o[1], true);
      case "ArrayIntoIter":
        return new SizeHint.Exact(true, false) {
          @Override
          long len(Machine m, int it) {
            return m.mem.getLong(it + o[2]) - m.mem.getLong(it + o[1]);
          }
        };
      case "Chars":
      case "CharIndices": {
        // Between one char per 4 bytes and one per byte.
        boolean chars = name.equals("Chars");
        int p = chars ? o[0] : o[1];
        int e = chars ? o[1] : o[2];
        return new SizeHint(false, false) {
          @Override
          long lower(Machine m, int it) {
            return (m.mem.getLong(it + e) - m.mem.getLong(it + p) + 3) / 4;
          }

          @Override
          long upper(Machine m, int it) {
            return m.mem.getLong(it + e) - m.mem.getLong(it + p);
          }
        };
      }
      case "Windows":
      case "Chunks": {
        boolean windows = name.equals("Windows");
        return new SizeHint.Exact(true, true) {
          @Override
          long len(Machine m, int it) {
            long len = m.mem.getLong(it + o[1]);
            long size = m.mem.getLong(it + o[2]);
            if (windows) return size > len ? 0 : len - size + 1;
            return len / size + (len % size > 0 ? 1 : 0);
          }
        };
      }
      case "MapIter": case "MapIterMut": case "MapIntoIter": case "Keys": case "Values": case "ValuesMut":
      case "SetIter": case "SetIntoIter":
        return new SizeHint.Exact(false, false) {
          @Override
          long len(Machine m, int it) {
            return m.mem.getLong(it + o[3]);
          }
        };
      case "Rev":
      case "Map":
      case "Inspect":
      case "Cloned":
      case "Copied":
      case "Enumerate": {
        SizeHint in = of(f, args.get(0));
        boolean trusted = in.trusted && !name.equals("Inspect");
        boolean tra = in.tra && !name.equals("Rev") && !name.equals("Inspect");
        return new SizeHint.Same(in, o[0], trusted, tra);
      }
      case "ByRef": {
        // `&mut I`: I's hint, read through the pointer; TrustedLen as I is, never TrustedRandomAccess.
        SizeHint in = of(f, args.get(0));
        return new SizeHint(in.trusted, false) {
          @Override
          long lower(Machine m, int it) {
            return in.lower(m, (int) m.mem.getLong(it + o[0]));
          }

          @Override
          long upper(Machine m, int it) {
            return in.upper(m, (int) m.mem.getLong(it + o[0]));
          }
        };
      }
      default:
        return AdapterHints.of(f, a, l);
    }
  }

  static boolean less(Kind k, long a, long b) {
    return k == Kind.U64 ? Long.compareUnsigned(a, b) < 0 : a < b;
  }

  /** (usize::MAX, None) when the count does not fit a usize (a 64-bit range spanning all values). */
  private static SizeHint rangeInclusive(Kind k, int[] o) {
    return new SizeHint(true, false) {
      @Override
      long lower(Machine m, int it) {
        if (m.mem.getByte(it + o[2]) != 0) return 0;
        long s = k.load(m.mem, it + o[0]);
        long e = k.load(m.mem, it + o[1]);
        if (less(k, e, s)) return 0;
        return e - s == -1 ? -1 : e - s + 1;
      }

      @Override
      long upper(Machine m, int it) {
        long n = lower(m, it);
        return n == -1 ? NONE : n;
      }
    };
  }

  /** A (ptr, end) cursor over elements of the given size: exactly the elements left. */
  private static SizeHint pointers(int size, int ptr, int end, boolean tra) {
    return new SizeHint.Exact(true, tra) {
      @Override
      long len(Machine m, int it) {
        return size == 0 ? 0 : (m.mem.getLong(it + end) - m.mem.getLong(it + ptr)) / size;
      }
    };
  }
}
