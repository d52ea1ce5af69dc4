package rustle.fmt;

import static com.google.common.truth.Truth.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import rustle.fmt.FormatSpec.Align;
import rustle.fmt.FormatSpec.DebugHex;
import rustle.fmt.FormatSpec.Trait;

/**
 * Parsing valid format strings: pieces, escapes, argument numbering and every part of a spec (each
 * string was checked to compile with rustc 1.95).
 */
class FormatStringTest {

  @Test
  void splitsTextAndPlaceholders() {
    String fmt = "Hello {}! {{x}} {0:>5} {name:?}}} end";
    assertThat(FormatString.parse(fmt))
        .containsExactly(
            new Piece.Literal("Hello "),
            new Piece.Placeholder(new Arg.Implicit(0), FormatSpec.DISPLAY, 6, 2),
            new Piece.Literal("! {x} "),
            new Piece.Placeholder(
                new Arg.Index(0),
                new FormatSpec(
                    ' ',
                    Align.RIGHT,
                    false,
                    false,
                    false,
                    false,
                    new Count.Literal(5),
                    Count.IMPLIED,
                    Trait.DISPLAY,
                    DebugHex.NONE),
                16,
                6),
            new Piece.Literal(" "),
            new Piece.Placeholder(new Arg.Named("name", 24), FormatSpec.DEBUG, 23, 8),
            new Piece.Literal("} end"))
        .inOrder();
  }

  @Test
  void textWithoutPlaceholdersIsOneLiteral() {
    assertThat(FormatString.parse("{{}}a}}")).containsExactly(new Piece.Literal("{}a}"));
    assertThat(FormatString.parse("")).isEmpty();
  }

  @Test
  void implicitArgumentsAreNumberedAfterTheirStarPrecision() {
    // format!("[{} {:.*} {} {1:0$}]", 5, 2, 1.23456, 8) prints "[5 1.23 8     2]"
    List<Piece> pieces = FormatString.parse("[{} {:.*} {} {1:0$}]");
    assertThat(placeholder(pieces, 1).arg()).isEqualTo(new Arg.Implicit(0));
    assertThat(placeholder(pieces, 3).arg()).isEqualTo(new Arg.Implicit(2));
    assertThat(placeholder(pieces, 3).spec().precision()).isEqualTo(new Count.Star(1));
    assertThat(placeholder(pieces, 5).arg()).isEqualTo(new Arg.Implicit(3));
    assertThat(placeholder(pieces, 7).arg()).isEqualTo(new Arg.Index(1));
    assertThat(placeholder(pieces, 7).spec().width()).isEqualTo(new Count.Param(0));
  }

  @Test
  void whitespaceBeforeTheClosingBraceIsAllowed() {
    // format!("[{ }] [{0 }] [{:5 }] [{x }]", ..) compiles
    for (String fmt : List.of("{ }", "{0 }", "{:5 }", "{x }", "{x\n}", "{:? }")) {
      assertThat(FormatString.parse(fmt)).hasSize(1);
    }
  }

  private static Piece.Placeholder placeholder(List<Piece> pieces, int index) {
    return (Piece.Placeholder) pieces.get(index);
  }

  private static Arguments spec(
      String fmt,
      int fill,
      Align align,
      String flags,
      Count width,
      Count precision,
      Trait trait,
      DebugHex hex) {
    return Arguments.of(
        fmt,
        new FormatSpec(
            fill,
            align,
            flags.contains("+"),
            flags.contains("-"),
            flags.contains("#"),
            flags.contains("0"),
            width,
            precision,
            trait,
            hex));
  }

  static Stream<Arguments> specs() {
    Count none = Count.IMPLIED;
    DebugHex no = DebugHex.NONE;
    return Stream.of(
        spec("{}", ' ', Align.NONE, "", none, none, Trait.DISPLAY, no),
        spec("{x:}", ' ', Align.NONE, "", none, none, Trait.DISPLAY, no),
        spec("{:>8}", ' ', Align.RIGHT, "", new Count.Literal(8), none, Trait.DISPLAY, no),
        spec("{: <3}", ' ', Align.LEFT, "", new Count.Literal(3), none, Trait.DISPLAY, no),
        spec("{:<}", ' ', Align.LEFT, "", none, none, Trait.DISPLAY, no),
        spec("{:}>4}", '}', Align.RIGHT, "", new Count.Literal(4), none, Trait.DISPLAY, no),
        spec("{:🦀^3}", 0x1F980, Align.CENTER, "", new Count.Literal(3), none, Trait.DISPLAY, no),
        spec(
            "{:*^+#012.3e}",
            '*',
            Align.CENTER,
            "+#0",
            new Count.Literal(12),
            new Count.Literal(3),
            Trait.LOWER_EXP,
            no),
        spec("{:-}", ' ', Align.NONE, "-", none, none, Trait.DISPLAY, no),
        spec("{:0$}", ' ', Align.NONE, "", new Count.Param(0), none, Trait.DISPLAY, no),
        spec("{:01$}", ' ', Align.NONE, "0", new Count.Param(1), none, Trait.DISPLAY, no),
        spec("{:00}", ' ', Align.NONE, "0", new Count.Literal(0), none, Trait.DISPLAY, no),
        spec(
            "{:w$.p$?}",
            ' ',
            Align.NONE,
            "",
            new Count.Named("w", 2),
            new Count.Named("p", 5),
            Trait.DEBUG,
            no),
        spec("{0:.}", ' ', Align.NONE, "", none, none, Trait.DISPLAY, no),
        spec("{:.*}", ' ', Align.NONE, "", none, new Count.Star(0), Trait.DISPLAY, no),
        spec("{:#?}", ' ', Align.NONE, "#", none, none, Trait.DEBUG, no),
        spec("{:x?}", ' ', Align.NONE, "", none, none, Trait.DEBUG, DebugHex.LOWER),
        spec("{:#X?}", ' ', Align.NONE, "#", none, none, Trait.DEBUG, DebugHex.UPPER),
        spec("{:x}", ' ', Align.NONE, "", none, none, Trait.LOWER_HEX, no),
        spec("{:#010X}", ' ', Align.NONE, "#0", new Count.Literal(10), none, Trait.UPPER_HEX, no),
        spec("{:b}", ' ', Align.NONE, "", none, none, Trait.BINARY, no),
        spec("{:o}", ' ', Align.NONE, "", none, none, Trait.OCTAL, no),
        spec("{:E}", ' ', Align.NONE, "", none, none, Trait.UPPER_EXP, no),
        spec("{:p}", ' ', Align.NONE, "", none, none, Trait.POINTER, no),
        spec("{:65535}", ' ', Align.NONE, "", new Count.Literal(65535), none, Trait.DISPLAY, no));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("specs")
  void parsesEveryPartOfASpec(String fmt, FormatSpec expected) {
    assertThat(Rust.spec(fmt)).isEqualTo(expected);
  }

  @Test
  void onlyTheBarePlaceholderIsPlain() {
    assertThat(Rust.spec("{}").isPlain()).isTrue();
    assertThat(Rust.spec("{x}").isPlain()).isTrue();
    assertThat(Rust.spec("{:?}").isPlain()).isFalse();
    assertThat(Rust.spec("{:5}").isPlain()).isFalse();
    assertThat(Rust.spec("{:+}").isPlain()).isFalse();
    assertThat(Rust.spec("{:.1}").isPlain()).isFalse();
    assertThat(Rust.spec("{:#?}").isPretty()).isTrue();
    assertThat(Rust.spec("{:#x}").isPretty()).isFalse();
  }
}
