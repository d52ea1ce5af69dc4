package rustle.fmt;

import java.util.Arrays;
import rustle.fmt.FormatSpec.DebugHex;
import rustle.fmt.FormatSpec.Trait;

/** Formats Rust integers of up to 64 bits in every radix and in exponent form. */
final class IntFmt {

  private IntFmt() {}

  static void format(
      StringBuilder sb,
      long value,
      boolean signed,
      int bits,
      FormatSpec spec,
      int width,
      int precision) {
    if (bits < 64) {
      int shift = 64 - bits;
      value = signed ? (value << shift) >> shift : value & (-1L >>> shift);
    }
    Trait trait = spec.trait();
    if (trait == Trait.DEBUG) {
      trait =
          spec.debugHex() == DebugHex.NONE
              ? Trait.DISPLAY
              : spec.debugHex() == DebugHex.LOWER ? Trait.LOWER_HEX : Trait.UPPER_HEX;
    }
    // The radix forms print the bits of the type's width, so only decimal forms have a minus sign.
    boolean negative =
        signed
            && value < 0
            && (trait == Trait.DISPLAY || trait == Trait.LOWER_EXP || trait == Trait.UPPER_EXP);
    int start = sb.length();
    if (negative) {
      sb.append('-');
    } else if (spec.plus()) {
      sb.append('+');
    }
    int prefixLen = sb.length() - start;
    switch (trait) {
      case LOWER_HEX, UPPER_HEX, BINARY, OCTAL, POINTER -> {
        if (spec.alternate()) {
          prefixLen += 2;
        }
        radix(sb, bits < 64 ? value & (-1L >>> (64 - bits)) : value, trait, spec.alternate());
      }
      case LOWER_EXP, UPPER_EXP ->
          exponent(
              sb,
              Long.toUnsignedString(negative ? -value : value),
              trait == Trait.UPPER_EXP,
              precision);
      default -> {
        if (negative) {
          appendUnsigned(sb, -value);
        } else if (signed) {
          sb.append(value);
        } else {
          appendUnsigned(sb, value);
        }
      }
    }
    if (width >= 0) {
      Padding.padNumber(sb, start, prefixLen, spec, width);
    }
  }

  static void appendUnsigned(StringBuilder sb, long value) {
    if (value >= 0) {
      sb.append(value);
    } else {
      sb.append(Long.toUnsignedString(value));
    }
  }

  private static void radix(StringBuilder sb, long bits, Trait trait, boolean alternate) {
    switch (trait) {
      case BINARY -> {
        if (alternate) {
          sb.append("0b");
        }
        sb.append(Long.toBinaryString(bits));
      }
      case OCTAL -> {
        if (alternate) {
          sb.append("0o");
        }
        sb.append(Long.toOctalString(bits));
      }
      default -> {
        if (alternate) {
          sb.append("0x");
        }
        int from = sb.length();
        sb.append(Long.toHexString(bits));
        if (trait == Trait.UPPER_HEX) {
          for (int i = from; i < sb.length(); i++) {
            sb.setCharAt(i, Character.toUpperCase(sb.charAt(i)));
          }
        }
      }
    }
  }

  /**
   * {@code LowerExp} of an integer: {@code 1234} is {@code 1.234e3}; with a precision the digits
   * are rounded half to even, which is exact here because all the digits are known.
   */
  private static void exponent(StringBuilder sb, String digits, boolean upper, int precision) {
    int exp = digits.length() - 1;
    int end = digits.length();
    while (end > 1 && digits.charAt(end - 1) == '0') {
      end--;
    }
    char[] mant = digits.substring(0, end).toCharArray();
    if (precision >= 0 && mant.length > precision + 1) {
      mant = Digits.roundHalfEven(mant, precision + 1, false);
      if (mant.length > precision + 1) {
        exp++;
        mant = Arrays.copyOf(mant, precision + 1);
      }
    }
    sb.append(mant[0]);
    int fraction = precision >= 0 ? precision : mant.length - 1;
    if (fraction > 0) {
      sb.append('.');
      for (int i = 1; i <= fraction; i++) {
        sb.append(i < mant.length ? mant[i] : '0');
      }
    }
    sb.append(upper ? 'E' : 'e').append(exp);
  }
}
