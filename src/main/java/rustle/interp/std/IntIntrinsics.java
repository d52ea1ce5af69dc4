package rustle.interp.std;

import rustle.ast.Span;
import rustle.interp.nodes.Arith;
import rustle.interp.rt.Kind;
import rustle.interp.rt.Machine;
import rustle.interp.rt.Panics;
import rustle.interp.rt.RustPanic;
import rustle.types.Prim;

/** Native bodies of the generated integer impls ({@code pow}, {@code wrapping_add}, {@code checked_mul}...). */
final class IntIntrinsics {
  private IntIntrinsics() {}

  static Intrinsics.Impl of(String name, Intrinsics.Args a, Prim p) {
    Kind k = Kind.of(p);
    return new Intrinsics.Impl() {
      long x(Machine m, int fp) {
        return k.load(m.mem, a.at(fp, 0));
      }

      long y(Machine m, int fp) {
        return k.load(m.mem, a.at(fp, 1));
      }

      @Override
      public long callLong(Machine m, int fp, Span span) {
        long x = x(m, fp);
        Span at = m.callerSpan() != null ? m.callerSpan() : span;
        switch (name) {
          case "abs":
            if (x == k.min) throw Panics.overflow("negate", at);
            return Math.abs(x);
          case "pow": {
            long e = m.mem.getInt(a.at(fp, 1)) & 0xffffffffL;
            long r = 1;
            for (long i = 0; i < e; i++) r = Arith.apply(Arith.Op.MUL, r, x, k, at);
            return r;
          }
          case "wrapping_add": return k.wrap(x + y(m, fp));
          case "wrapping_sub": return k.wrap(x - y(m, fp));
          case "wrapping_mul": return k.wrap(x * y(m, fp));
          case "wrapping_neg": return k.wrap(-x);
          case "saturating_add": return saturate(x, y(m, fp), Arith.Op.ADD);
          case "saturating_sub": return saturate(x, y(m, fp), Arith.Op.SUB);
          case "saturating_mul": return saturate(x, y(m, fp), Arith.Op.MUL);
          case "min": return cmp(x, y(m, fp)) <= 0 ? x : y(m, fp);
          case "max": return cmp(x, y(m, fp)) >= 0 ? x : y(m, fp);
          case "signum": return Long.signum(x);
          case "is_positive": return x > 0 ? 1 : 0;
          case "is_negative": return x < 0 ? 1 : 0;
          case "rem_euclid": {
            long y = y(m, fp);
            if (y == 0) throw Panics.remainderByZero(at);
            // 64-bit unsigned values above i64::MAX are negative as Java longs: divide them as unsigned.
            if (!k.signed) return k.size == 8 ? Long.remainderUnsigned(x, y) : x % y;
            if (x == k.min && y == -1) throw Panics.overflow("calculate the remainder", at);
            long r = x % y;
            return r < 0 ? r + Math.abs(y) : r;
          }
          case "count_ones": return Long.bitCount(k.size == 8 ? x : x & mask());
          case "leading_zeros": return Long.numberOfLeadingZeros(x & mask()) - (64 - k.bits());
          case "trailing_zeros": return x == 0 ? k.bits() : Long.numberOfTrailingZeros(x);
          case "is_power_of_two": return x != 0 && (x & (x - 1)) == 0 ? 1 : 0;
          case "abs_diff": {
            long y = y(m, fp);
            return cmp(x, y) >= 0 ? x - y : y - x;
          }
          default: return IntBits.apply(name, x, k, a, m, fp, at);
        }
      }

      long mask() {
        return k.size == 8 ? -1L : (1L << k.bits()) - 1;
      }

      int cmp(long x, long y) {
        return k == Kind.U64 ? Long.compareUnsigned(x, y) : Long.compare(x, y);
      }

      long saturate(long x, long y, Arith.Op op) {
        try {
          return Arith.apply(op, x, y, k, null);
        } catch (RustPanic e) {
          boolean neg;
          if (!k.signed) neg = op == Arith.Op.SUB;
          else if (op == Arith.Op.MUL) neg = (x < 0) != (y < 0);
          else neg = op == Arith.Op.ADD ? y < 0 : y > 0;
          return neg ? k.min : k.max;
        }
      }

      @Override
      public void callInto(Machine m, int fp, int dst, Span span) {
        // checked_*: Option<T> with a tag byte; payload at the type's alignment.
        long x = x(m, fp);
        long y = y(m, fp);
        Arith.Op op;
        switch (name) {
          case "checked_add": op = Arith.Op.ADD; break;
          case "checked_sub": op = Arith.Op.SUB; break;
          case "checked_mul": op = Arith.Op.MUL; break;
          case "checked_div": op = Arith.Op.DIV; break;
          case "checked_rem": op = Arith.Op.REM; break;
          default: throw new IllegalStateException(p.name + "::" + name);
        }
        // rustc widens Option<int>'s tag to the int's alignment: the tag fills [0, payload).
        int payload = Math.max(1, k.size);
        int tag = Math.min(8, payload);
        if (payload > 8) m.mem.putLong(dst + 8, 0);
        try {
          long r = Arith.apply(op, x, y, k, null);
          m.mem.putSized(dst, tag, 1);
          k.store(m.mem, dst + payload, r);
        } catch (RustPanic e) {
          m.mem.putSized(dst, tag, 0);
        }
      }
    };
  }
}
