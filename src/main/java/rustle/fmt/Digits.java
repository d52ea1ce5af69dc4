package rustle.fmt;

import java.util.Arrays;

/** Rounding of decimal digit strings, shared by the integer and float exponent forms. */
final class Digits {

  private Digits() {}

  /**
   * Rounds digits to keep digits, half to even; sticky says whether nonzero digits follow beyond
   * the array (then an exact 5 is more than half). Returns keep digits, or keep + 1 when rounding
   * carried into a new leading 1 (the caller then shifts its exponent).
   */
  static char[] roundHalfEven(char[] digits, int keep, boolean sticky) {
    char[] out = Arrays.copyOf(digits, keep);
    if (digits.length <= keep) {
      Arrays.fill(out, Math.min(digits.length, keep), keep, '0');
      return out;
    }
    int first = digits[keep] - '0';
    boolean moreAfter = sticky;
    for (int i = keep + 1; i < digits.length && !moreAfter; i++) {
      moreAfter = digits[i] != '0';
    }
    boolean odd = keep > 0 && ((digits[keep - 1] - '0') & 1) == 1;
    boolean up = first > 5 || (first == 5 && (moreAfter || odd));
    if (!up) {
      return out;
    }
    for (int i = keep - 1; i >= 0; i--) {
      if (out[i] != '9') {
        out[i]++;
        return out;
      }
      out[i] = '0';
    }
    char[] carried = new char[keep + 1];
    Arrays.fill(carried, '0');
    carried[0] = '1';
    return carried;
  }
}
