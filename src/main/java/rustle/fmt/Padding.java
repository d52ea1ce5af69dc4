package rustle.fmt;

import rustle.fmt.FormatSpec.Align;

/** Width padding as Rust's {@code Formatter::padding} does it, applied to text already appended. */
final class Padding {

  private Padding() {}

  /**
   * Pads what was appended since start to width code points with fill, aligned by align or, when
   * that is NONE, by dflt; centering puts the odd fill char on the right.
   */
  static void pad(StringBuilder sb, int start, int fill, Align align, int width, Align dflt) {
    int len = sb.codePointCount(start, sb.length());
    if (len >= width) {
      return;
    }
    int padding = width - len;
    Align a = align == Align.NONE ? dflt : align;
    int pre =
        switch (a) {
          case LEFT -> 0;
          case CENTER -> padding / 2;
          default -> padding;
        };
    if (pre > 0) {
      sb.insert(start, fills(fill, pre));
    }
    for (int i = pre; i < padding; i++) {
      sb.appendCodePoint(fill);
    }
  }

  /**
   * Pads a number whose first prefixLen chars are its sign (and radix prefix): with the {@code 0}
   * flag zeros go after that prefix whatever the alignment, otherwise the whole is padded
   * right-aligned by default ({@code pad_integral} and {@code pad_formatted_parts}).
   */
  static void padNumber(StringBuilder sb, int start, int prefixLen, FormatSpec spec, int width) {
    if (spec.zero()) {
      pad(sb, start + prefixLen, '0', Align.RIGHT, width - prefixLen, Align.RIGHT);
    } else {
      pad(sb, start, spec.fill(), spec.align(), width, Align.RIGHT);
    }
  }

  private static String fills(int fill, int count) {
    if (Character.isBmpCodePoint(fill)) {
      return String.valueOf((char) fill).repeat(count);
    }
    return Character.toString(fill).repeat(count);
  }
}
