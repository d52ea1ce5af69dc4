package rustle.fmt;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
 * Parsing format strings: pieces, escapes, argument numbering, every part of a spec, and rustc's
 * errors with their offsets (taken from rustc 1.95's JSON diagnostics for the same strings).
 */
class FormatStringTest {

  private static final String P = "invalid format string: ";
  private static final String EXPECTED = "expected `}` in format string";
  private static final String BRACE = "because of this opening brace";
  private static final String UNMATCHED = "unmatched `}` in format string";
  private static final String OPEN_NOTE =
      "if you intended to print `{`, you can escape it using `{{`";
  private static final String CLOSE_NOTE =
      "if you intended to print `}`, you can escape it using `}}`";
  private static final String MOVE_NOTE =
      "consider moving this expression to a local variable and then using the local here instead";
  private static final String TRAITS_NOTE =
      "the only appropriate formatting traits are:\n"
          + "- ``, which uses the `Display` trait\n"
          + "- `?`, which uses the `Debug` trait\n"
          + "- `e`, which uses the `LowerExp` trait\n"
          + "- `E`, which uses the `UpperExp` trait\n"
          + "- `o`, which uses the `Octal` trait\n"
          + "- `p`, which uses the `Pointer` trait\n"
          + "- `b`, which uses the `Binary` trait\n"
          + "- `x`, which uses the `LowerHex` trait\n"
          + "- `X`, which uses the `UpperHex` trait";

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
                    ' ', Align.RIGHT, false, false, false, false, new Count.Literal(5),
                    Count.IMPLIED, Trait.DISPLAY, DebugHex.NONE),
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
      String fmt, int fill, Align align, String flags, Count width, Count precision, Trait trait,
      DebugHex hex) {
    return Arguments.of(
        fmt,
        new FormatSpec(
            fill, align, flags.contains("+"), flags.contains("-"), flags.contains("#"),
            flags.contains("0"), width, precision, trait, hex));
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
            "{:*^+#012.3e}", '*', Align.CENTER, "+#0", new Count.Literal(12), new Count.Literal(3),
            Trait.LOWER_EXP, no),
        spec("{:-}", ' ', Align.NONE, "-", none, none, Trait.DISPLAY, no),
        spec("{:0$}", ' ', Align.NONE, "", new Count.Param(0), none, Trait.DISPLAY, no),
        spec("{:01$}", ' ', Align.NONE, "0", new Count.Param(1), none, Trait.DISPLAY, no),
        spec("{:00}", ' ', Align.NONE, "0", new Count.Literal(0), none, Trait.DISPLAY, no),
        spec(
            "{:w$.p$?}", ' ', Align.NONE, "", new Count.Named("w", 2), new Count.Named("p", 5),
            Trait.DEBUG, no),
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

  private static Arguments err(
      String fmt, String message, int offset, int length, String label, String note,
      int secondary, String secondaryLabel) {
    return Arguments.of(fmt, message, offset, length, label, note, secondary, secondaryLabel);
  }

  /** Each row is rustc's first error for {@code format!(fmt, ..)}. */
  static Stream<Arguments> errors() {
    return Stream.of(
      err("ab{", P + "expected `}` but string was terminated", 3, 0, EXPECTED, OPEN_NOTE, 2, BRACE),
      err("ab}c", P + "unmatched `}` found", 2, 1, UNMATCHED, CLOSE_NOTE, -1, null),
      err("{:z}", "unknown format trait `z`", 2, 1, null, TRAITS_NOTE, -1, null),
      err("{x y}", P + "expected `}`, found `y`", 3, 0, EXPECTED, OPEN_NOTE, 0, BRACE),
      err("{:x y}", P + "expected `}`, found `y`", 4, 0, EXPECTED, OPEN_NOTE, 0, BRACE),
      err("{:1$$}", P + "expected `}`, found `$`", 4, 0, EXPECTED, OPEN_NOTE, 0, BRACE),
      err(
          "{_}",
          P + "invalid argument name `_`",
          1,
          1,
          "invalid argument name in format string",
          "argument name cannot be a single underscore",
          -1,
          null),
      err(
          "{:>>>}",
          P + "expected alignment specifier after `:` in format string; example: `{:>?}`",
          4,
          1,
          "expected `>` to occur after `:` in format string",
          null,
          -1,
          null),
      err("{ x }", P + "expected `}`, found `x`", 2, 0, EXPECTED, OPEN_NOTE, 0, BRACE),
      err("{:+-}", P + "expected `}`, found `-`", 3, 0, EXPECTED, OPEN_NOTE, 0, BRACE),
      err(
          "{:99999999999999999999}",
          P + "integer `99999999999999999999` does not fit into the type `u16` whose range is `0..=65535`",
          2,
          21,
          "integer out of range for `u16` in format string",
          null,
          -1,
          null),
      err("{0x}", P + "expected `}`, found `x`", 2, 0, EXPECTED, OPEN_NOTE, 0, BRACE),
      err("{:{}}", P + "expected `}`, found `{`", 2, 0, EXPECTED, OPEN_NOTE, 0, BRACE),
      err("{", P + "expected `}` but string was terminated", 1, 0, EXPECTED, OPEN_NOTE, 0, BRACE),
      err("}", P + "unmatched `}` found", 0, 1, UNMATCHED, CLOSE_NOTE, -1, null),
      err("{:", P + "expected `}` but string was terminated", 2, 0, EXPECTED, OPEN_NOTE, 0, BRACE),
      err("{0", P + "expected `}` but string was terminated", 2, 0, EXPECTED, OPEN_NOTE, 0, BRACE),
      err("{:.", P + "expected `}` but string was terminated", 3, 0, EXPECTED, OPEN_NOTE, 0, BRACE),
      err(
          "{:?x}",
          P + "expected `}`, found `x`",
          3,
          1,
          "expected `'}'` in format string",
          null,
          -1,
          null),
      err(
          "{:?#}",
          P + "expected `}`, found `#`",
          3,
          1,
          "expected `'}'` in format string",
          null,
          -1,
          null),
      err(
          "{x.0}",
          P + "tuple index access isn't supported",
          1,
          3,
          "not supported in format string",
          MOVE_NOTE,
          -1,
          null),
      err(
          "{x.field}",
          P + "field access isn't supported",
          1,
          7,
          "not supported in format string",
          MOVE_NOTE,
          -1,
          null),
      err(
          "{x.field:?}",
          P + "field access isn't supported",
          1,
          7,
          "not supported in format string",
          MOVE_NOTE,
          -1,
          null),
      err("{x::y}", P + "expected `}`, found `:`", 3, 0, EXPECTED, OPEN_NOTE, 0, BRACE),
      err("{x[0]}", P + "expected `}`, found `[`", 2, 0, EXPECTED, OPEN_NOTE, 0, BRACE),
      err(
          "{:<5<}",
          P + "expected alignment specifier after `:` in format string; example: `{:>?}`",
          4,
          1,
          "expected `<` to occur after `:` in format string",
          null,
          -1,
          null),
      err("{:}}", P + "unmatched `}` found", 3, 1, UNMATCHED, CLOSE_NOTE, -1, null),
      err("{:1.2.3}", P + "expected `}`, found `.`", 5, 0, EXPECTED, OPEN_NOTE, 0, BRACE),
      err(
          "{:_}",
          P + "invalid argument name `_`",
          2,
          1,
          "invalid argument name in format string",
          "argument name cannot be a single underscore",
          -1,
          null),
      err("{:.x$y}", "unknown format trait `y`", 5, 1, null, TRAITS_NOTE, -1, null),
      err(
          "{x?}",
          P + "expected `}`, found `?`",
          2,
          1,
          "expected `:` before `?` to format with `Debug` in format string",
          "to print `{`, you can escape it using `{{`",
          -1,
          null),
      err(
          "{x,}",
          P + "python's numeric grouping `,` is not supported in rust format strings",
          2,
          1,
          EXPECTED,
          "to print `{`, you can escape it using `{{`",
          0,
          BRACE),
      err(
          "{x=}",
          P + "python's f-string debug `=` is not supported in rust, use `dbg(x)` instead",
          2,
          1,
          EXPECTED,
          "to print `{`, you can escape it using `{{`",
          0,
          BRACE),
      err(
          "{?:x}",
          P + "expected format parameter to occur after `:`",
          1,
          1,
          "expected `?` to occur after `:` in format string",
          "`?` comes after `:`, try `x:?` instead",
          -1,
          null),
      err(
          "{r#x}",
          P + "raw identifiers are not supported",
          1,
          3,
          "raw identifier used here in format string",
          "identifiers in format strings can be keywords and don't need to be prefixed with `r#`",
          -1,
          null),
      err("{:\u00e9}", "unknown format trait `\u00e9`", 2, 1, null, TRAITS_NOTE, -1, null),
      err("{:xyz}", P + "expected `}`, found `y`", 3, 0, EXPECTED, OPEN_NOTE, 0, BRACE),
      err("{:a}}", P + "unmatched `}` found", 4, 1, UNMATCHED, CLOSE_NOTE, -1, null),
      err("{}{", P + "expected `}` but string was terminated", 3, 0, EXPECTED, OPEN_NOTE, 2, BRACE),
      err("{:0$$}", P + "expected `}`, found `$`", 4, 0, EXPECTED, OPEN_NOTE, 0, BRACE),
      err(
          "{:}<",
          P + "expected `}` but string was terminated",
          4,
          0,
          EXPECTED,
          "the character `}` is interpreted as a fill character because of the `:` that precedes it",
          2,
          "this is not interpreted as a formatting closing brace"),
      err(
          "{:}<5 x",
          P + "expected `}`, found `x`",
          6,
          0,
          EXPECTED,
          "the character `}` is interpreted as a fill character because of the `:` that precedes it",
          2,
          "this is not interpreted as a formatting closing brace")
    );
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("errors")
  void reportsRustcsFirstError(
      String fmt, String message, int offset, int length, String label, String note,
      int secondary, String secondaryLabel) {
    FormatError e = assertThrows(FormatError.class, () -> FormatString.parse(fmt));
    assertThat(e.getMessage()).isEqualTo(message);
    assertThat(e.offset()).isEqualTo(offset);
    assertThat(e.length()).isEqualTo(length);
    assertThat(e.label()).isEqualTo(label);
    assertThat(e.note()).isEqualTo(note);
    assertThat(e.secondaryOffset()).isEqualTo(secondary);
    assertThat(e.secondaryLabel()).isEqualTo(secondaryLabel);
  }

  @Test
  void offsetsCountCharsOfTheStringValue() {
    // format!("a\n{") points at the end of the string and at the brace after the newline.
    FormatError e = assertThrows(FormatError.class, () -> FormatString.parse("a\n{"));
    assertThat(e.offset()).isEqualTo(3);
    assertThat(e.secondaryOffset()).isEqualTo(2);
  }
}
