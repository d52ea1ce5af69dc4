package rustle.interp.std;

import java.util.List;
import rustle.interp.FnCompiler;
import rustle.interp.rt.Kind;
import rustle.interp.rt.Machine;
import rustle.types.Infer;
import rustle.types.Layout;
import rustle.types.Ty;

/** Builds the {@link Stepper} of each iterator type rustle implements (ranges, slice iterators, adapters). */
public final class Steppers {
  private Steppers() {}

  public static Stepper of(FnCompiler f, Ty iterTy) {
    Ty.Adt a = (Ty.Adt) Infer.shallow(iterTy);
    Layout l = f.layout(a);
    List<Ty> args = a.args();
    if (!a.def().fromPrelude || a.def().iterNext != null) return UserSteppers.of(f, a);
    switch (a.def().name) {
      case "Range": return range(Kind.of(Infer.shallow(args.get(0))), l.offsets[0], l.offsets[1]);
      case "RangeInclusive": return rangeInclusive(Kind.of(Infer.shallow(args.get(0))), l.offsets[0], l.offsets[1], l.offsets[2]);
      case "RangeFrom": return rangeFrom(Kind.of(Infer.shallow(args.get(0))), l.offsets[0]);
      case "Iter":
      case "IterMut":
        return sliceIter(f.size(args.get(0)), l.offsets[0], l.offsets[1], false);
      case "IntoIter":
        return sliceIter(f.size(args.get(0)), l.offsets[2], l.offsets[3], true);
      case "ArrayIntoIter": return arrayIntoIter(f.size(args.get(0)), l.offsets[0], l.offsets[1], l.offsets[2]);
      case "Chars": return chars(l.offsets[0], l.offsets[1]);
      case "Bytes": return bytes(l.offsets[0], l.offsets[1]);
      case "ByRef": {
        // `&mut I`: steps the iterator the pointer points to, in place.
        Stepper in = of(f, args.get(0));
        int off = l.offsets[0];
        return new Stepper() {
          @Override
          public boolean next(Machine m, int it, int dst) {
            return in.next(m, (int) m.mem.getLong(it + off), dst);
          }

          @Override
          public boolean nextBack(Machine m, int it, int dst) {
            return in.nextBack(m, (int) m.mem.getLong(it + off), dst);
          }
        };
      }
      case "Rev": {
        Stepper in = of(f, args.get(0));
        int off = l.offsets[0];
        return new Stepper() {
          @Override
          public boolean next(Machine m, int it, int dst) {
            return in.nextBack(m, it + off, dst);
          }

          @Override
          public boolean nextBack(Machine m, int it, int dst) {
            return in.next(m, it + off, dst);
          }
        };
      }
      case "StepBy": {
        Stepper in = of(f, args.get(0));
        int inner = l.offsets[0];
        int step = l.offsets[1];
        int first = l.offsets[2];
        rustle.interp.drop.Dropper drop = f.c.drops.of(rustle.check.Iterators.itemOf(a, null));
        return new Stepper() {
          @Override
          public boolean next(Machine m, int it, int dst) {
            if (m.mem.getByte(it + first) != 0) {
              m.mem.putByte(it + first, (byte) 0);
              return in.next(m, it + inner, dst);
            }
            long n = m.mem.getLong(it + step) + 1;
            for (long i = 0; i < n - 1; i++) {
              if (!in.next(m, it + inner, dst)) return false;
              if (drop != null) drop.drop(m, dst);
            }
            return in.next(m, it + inner, dst);
          }
        };
      }
      case "Enumerate": {
        Stepper in = of(f, args.get(0));
        int inner = l.offsets[0];
        int count = l.offsets[1];
        Ty item = rustle.check.Iterators.itemOf(a, null);
        Layout tl = f.layout(item);
        int idxOff = tl.offsets[0];
        int valOff = tl.offsets[1];
        // Backwards (std's next_back over an ExactSizeIterator): the index is count + the length left - 1.
        SizeHint left = SizeHints.of(f, args.get(0));
        return new Stepper() {
          @Override
          public boolean next(Machine m, int it, int dst) {
            if (!in.next(m, it + inner, dst + valOff)) return false;
            long c = m.mem.getLong(it + count);
            m.mem.putLong(dst + idxOff, c);
            m.mem.putLong(it + count, c + 1);
            return true;
          }

          @Override
          public boolean nextBack(Machine m, int it, int dst) {
            long len = left.lower(m, it + inner);
            if (!in.nextBack(m, it + inner, dst + valOff)) return false;
            m.mem.putLong(dst + idxOff, m.mem.getLong(it + count) + len - 1);
            return true;
          }
        };
      }
      case "Skip":
      case "Take": {
        boolean skip = a.def().name.equals("Skip");
        Stepper in = of(f, args.get(0));
        // A skipped item is dropped, as nth drops the items it passes over.
        rustle.interp.drop.Dropper drop = skip ? f.c.drops.of(rustle.check.Iterators.itemOf(a, null)) : null;
        int inner = l.offsets[0];
        int n = l.offsets[1];
        return new Stepper() {
          @Override
          public boolean next(Machine m, int it, int dst) {
            long k = m.mem.getLong(it + n);
            if (skip) {
              for (; k > 0; k--) {
                m.mem.putLong(it + n, k - 1);
                if (!in.next(m, it + inner, dst)) return false;
                if (drop != null) drop.drop(m, dst);
              }
              return in.next(m, it + inner, dst);
            }
            if (k == 0) return false;
            m.mem.putLong(it + n, k - 1);
            return in.next(m, it + inner, dst);
          }
        };
      }
      default: {
        Stepper s = MapSteppers.of(f, a);
        if (s != null) return s;
        return AdapterSteppers.of(f, a, l);
      }
    }
  }

  static Stepper range(Kind k, int startOff, int endOff) {
    if (k.size == 8) return k == Kind.U64 ? wideRange(startOff, endOff, Long.MIN_VALUE) : wideRange(startOff, endOff, 0);
    boolean u64 = k == Kind.U64;
    return new Stepper() {
      @Override
      public boolean next(Machine m, int it, int dst) {
        long s = k.load(m.mem, it + startOff);
        long e = k.load(m.mem, it + endOff);
        if (u64 ? Long.compareUnsigned(s, e) >= 0 : s >= e) return false;
        k.store(m.mem, dst, s);
        k.store(m.mem, it + startOff, s + 1);
        return true;
      }

      @Override
      public boolean nextBack(Machine m, int it, int dst) {
        long s = k.load(m.mem, it + startOff);
        long e = k.load(m.mem, it + endOff);
        if (u64 ? Long.compareUnsigned(s, e) >= 0 : s >= e) return false;
        k.store(m.mem, it + endOff, e - 1);
        k.store(m.mem, dst, e - 1);
        return true;
      }
    };
  }

  /**
   * {@link #range} of a 64-bit integer: words read and written directly (no dispatch on the kind, which
   * the hottest loops pay per item); bias is MIN_VALUE for unsigned compares.
   */
  private static Stepper wideRange(int startOff, int endOff, long bias) {
    return new Stepper() {
      @Override
      public boolean next(Machine m, int it, int dst) {
        long s = m.mem.getLong(it + startOff);
        if (s + bias >= m.mem.getLong(it + endOff) + bias) return false;
        m.mem.putLong(dst, s);
        m.mem.putLong(it + startOff, s + 1);
        return true;
      }

      @Override
      public boolean nextBack(Machine m, int it, int dst) {
        long s = m.mem.getLong(it + startOff);
        long e = m.mem.getLong(it + endOff);
        if (s + bias >= e + bias) return false;
        m.mem.putLong(it + endOff, e - 1);
        m.mem.putLong(dst, e - 1);
        return true;
      }
    };
  }

  static Stepper rangeInclusive(Kind k, int startOff, int endOff, int exhaustedOff) {
    boolean u64 = k == Kind.U64;
    return new Stepper() {
      @Override
      public boolean next(Machine m, int it, int dst) {
        if (m.mem.getByte(it + exhaustedOff) != 0) return false;
        long s = k.load(m.mem, it + startOff);
        long e = k.load(m.mem, it + endOff);
        if (u64 ? Long.compareUnsigned(s, e) > 0 : s > e) return false;
        k.store(m.mem, dst, s);
        if (s == e) m.mem.putByte(it + exhaustedOff, (byte) 1);
        else k.store(m.mem, it + startOff, s + 1);
        return true;
      }

      @Override
      public boolean nextBack(Machine m, int it, int dst) {
        if (m.mem.getByte(it + exhaustedOff) != 0) return false;
        long s = k.load(m.mem, it + startOff);
        long e = k.load(m.mem, it + endOff);
        if (u64 ? Long.compareUnsigned(s, e) > 0 : s > e) return false;
        k.store(m.mem, dst, e);
        if (s == e) m.mem.putByte(it + exhaustedOff, (byte) 1);
        else k.store(m.mem, it + endOff, e - 1);
        return true;
      }
    };
  }

  static Stepper rangeFrom(Kind k, int startOff) {
    return new Stepper() {
      @Override
      public boolean next(Machine m, int it, int dst) {
        long s = k.load(m.mem, it + startOff);
        // std's Step::forward panics in debug builds when the start passes the type's MAX (its
        // location is inside core; rustle reports the caller's, as for pow).
        if (s == k.max) {
          throw rustle.interp.rt.Panics.overflow("add", m.callerSpan() != null ? m.callerSpan() : rustle.ast.Span.NONE);
        }
        k.store(m.mem, dst, s);
        k.store(m.mem, it + startOff, s + 1);
        return true;
      }
    };
  }

  /** A pointer cursor over elements; by value (IntoIter) copies items out, otherwise yields pointers. */
  static Stepper sliceIter(int size, int ptrOff, int endOff, boolean byValue) {
    return new Stepper() {
      @Override
      public boolean next(Machine m, int it, int dst) {
        long p = m.mem.getLong(it + ptrOff);
        long e = m.mem.getLong(it + endOff);
        if (p >= e && size > 0) return false;
        if (byValue) m.mem.copy((int) p, dst, size);
        else m.mem.putLong(dst, p);
        m.mem.putLong(it + ptrOff, p + size);
        return true;
      }

      @Override
      public boolean nextBack(Machine m, int it, int dst) {
        long p = m.mem.getLong(it + ptrOff);
        long e = m.mem.getLong(it + endOff);
        if (p >= e) return false;
        e -= size;
        m.mem.putLong(it + endOff, e);
        if (byValue) m.mem.copy((int) e, dst, size);
        else m.mem.putLong(dst, e);
        return true;
      }
    };
  }

  static Stepper chars(int ptrOff, int endOff) {
    return new Stepper() {
      @Override
      public boolean next(Machine m, int it, int dst) {
        int p = (int) m.mem.getLong(it + ptrOff);
        int e = (int) m.mem.getLong(it + endOff);
        if (p >= e) return false;
        int b0 = m.mem.getByte(p) & 0xff;
        int n = b0 < 0x80 ? 1 : b0 < 0xE0 ? 2 : b0 < 0xF0 ? 3 : 4;
        int cp = n == 1 ? b0 : b0 & (0xFF >> (n + 1));
        for (int i = 1; i < n; i++) cp = (cp << 6) | (m.mem.getByte(p + i) & 0x3f);
        m.mem.putInt(dst, cp);
        m.mem.putLong(it + ptrOff, p + n);
        return true;
      }

      @Override
      public boolean nextBack(Machine m, int it, int dst) {
        int p = (int) m.mem.getLong(it + ptrOff);
        int e = (int) m.mem.getLong(it + endOff);
        if (p >= e) return false;
        int s = e - 1;
        while ((m.mem.getByte(s) & 0xC0) == 0x80) s--;
        int b0 = m.mem.getByte(s) & 0xff;
        int n = e - s;
        int cp = n == 1 ? b0 : b0 & (0xFF >> (n + 1));
        for (int i = 1; i < n; i++) cp = (cp << 6) | (m.mem.getByte(s + i) & 0x3f);
        m.mem.putInt(dst, cp);
        m.mem.putLong(it + endOff, s);
        return true;
      }
    };
  }

  static Stepper bytes(int ptrOff, int endOff) {
    return new Stepper() {
      @Override
      public boolean next(Machine m, int it, int dst) {
        long p = m.mem.getLong(it + ptrOff);
        if (p >= m.mem.getLong(it + endOff)) return false;
        m.mem.putByte(dst, m.mem.getByte((int) p));
        m.mem.putLong(it + ptrOff, p + 1);
        return true;
      }

      @Override
      public boolean nextBack(Machine m, int it, int dst) {
        long e = m.mem.getLong(it + endOff);
        if (m.mem.getLong(it + ptrOff) >= e) return false;
        m.mem.putByte(dst, m.mem.getByte((int) e - 1));
        m.mem.putLong(it + endOff, e - 1);
        return true;
      }
    };
  }

  /** array::IntoIter: moves out the element at start (next) or before end (next_back). */
  private static Stepper arrayIntoIter(int size, int data, int start, int end) {
    return new Stepper() {
      @Override
      public boolean next(Machine m, int it, int dst) {
        long s = m.mem.getLong(it + start);
        if (s == m.mem.getLong(it + end)) return false;
        m.mem.putLong(it + start, s + 1);
        if (size > 0) m.mem.copy(it + data + (int) s * size, dst, size);
        return true;
      }

      @Override
      public boolean nextBack(Machine m, int it, int dst) {
        long e = m.mem.getLong(it + end);
        if (e == m.mem.getLong(it + start)) return false;
        m.mem.putLong(it + end, e - 1);
        if (size > 0) m.mem.copy(it + data + (int) (e - 1) * size, dst, size);
        return true;
      }
    };
  }
}
