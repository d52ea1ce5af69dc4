package rustle.interp.std;

import rustle.ast.Span;
import rustle.interp.rt.Kind;
import rustle.interp.rt.Machine;
import rustle.interp.rt.Panics;
import rustle.interp.rt.RustPanic;

/**
 * Native bodies of the integer methods over bits and roots: count_zeros, leading/trailing_ones,
 * swap_bytes, reverse_bits, rotations, wrapping shifts and division, isqrt, ilog2/ilog10 and
 * next_power_of_two, each on the value as its type's bits (Java longs hold every type but 128-bit).
 */
final class IntBits {
  private IntBits() {}

  static long apply(String name, long x, Kind k, Intrinsics.Args a, Machine m, int fp, Span at) {
    int bits = k.bits();
    long mask = bits == 64 ? -1L : (1L << bits) - 1;
    long v = x & mask;
    switch (name) {
      case "count_zeros": return bits - Long.bitCount(v);
      case "leading_ones": return Long.numberOfLeadingZeros(~v & mask) - (64 - bits);
      case "trailing_ones": return Math.min(bits, Long.numberOfTrailingZeros(~v));
      case "swap_bytes": return k.wrap(Long.reverseBytes(v) >>> (64 - bits));
      case "reverse_bits": return k.wrap(Long.reverse(v) >>> (64 - bits));
      case "rotate_left":
      case "rotate_right": {
        int n = (int) ((m.mem.getInt(a.at(fp, 1)) & 0xffffffffL) % bits);
        if (name.equals("rotate_right")) n = (bits - n) % bits;
        if (n == 0) return x;
        return k.wrap(((v << n) | (v >>> (bits - n))) & mask);
      }
      case "wrapping_shl":
      case "wrapping_shr": {
        int n = m.mem.getInt(a.at(fp, 1)) & (bits - 1);
        if (name.equals("wrapping_shl")) return k.wrap(v << n);
        return k.signed ? k.wrap(x) >> n : v >>> n;
      }
      case "wrapping_div":
      case "wrapping_rem": {
        long y = k.load(m.mem, a.at(fp, 1));
        boolean div = name.equals("wrapping_div");
        if (y == 0) throw div ? Panics.divideByZero(at) : Panics.remainderByZero(at);
        if (k.signed && x == k.min && y == -1) return div ? x : 0;
        if (!k.signed && bits == 64) return div ? Long.divideUnsigned(x, y) : Long.remainderUnsigned(x, y);
        return div ? x / y : x % y;
      }
      case "isqrt": {
        if (k.signed && x < 0) throw new RustPanic("argument of integer square root cannot be negative", at);
        long r = (long) Math.sqrt(bits == 64 && !k.signed ? unsignedDouble(v) : (double) x);
        while (r > 0xFFFFFFFFL || (r > 0 && Long.compareUnsigned(r * r, v) > 0)) r--;
        while (Long.compareUnsigned((r + 1) * (r + 1), v) <= 0 && (r + 1) < 0x100000000L) r++;
        return r;
      }
      case "ilog2":
      case "ilog10": {
        if (k.signed ? x <= 0 : v == 0) throw new RustPanic("argument of integer logarithm must be positive", at);
        if (name.equals("ilog2")) return 63 - Long.numberOfLeadingZeros(v);
        long n = 0;
        long q = v;
        while (Long.compareUnsigned(q, 10) >= 0) {
          q = Long.divideUnsigned(q, 10);
          n++;
        }
        return n;
      }
      case "next_power_of_two": {
        if (Long.compareUnsigned(v, 1) <= 0) return 1;
        int shift = 64 - Long.numberOfLeadingZeros(v - 1);
        if (shift >= bits) throw Panics.overflow("add", at);
        return 1L << shift;
      }
      default: throw new IllegalStateException(k + "::" + name);
    }
  }

  private static double unsignedDouble(long v) {
    return v >= 0 ? (double) v : (double) (v >>> 1) * 2.0;
  }
}
