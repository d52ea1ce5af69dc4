package rustle.fmt;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Floats with an explicit precision: Rust rounds the exact binary value half to even ({@code {:.1}}
 * of -2.25 is {@code -2.2}, of 0.35 — really 0.34999.. — is {@code 0.3}).
 */
final class Exact {

  private static final long[] POW10 = new long[19];

  static {
    POW10[0] = 1;
    for (int i = 1; i < POW10.length; i++) {
      POW10[i] = POW10[i - 1] * 10;
    }
  }

  private Exact() {}

  /** Appends a finite non-negative value with exactly precision fractional digits. */
  static void fixed(StringBuilder sb, double abs, int precision) {
    long bits = Double.doubleToRawLongBits(abs);
    int biased = (int) (bits >>> 52);
    long m = bits & ((1L << 52) - 1);
    int e;
    if (biased == 0) {
      e = -1074;
    } else {
      m |= 1L << 52;
      e = biased - 1075;
    }
    // abs = m * 2^e exactly.
    if (e >= 0 && e <= 10) {
      sb.append(m << e);
      appendZeros(sb.append(precision > 0 ? "." : ""), precision);
      return;
    }
    if (e < 0 && precision < POW10.length) {
      long scaled = roundedScaled(m, -e, POW10[precision]);
      if (scaled >= 0) {
        appendScaled(sb, scaled, precision);
        return;
      }
    }
    sb.append(new BigDecimal(abs).setScale(precision, RoundingMode.HALF_EVEN).toPlainString());
  }

  /**
   * m * pow / 2^k rounded half to even using a 128-bit product, or -1 when the result would not fit
   * in a long; m is below 2^53 and pow at most 10^18, so the product is below 2^113.
   */
  static long roundedScaled(long m, int k, long pow) {
    long hi = Math.multiplyHigh(m, pow);
    long lo = m * pow;
    if (k >= 127) {
      return 0; // the product is below 2^113, far under half of 2^k
    }
    long q;
    long remHi;
    long remLo;
    long halfHi;
    long halfLo;
    if (k >= 64) {
      int sh = k - 64;
      q = hi >>> sh;
      remHi = sh == 0 ? 0 : hi & ((1L << sh) - 1);
      remLo = lo;
      halfHi = sh == 0 ? 0 : 1L << (sh - 1);
      halfLo = sh == 0 ? Long.MIN_VALUE : 0;
    } else {
      if ((hi >>> (k - 1)) != 0) {
        return -1; // the quotient needs 64 bits or more
      }
      q = (hi << (64 - k)) | (lo >>> k);
      remHi = 0;
      remLo = lo & ((1L << k) - 1);
      halfHi = 0;
      halfLo = 1L << (k - 1);
    }
    int cmp =
        remHi != halfHi ? Long.compareUnsigned(remHi, halfHi) : Long.compareUnsigned(remLo, halfLo);
    if (cmp > 0 || (cmp == 0 && (q & 1) == 1)) {
      q++;
    }
    return q;
  }

  private static void appendScaled(StringBuilder sb, long scaled, int precision) {
    if (precision == 0) {
      sb.append(scaled);
      return;
    }
    int start = sb.length();
    sb.append(scaled);
    int len = sb.length() - start;
    if (len <= precision) {
      sb.insert(start, "0.000000000000000000", 0, 2 + precision - len);
    } else {
      sb.insert(sb.length() - precision, '.');
    }
  }

  /** Appends a finite non-negative value as {@code d.ddde±x} with precision fractional digits. */
  static void exponent(StringBuilder sb, double abs, int precision, boolean upper) {
    String digits;
    int exp;
    if (abs == 0) {
      digits = "0";
      exp = 0;
    } else {
      BigDecimal rounded =
          new BigDecimal(abs).round(new MathContext(precision + 1, RoundingMode.HALF_EVEN));
      digits = rounded.unscaledValue().toString();
      exp = digits.length() - rounded.scale() - 1;
    }
    sb.append(digits.charAt(0));
    if (precision > 0) {
      sb.append('.');
      int have = Math.min(digits.length() - 1, precision);
      sb.append(digits, 1, 1 + have);
      appendZeros(sb, precision - have);
    }
    sb.append(upper ? 'E' : 'e').append(exp);
  }

  static StringBuilder appendZeros(StringBuilder sb, int count) {
    for (int i = 0; i < count; i++) {
      sb.append('0');
    }
    return sb;
  }
}
