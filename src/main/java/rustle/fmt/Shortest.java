package rustle.fmt;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Arrays;

/**
 * Finds the shortest decimal that reads back as the same double (or float), the closest one if
 * several are that short, which is what Rust's {@code flt2dec} "shortest" mode prints.
 *
 * <p>Most values take the integer-only route of {@link ShortestSearch}. For the very large and very
 * small rest, Java 17's {@code Double.toString} gives a candidate; it reads back correctly but is
 * sometimes longer than needed (e.g. {@code 8.409999999999999E21} for {@code 8.41e21}) or not the
 * closest of its length, so a candidate is trusted only when it has at most 15 significant digits
 * (6 for float), which makes it the only one of its length for a normal number; otherwise one digit
 * fewer is tried, and the closest of the length found with exact arithmetic.
 */
final class Shortest {

  private Shortest() {}

  /** Significant digits, without leading or trailing zeros, and where the decimal point goes. */
  record Decimal(char[] digits, int pointPos) {}

  /** The shortest round-trip decimal of a finite, non-negative value. */
  static Decimal of(double abs, boolean f32) {
    if (abs == 0) {
      return new Decimal(new char[] {'0'}, 1);
    }
    Decimal fast = ShortestSearch.of(abs, f32);
    if (fast != null) {
      return fast;
    }
    Decimal candidate = parseJava(f32 ? Float.toString((float) abs) : Double.toString(abs));
    int n = candidate.digits.length;
    boolean normal = f32 ? abs >= Float.MIN_NORMAL : abs >= Double.MIN_NORMAL;
    if (normal && n <= (f32 ? 6 : 15)) {
      // Distinct decimals of that many digits read back as distinct numbers, so this one is the
      // only one of its length: the shortest and the closest.
      return candidate;
    }
    if (n > 1 && shorterExists(candidate, abs, f32)) {
      return exact(abs, f32, 1);
    }
    // The shortest length is right, but Java's digits are not always the closest of that length.
    return exact(abs, f32, n);
  }

  /**
   * Whether some decimal of one digit fewer reads back as abs. If one does, one of the two
   * neighbours of the candidate at that length does too, since all decimals between it and the
   * candidate do.
   */
  private static boolean shorterExists(Decimal candidate, double abs, boolean f32) {
    char[] d = candidate.digits;
    int len = d.length - 1;
    int exp = candidate.pointPos - len;
    if (readsBack(new String(d, 0, len) + 'E' + exp, abs, f32)) {
      return true;
    }
    char[] up = Arrays.copyOf(d, len);
    int i = len - 1;
    while (i >= 0 && up[i] == '9') {
      up[i--] = '0';
    }
    if (i < 0) {
      return readsBack("1E" + (exp + len), abs, f32);
    }
    up[i]++;
    return readsBack(new String(up) + 'E' + exp, abs, f32);
  }

  private static boolean readsBack(String decimal, double abs, boolean f32) {
    return f32 ? Float.parseFloat(decimal) == (float) abs : Double.parseDouble(decimal) == abs;
  }

  /**
   * The slow, sure search: for each length from minLength on, the exact value's two neighbours at
   * that length.
   */
  private static Decimal exact(double abs, boolean f32, int minLength) {
    BigDecimal value = new BigDecimal(abs);
    for (int p = minLength; ; p++) {
      BigDecimal lo = value.round(new MathContext(p, RoundingMode.FLOOR));
      BigDecimal hi = value.round(new MathContext(p, RoundingMode.CEILING));
      boolean loOk = readsBack(lo.toString(), abs, f32);
      boolean hiOk = readsBack(hi.toString(), abs, f32);
      if (loOk && hiOk) {
        // The closer one; a tie goes up, as in Rust's Dragon4 shortest mode.
        return toDecimal(value.subtract(lo).compareTo(hi.subtract(value)) < 0 ? lo : hi);
      }
      if (loOk || hiOk) {
        return toDecimal(loOk ? lo : hi);
      }
    }
  }

  private static Decimal toDecimal(BigDecimal d) {
    String unscaled = d.unscaledValue().toString();
    int pointPos = unscaled.length() - d.scale();
    int end = unscaled.length();
    while (end > 1 && unscaled.charAt(end - 1) == '0') {
      end--;
    }
    return new Decimal(unscaled.substring(0, end).toCharArray(), pointPos);
  }

  /** Reads Java's {@code 123.45} or {@code 1.2345E-7} form. */
  private static Decimal parseJava(String s) {
    int e = s.indexOf('E');
    int mantEnd = e < 0 ? s.length() : e;
    int exp10 = e < 0 ? 0 : Integer.parseInt(s, e + 1, s.length(), 10);
    int dot = s.indexOf('.');
    int intDigits = dot < 0 || dot > mantEnd ? mantEnd : dot;
    char[] digits = new char[mantEnd];
    int n = 0;
    int leadingZeros = 0;
    for (int i = 0; i < mantEnd; i++) {
      char c = s.charAt(i);
      if (c == '.') {
        continue;
      }
      if (n == 0 && c == '0') {
        leadingZeros++;
      } else {
        digits[n++] = c;
      }
    }
    while (n > 1 && digits[n - 1] == '0') {
      n--;
    }
    int pointPos = intDigits - leadingZeros;
    return new Decimal(Arrays.copyOf(digits, n), pointPos + exp10);
  }
}
