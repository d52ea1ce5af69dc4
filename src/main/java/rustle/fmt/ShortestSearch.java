package rustle.fmt;

/**
 * The fast exact route to the shortest round-trip digits: the decimals that read back as a value
 * are those inside its rounding interval, whose ends are binary fractions, so scaling them by 10^s
 * needs only 128-bit integer arithmetic. The shortest digits come from the smallest scale s at
 * which the interval holds an integer, and among those integers Rust prints the one closest to the
 * value (a tie going up, as its Dragon4 fallback does). Values too large or too small for 128 bits
 * answer null.
 */
final class ShortestSearch {

  private static final long[] POW5 = new long[28];
  private static final long[] POW10 = new long[19];

  static {
    POW5[0] = 1;
    for (int i = 1; i < POW5.length; i++) {
      POW5[i] = POW5[i - 1] * 5;
    }
    POW10[0] = 1;
    for (int i = 1; i < POW10.length; i++) {
      POW10[i] = POW10[i - 1] * 10;
    }
  }

  private ShortestSearch() {}

  /**
   * The shortest decimal of a finite positive value, or null when it is out of this method's range.
   */
  static Shortest.Decimal of(double abs, boolean f32) {
    long m;
    int e;
    boolean boundary; // at a power of two the gap below is half the gap above
    if (f32) {
      int bits = Float.floatToRawIntBits((float) abs);
      int biased = bits >>> 23;
      m = bits & 0x7FFFFF;
      boundary = m == 0 && biased > 1;
      e = biased == 0 ? -149 : biased - 150;
      m |= biased == 0 ? 0 : 1L << 23;
    } else {
      long bits = Double.doubleToRawLongBits(abs);
      int biased = (int) (bits >>> 52);
      m = bits & ((1L << 52) - 1);
      boundary = m == 0 && biased > 1;
      e = biased == 0 ? -1074 : biased - 1075;
      m |= biased == 0 ? 0 : 1L << 52;
    }
    // In units of 2^(e-2): the value is 4m, the interval runs from lo to hi, ends included when m
    // is
    // even (a tie reads back to the even mantissa).
    long value = m << 2;
    long hi = value + 2;
    long lo = value - (boundary ? 1 : 2);
    int k = 2 - e;
    boolean inclusive = (m & 1) == 0;
    int intDigits = (int) Math.floor(Math.log10(abs)) + 1;
    int sLo = -intDigits - 1;
    int sHi = 17 - intDigits;
    if (upper(hi, k, sHi, inclusive) < lower(lo, k, sHi, inclusive)) {
      return null; // only when the arithmetic overflowed
    }
    while (sLo < sHi) {
      int mid = (sLo + sHi) >> 1;
      long u = upper(hi, k, mid, inclusive);
      long l = lower(lo, k, mid, inclusive);
      if (u == FAIL || l == FAIL) {
        return null;
      }
      if (l <= u) {
        sHi = mid;
      } else {
        sLo = mid + 1;
      }
    }
    int s = sHi;
    long u = upper(hi, k, s, inclusive);
    long l = lower(lo, k, s, inclusive);
    long twice = floorScaled(value, k - 1, s);
    if (u == FAIL || l == FAIL || twice < 0) {
      return null;
    }
    long nearest = ((twice >>> 1) + 1) >>> 1; // floor(v * 10^s + 1/2)
    long c = Math.max(l, Math.min(u, nearest));
    String digits = Long.toString(c);
    int end = digits.length();
    while (end > 1 && digits.charAt(end - 1) == '0') {
      end--;
    }
    return new Shortest.Decimal(digits.substring(0, end).toCharArray(), digits.length() - s);
  }

  private static final long FAIL = Long.MIN_VALUE;

  /** The largest integer c with c / 10^s inside the interval's upper end, or FAIL. */
  private static long upper(long x, int k, int s, boolean inclusive) {
    long r = floorScaled(x, k, s);
    if (r < 0) {
      return FAIL;
    }
    long q = r >>> 1;
    boolean exact = (r & 1) == 0;
    return exact && !inclusive ? q - 1 : q;
  }

  /** The smallest integer c with c / 10^s inside the interval's lower end, or FAIL. */
  private static long lower(long x, int k, int s, boolean inclusive) {
    long r = floorScaled(x, k, s);
    if (r < 0) {
      return FAIL;
    }
    long q = r >>> 1;
    boolean exact = (r & 1) == 0;
    return exact ? (inclusive ? q : q + 1) : q + 1;
  }

  /**
   * floor(x * 10^s / 2^k), shifted left one bit with the low bit set when the division was inexact;
   * -1 when that does not fit. x is below 2^56.
   */
  static long floorScaled(long x, int k, int s) {
    long q;
    boolean inexact;
    if (s >= 0) {
      if (s >= POW5.length) {
        return -1;
      }
      // x * 10^s / 2^k = x * 5^s / 2^(k - s)
      long hi = Math.multiplyHigh(x, POW5[s]);
      long lo = x * POW5[s];
      int sh = k - s;
      if (sh <= 0) {
        if (hi != 0 || sh < -61 || (lo >>> (61 + sh)) != 0) {
          return -1;
        }
        return (lo << -sh) << 1;
      }
      if (sh >= 128) {
        q = 0;
        inexact = (hi | lo) != 0;
      } else if (sh >= 64) {
        int hs = sh - 64;
        q = hi >>> hs;
        inexact = lo != 0 || (hs > 0 && (hi & ((1L << hs) - 1)) != 0);
      } else {
        if ((hi >>> sh) != 0) {
          return -1;
        }
        q = (hi << (64 - sh)) | (lo >>> sh);
        inexact = (lo & ((1L << sh) - 1)) != 0;
      }
    } else {
      int t = -s;
      if (t >= POW10.length) {
        return -1;
      }
      long whole;
      if (k >= 0) {
        whole = k >= 64 ? 0 : x >>> k;
        inexact = k >= 64 ? x != 0 : (x & ((1L << k) - 1)) != 0;
      } else {
        if (-k > 6) {
          return -1;
        }
        whole = x << -k;
        inexact = false;
      }
      q = whole / POW10[t];
      inexact |= whole % POW10[t] != 0;
    }
    if ((q >>> 61) != 0) {
      return -1;
    }
    return q << 1 | (inexact ? 1 : 0);
  }
}
