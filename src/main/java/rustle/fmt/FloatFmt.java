package rustle.fmt;

import rustle.fmt.FormatSpec.Trait;

/**
 * Formats f64 and f32 values as Rust's {@code core::fmt::float} does: Display never uses an
 * exponent, Debug switches to one outside {@code 1e-4 <= |v| < 1e16}, both print the shortest
 * round-trip digits unless a precision asks for exact rounding.
 */
final class FloatFmt {

  private static final double EXACT_LONG_LIMIT = 9007199254740992.0; // 2^53
  private static final double EXACT_INT_LIMIT_F32 = 16777216.0; // 2^24

  private FloatFmt() {}

  static void format(
      StringBuilder sb, double v, boolean f32, FormatSpec spec, int width, int precision) {
    int start = sb.length();
    if (v != v) {
      sb.append("NaN"); // NaN never gets a sign, not even with +
    } else {
      if (Double.doubleToRawLongBits(v) < 0) {
        sb.append('-');
      } else if (spec.plus()) {
        sb.append('+');
      }
      double abs = Math.abs(v);
      Trait trait = spec.trait();
      if (abs == Double.POSITIVE_INFINITY) {
        sb.append("inf");
      } else if (trait == Trait.LOWER_EXP || trait == Trait.UPPER_EXP) {
        if (precision >= 0) {
          Exact.exponent(sb, abs, precision, trait == Trait.UPPER_EXP);
        } else {
          exponent(sb, Shortest.of(abs, f32), trait == Trait.UPPER_EXP);
        }
      } else if (precision >= 0) {
        Exact.fixed(sb, abs, precision);
      } else if (trait == Trait.DEBUG) {
        debug(sb, abs, f32);
      } else {
        decimal(sb, abs, f32, false);
      }
    }
    if (width >= 0) {
      int signLen =
          sb.length() > start && (sb.charAt(start) == '-' || sb.charAt(start) == '+') ? 1 : 0;
      Padding.padNumber(sb, start, signLen, spec, width);
    }
  }

  private static void debug(StringBuilder sb, double abs, boolean f32) {
    // The thresholds are compared in the value's own type, as Rust does (1e-4f32 is not 1e-4).
    boolean decimal =
        abs == 0
            || (f32 ? abs >= (double) 1e-4f && abs < (double) 1e16f : abs >= 1e-4 && abs < 1e16);
    if (decimal) {
      decimal(sb, abs, f32, true);
    } else {
      exponent(sb, Shortest.of(abs, f32), false);
    }
  }

  /**
   * The shortest digits without exponent; Debug wants at least one fractional digit ({@code 1.0}).
   */
  private static void decimal(StringBuilder sb, double abs, boolean f32, boolean oneFraction) {
    if (abs < (f32 ? EXACT_INT_LIMIT_F32 : EXACT_LONG_LIMIT) && abs == (long) abs) {
      // An integer this small is its own shortest representation.
      sb.append((long) abs);
      if (oneFraction) {
        sb.append(".0");
      }
      return;
    }
    Shortest.Decimal d = Shortest.of(abs, f32);
    char[] digits = d.digits();
    int n = digits.length;
    int point = d.pointPos();
    if (point <= 0) {
      Exact.appendZeros(sb.append("0."), -point).append(digits);
    } else if (point >= n) {
      Exact.appendZeros(sb.append(digits), point - n);
      if (oneFraction) {
        sb.append(".0");
      }
    } else {
      sb.append(digits, 0, point).append('.').append(digits, point, n - point);
    }
  }

  private static void exponent(StringBuilder sb, Shortest.Decimal d, boolean upper) {
    char[] digits = d.digits();
    sb.append(digits[0]);
    if (digits.length > 1) {
      sb.append('.').append(digits, 1, digits.length - 1);
    }
    sb.append(upper ? 'E' : 'e').append(d.pointPos() - 1);
  }
}
