package rustle.fmt;

import static com.google.common.truth.Truth.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import rustle.fmt.FormatSpec.Align;

/**
 * str, char and bool: width and precision count code points, Debug quotes and escapes (and ignores
 * width for str and char, as Rust does), and composite padding.
 */
class TextFormatTest {

  private static Arguments row(String fmt, Object value, String expected) {
    return Arguments.of(fmt, value, expected);
  }

  /**
   * Expected values are what rustc 1.95 prints for {@code format!(fmt, value)} of a {@code &str}.
   */
  static Stream<Arguments> strCases() {
    return Stream.of(
        row("{}", "hello", "hello"),
        row("{:10}", "hello", "hello     "),
        row("{:>10}", "hello", "     hello"),
        row("{:^10}", "hello", "  hello   "),
        row("{:^9}", "ab", "   ab    "),
        row("{:*<7}", "ab", "ab*****"),
        row("{:.3}", "hello", "hel"),
        row("{:.0}", "hello", ""),
        row("{:.10}", "hi", "hi"),
        row("{:^7.2}", "hello", "  he   "),
        row("{:-^9}", "é\ud83e\udd80", "---é\ud83e\udd80----"),
        row("{:.1}", "\ud83e\udd80x", "\ud83e\udd80"),
        row("{:>5.1}", "\ud83e\udd80x", "    \ud83e\udd80"),
        row("{:05}", "ab", "ab   "),
        row("{:+}", "ab", "ab"),
        row("{:#}", "ab", "ab"),
        row("{:\ud83e\udd80>4}", "ab", "\ud83e\udd80\ud83e\udd80ab"),
        row("{:3}", "abcdef", "abcdef"),
        row("{:?}", "say \"hi\"\tnow", "\"say \\\"hi\\\"\\tnow\""),
        row("{:?}", "it's", "\"it's\""),
        row("{:?}", "back\\slash\u0000nul\r\n", "\"back\\\\slash\\0nul\\r\\n\""),
        row("{:10?}", "ab", "\"ab\""),
        row("{:.1?}", "abc", "\"abc\""),
        row("{:?}", "ß\ud83e\udd80é", "\"ß\ud83e\udd80é\""),
        row(
            "{:?}",
            "e\u0301\u0301x\u00a0\u00ad\u200b\u007f\u001b",
            "\"e\\u{301}\\u{301}x\\u{a0}\\u{ad}\\u{200b}\\u{7f}\\u{1b}\""),
        row(
            "{:?}",
            "\u200c\u200d\uff9e\ud83c\udffb\ue000\ufffd\ufeff\u2028\udbff\udfff\udb40\udc01\u3000",
            "\"\\u{200c}\\u{200d}\\u{ff9e}\ud83c\udffb\\u{e000}\ufffd\\u{feff}\\u{2028}\\u{10ffff}\\u{e0001}\\u{3000}\""),
        row("{:?}", "\ud83e\udee8\u0378", "\"\ud83e\udee8\\u{378}\""),
        row("{:?}", "", "\"\""));
  }

  /** Expected values are what rustc 1.95 prints for {@code format!(fmt, value)} of a char. */
  static Stream<Arguments> charCases() {
    return Stream.of(
        row("{}", 0x78, "x"),
        row("{:5}", 0x61, "a    "),
        row("{:>3}", 0x61, "  a"),
        row("{:.0}", 0x61, ""),
        row("{:^5.1}", 0xdf, "  ß  "),
        row("{:05}", 0x78, "x    "),
        row("{:?}", 0x27, "'\\''"),
        row("{:?}", 0x22, "'\"'"),
        row("{:?}", 0xa, "'\\n'"),
        row("{:?}", 0xdf, "'ß'"),
        row("{:?}", 0x0, "'\\0'"),
        row("{:?}", 0x5c, "'\\\\'"),
        row("{:?}", 0x301, "'\\u{301}'"),
        row("{:?}", 0x200d, "'\\u{200d}'"),
        row("{:?}", 0x7f, "'\\u{7f}'"),
        row("{:?}", 0x1f980, "'\ud83e\udd80'"),
        row("{:>10?}", 0x61, "'a'"),
        row("{:?}", 0x10ffff, "'\\u{10ffff}'"),
        row("{:?}", 0xa0, "'\\u{a0}'"));
  }

  /** Expected values are what rustc 1.95 prints for {@code format!(fmt, value)} of a bool. */
  static Stream<Arguments> boolCases() {
    return Stream.of(
        row("{}", true, "true"),
        row("{}", false, "false"),
        row("{:?}", true, "true"),
        row("{:>7}", true, "   true"),
        row("{:>7?}", true, "   true"),
        row("{:.2}", true, "tr"),
        row("{:.2?}", false, "fa"),
        row("{:^9}", false, "  false  "),
        row("{:07}", true, "true   "),
        row("{:#?}", false, "false"));
  }

  @ParameterizedTest(name = "{0} of {1}")
  @MethodSource("strCases")
  void formatsStrLikeRust(String fmt, String value, String expected) {
    assertThat(Rust.str(fmt, value)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} of {1}")
  @MethodSource("charCases")
  void formatsCharLikeRust(String fmt, int value, String expected) {
    assertThat(Rust.chr(fmt, value)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} of {1}")
  @MethodSource("boolCases")
  void formatsBoolLikeRust(String fmt, boolean value, String expected) {
    assertThat(Rust.bool(fmt, value)).isEqualTo(expected);
  }

  @Test
  void debugHelpersEscapeLikeDebug() {
    StringBuilder sb = new StringBuilder();
    Fmt.debugStr(sb, "say \"hi\"\tnow");
    sb.append(' ');
    Fmt.debugChar(sb, '\'');
    sb.append(' ');
    Fmt.debugChar(sb, '"');
    assertThat(sb.toString()).isEqualTo("\"say \\\"hi\\\"\\tnow\" '\\'' '\"'");
  }

  @Test
  void padPadsEverythingAppendedSinceTheStart() {
    // format!("[{:>12}]", ...) of a value whose Display impl calls f.pad("(1, 2)")
    StringBuilder sb = new StringBuilder("[");
    int start = sb.length();
    sb.append("(1, 2)");
    Fmt.pad(sb, start, Rust.spec("{:>12}"), 12, Align.LEFT);
    sb.append(']');
    assertThat(sb.toString()).isEqualTo("[      (1, 2)]");
  }

  @Test
  void padUsesTheDefaultAlignmentWhenTheSpecHasNone() {
    StringBuilder sb = new StringBuilder();
    sb.append("é🦀");
    Fmt.pad(sb, 0, Rust.spec("{:-^5}"), 5, Align.LEFT);
    sb.append('|');
    Fmt.pad(sb, sb.length(), Rust.spec("{:5}"), 5, Align.RIGHT);
    assertThat(sb.toString()).isEqualTo("-é🦀--|     ");
  }
}
