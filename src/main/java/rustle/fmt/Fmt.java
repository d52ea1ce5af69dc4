package rustle.fmt;

import rustle.fmt.FormatSpec.Align;
import rustle.fmt.FormatSpec.DebugHex;
import rustle.fmt.FormatSpec.Trait;

/**
 * Formats Rust values as {@code format!} does, appending to a StringBuilder. Each method takes the
 * placeholder's spec plus its width and precision already resolved to numbers (-1 when absent); the
 * counts in the spec only say where those numbers came from.
 */
public final class Fmt {

  private Fmt() {}

  /**
   * Formats an integer of the given bit width (8 to 64; isize and usize are 64) whose two's
   * complement bits are in value; any bits above the width are ignored. Handles every integer
   * trait: decimal, {@code x X b o} (which print the bits, so {@code {:x}} of -1i8 is {@code ff}),
   * {@code e E}, Debug (decimal, or hex with {@code x?}) and {@code p} for an address. Precision is
   * ignored except by {@code e E}, as in Rust.
   */
  public static void formatInt(
      StringBuilder sb,
      long value,
      boolean signed,
      int bits,
      FormatSpec spec,
      int width,
      int precision) {
    Trait trait = spec.trait();
    if (width < 0
        && !spec.plus()
        && (trait == Trait.DISPLAY || (trait == Trait.DEBUG && spec.debugHex() == DebugHex.NONE))) {
      // The common {} and {:?}: no padding, no sign, plain decimal.
      if (bits < 64) {
        int shift = 64 - bits;
        value = signed ? (value << shift) >> shift : value & (-1L >>> shift);
      }
      if (signed || value >= 0) {
        sb.append(value);
      } else {
        sb.append(Long.toUnsignedString(value));
      }
      return;
    }
    if (trait == Trait.POINTER) {
      formatPointer(sb, value, spec, width);
      return;
    }
    IntFmt.format(sb, value, signed, bits, spec, width, precision);
  }

  /**
   * Formats an address as {@code {:p}} does: {@code 0x} and lower hex; with {@code #} also
   * zero-padded to 18 chars unless a width is given.
   */
  public static void formatPointer(StringBuilder sb, long address, FormatSpec spec, int width) {
    FormatSpec hex =
        new FormatSpec(
            spec.fill(),
            spec.align(),
            spec.plus(),
            spec.minus(),
            true,
            spec.zero() || spec.alternate(),
            spec.width(),
            spec.precision(),
            Trait.LOWER_HEX,
            DebugHex.NONE);
    IntFmt.format(sb, address, false, 64, hex, width < 0 && spec.alternate() ? 18 : width, -1);
  }

  /**
   * Formats an f64, or an f32 widened to double when isF32 (its shortest digits are then those that
   * read back as the same f32). Display, Debug, {@code e} and {@code E}.
   */
  public static void formatFloat(
      StringBuilder sb, double value, boolean isF32, FormatSpec spec, int width, int precision) {
    FloatFmt.format(sb, value, isF32, spec, width, precision);
  }

  /**
   * Formats a str: Display pads to width code points (left-aligned by default) after truncating to
   * precision code points; Debug quotes and escapes it and, as in Rust, ignores width and
   * precision.
   */
  public static void formatStr(
      StringBuilder sb, String s, FormatSpec spec, int width, int precision) {
    if (spec.trait() == Trait.DEBUG) {
      Escape.debugStr(sb, s);
      return;
    }
    displayStr(sb, s, spec, width, precision);
  }

  /** Formats a char: Display like a one-char str; Debug quoted and escaped, never padded. */
  public static void formatChar(
      StringBuilder sb, int cp, FormatSpec spec, int width, int precision) {
    if (spec.trait() == Trait.DEBUG) {
      Escape.debugChar(sb, cp);
    } else if (width < 0 && precision < 0) {
      sb.appendCodePoint(cp);
    } else {
      displayStr(sb, Character.toString(cp), spec, width, precision);
    }
  }

  /** Formats a bool; Debug is the same as Display, which pads and truncates like a str. */
  public static void formatBool(
      StringBuilder sb, boolean b, FormatSpec spec, int width, int precision) {
    displayStr(sb, b ? "true" : "false", spec, width, precision);
  }

  /** Appends a str's Debug form: {@code "say \"hi\"\tnow"}. */
  public static void debugStr(StringBuilder sb, String s) {
    Escape.debugStr(sb, s);
  }

  /** Appends a char's Debug form: {@code '\''}, {@code '"'}, {@code '\n'}, {@code 'ß'}. */
  public static void debugChar(StringBuilder sb, int cp) {
    Escape.debugChar(sb, cp);
  }

  /**
   * Pads what was appended since startIndex to width code points with the spec's fill and alignment
   * (defaultAlign when the spec has none), as {@code Formatter::pad} does for a whole value.
   */
  public static void pad(
      StringBuilder sb, int startIndex, FormatSpec spec, int width, Align defaultAlign) {
    if (width >= 0) {
      Padding.pad(sb, startIndex, spec.fill(), spec.align(), width, defaultAlign);
    }
  }

  /** {@code Formatter::pad}: truncate to precision code points, then pad (left by default). */
  private static void displayStr(
      StringBuilder sb, String s, FormatSpec spec, int width, int precision) {
    if (width < 0 && precision < 0) {
      sb.append(s);
      return;
    }
    int start = sb.length();
    if (precision >= 0 && precision < s.length()) {
      int end = s.offsetByCodePoints(0, Math.min(precision, s.codePointCount(0, s.length())));
      sb.append(s, 0, end);
    } else {
      sb.append(s);
    }
    if (width >= 0) {
      Padding.pad(sb, start, spec.fill(), spec.align(), width, Align.LEFT);
    }
  }
}
