package rustle.fmt;

import static com.google.common.truth.Truth.assertThat;

import java.util.List;

/**
 * Test helper: formats one value with a one-placeholder format string, as {@code format!} would.
 */
final class Rust {

  private Rust() {}

  static FormatSpec spec(String fmt) {
    List<Piece> pieces = FormatString.parse(fmt);
    assertThat(pieces).hasSize(1);
    return ((Piece.Placeholder) pieces.get(0)).spec();
  }

  static int width(FormatSpec spec) {
    return spec.width() instanceof Count.Literal n ? n.value() : -1;
  }

  static int precision(FormatSpec spec) {
    return spec.precision() instanceof Count.Literal n ? n.value() : -1;
  }

  static String integer(String fmt, long value, boolean signed, int bits) {
    FormatSpec spec = spec(fmt);
    StringBuilder sb = new StringBuilder("<");
    Fmt.formatInt(sb, value, signed, bits, spec, width(spec), precision(spec));
    return sb.substring(1);
  }

  static String f64(String fmt, double value) {
    FormatSpec spec = spec(fmt);
    StringBuilder sb = new StringBuilder("<");
    Fmt.formatFloat(sb, value, false, spec, width(spec), precision(spec));
    return sb.substring(1);
  }

  static String f32(String fmt, float value) {
    FormatSpec spec = spec(fmt);
    StringBuilder sb = new StringBuilder("<");
    Fmt.formatFloat(sb, value, true, spec, width(spec), precision(spec));
    return sb.substring(1);
  }

  static String str(String fmt, String value) {
    FormatSpec spec = spec(fmt);
    StringBuilder sb = new StringBuilder("<");
    Fmt.formatStr(sb, value, spec, width(spec), precision(spec));
    return sb.substring(1);
  }

  static String chr(String fmt, int value) {
    FormatSpec spec = spec(fmt);
    StringBuilder sb = new StringBuilder("<");
    Fmt.formatChar(sb, value, spec, width(spec), precision(spec));
    return sb.substring(1);
  }

  static String bool(String fmt, boolean value) {
    FormatSpec spec = spec(fmt);
    StringBuilder sb = new StringBuilder("<");
    Fmt.formatBool(sb, value, spec, width(spec), precision(spec));
    return sb.substring(1);
  }
}
