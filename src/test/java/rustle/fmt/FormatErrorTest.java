package rustle.fmt;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Invalid format strings: rustc's first error with its message, label, note and offsets, as rustc
 * 1.95's JSON diagnostics give them for the same strings.
 */
class FormatErrorTest {

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

  private static Arguments err(
      String fmt,
      String message,
      int offset,
      int length,
      String label,
      String note,
      int secondary,
      String secondaryLabel) {
    return Arguments.of(fmt, message, offset, length, label, note, secondary, secondaryLabel);
  }

  /** Each row is rustc's first error for {@code format!(fmt, ..)}. */
  static Stream<Arguments> errors() {
    return Stream.of(
        err(
            "ab{",
            P + "expected `}` but string was terminated",
            3,
            0,
            EXPECTED,
            OPEN_NOTE,
            2,
            BRACE),
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
            P
                + "integer `99999999999999999999` does not fit into the type `u16` whose range is"
                + " `0..=65535`",
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
        err(
            "{:",
            P + "expected `}` but string was terminated",
            2,
            0,
            EXPECTED,
            OPEN_NOTE,
            0,
            BRACE),
        err(
            "{0",
            P + "expected `}` but string was terminated",
            2,
            0,
            EXPECTED,
            OPEN_NOTE,
            0,
            BRACE),
        err(
            "{:.",
            P + "expected `}` but string was terminated",
            3,
            0,
            EXPECTED,
            OPEN_NOTE,
            0,
            BRACE),
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
        err(
            "{}{",
            P + "expected `}` but string was terminated",
            3,
            0,
            EXPECTED,
            OPEN_NOTE,
            2,
            BRACE),
        err("{:0$$}", P + "expected `}`, found `$`", 4, 0, EXPECTED, OPEN_NOTE, 0, BRACE),
        err(
            "{:}<",
            P + "expected `}` but string was terminated",
            4,
            0,
            EXPECTED,
            "the character `}` is interpreted as a fill character because of the `:` that precedes"
                + " it",
            2,
            "this is not interpreted as a formatting closing brace"),
        err(
            "{:}<5 x",
            P + "expected `}`, found `x`",
            6,
            0,
            EXPECTED,
            "the character `}` is interpreted as a fill character because of the `:` that precedes"
                + " it",
            2,
            "this is not interpreted as a formatting closing brace"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("errors")
  void reportsRustcsFirstError(
      String fmt,
      String message,
      int offset,
      int length,
      String label,
      String note,
      int secondary,
      String secondaryLabel) {
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
