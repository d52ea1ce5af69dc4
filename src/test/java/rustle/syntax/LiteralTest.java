package rustle.syntax;

import static com.google.common.truth.Truth.assertThat;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import rustle.ast.Expr;
import rustle.diag.Diagnostic;

/** Number, char, byte and string literals: values, suffixes, escapes, and rustc's lexical errors. */
class LiteralTest {
  private static Expr lit(String src) {
    return Parse.expr(src);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiterString = " ~ ", quoteCharacter = '`', value = {
    "42              ~ 42      ~ ",
    "1_000_000       ~ 1000000 ~ ",
    "0xff_u8         ~ 255     ~ u8",
    "0o17            ~ 15      ~ ",
    "0b1010_1010     ~ 170     ~ ",
    "7usize          ~ 7       ~ usize",
    "0xFFi64         ~ 255     ~ i64",
    "340282366920938463463374607431768211455u128 ~ 340282366920938463463374607431768211455 ~ u128",
  })
  void integers(String src, String value, String suffix) {
    Expr.IntLit i = (Expr.IntLit) lit(src);
    assertThat(i.value()).isEqualTo(new BigInteger(value));
    assertThat(i.suffix()).isEqualTo(suffix);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiterString = " ~ ", quoteCharacter = '`', value = {
    "1.5             ~ 1.5       ~ ",
    "1e10            ~ 1.0E10    ~ ",
    "2.5E-3          ~ 0.0025    ~ ",
    "1_000.000_1f32  ~ 1000.0001 ~ f32",
    "3f64            ~ 3.0       ~ f64",
    "1.              ~ 1.0       ~ ",
  })
  void floats(String src, double value, String suffix) {
    Expr.FloatLit f = (Expr.FloatLit) lit(src);
    assertThat(f.value()).isEqualTo(value);
    assertThat(f.suffix()).isEqualTo(suffix);
  }

  @Test
  void stringEscapesAndContinuation() {
    Expr.StrLit s = (Expr.StrLit) lit("\"a\\\n             b\\tc\\\\\\\"\\'\\0\\x41\\u{1F980}\"");
    // rustc prints this string as "ab\tc\\\"'\0A🦀" with len() 13.
    assertThat(s.value()).isEqualTo("ab\tc\\\"'\0A\uD83E\uDD80");
    assertThat(s.value().getBytes(java.nio.charset.StandardCharsets.UTF_8)).hasLength(13);
  }

  @Test
  void rawStrings() {
    assertThat(((Expr.StrLit) lit("r#\"raw \"quoted\" \\n\"#")).value()).isEqualTo("raw \"quoted\" \\n");
    assertThat(((Expr.StrLit) lit("r\"a\\b\"")).value()).isEqualTo("a\\b");
    assertThat(((Expr.StrLit) lit("\"line\r\nbreak\"")).value()).isEqualTo("line\nbreak");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiterString = " ~ ", quoteCharacter = '`', value = {
    "'a'          ~ 97",
    "'\\''        ~ 39",
    "'\"'         ~ 34",
    "'\\\\'       ~ 92",
    "'\\n'        ~ 10",
    "'\\0'        ~ 0",
    "'\\x7f'      ~ 127",
    "'\\u{1F980}' ~ 129408",
    "'é'          ~ 233",
    "'🦀'         ~ 129408",
  })
  void chars(String src, int value) {
    assertThat(((Expr.CharLit) lit(src)).value()).isEqualTo(value);
  }

  @Test
  void bytesAndBools() {
    assertThat(((Expr.ByteLit) lit("b'a'")).value()).isEqualTo(97);
    assertThat(((Expr.ByteLit) lit("b'\\xff'")).value()).isEqualTo(255);
    assertThat(((Expr.BoolLit) lit("true")).value()).isTrue();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiterString = " ~ ", quoteCharacter = '`', value = {
    "999999999999999999999999999999999999999999   ~ integer literal is too large",
    "340282366920938463463374607431768211456u128  ~ integer literal is too large",
    "1xyz                                         ~ invalid suffix `xyz` for number literal",
    "1.5e3q                                       ~ invalid suffix `q` for float literal",
    "0b102                                        ~ invalid digit for a base 2 literal",
    "0o8                                          ~ invalid digit for a base 8 literal",
    "0x                                           ~ no valid digits found for number",
    "\"\\q\"                                      ~ unknown character escape: `q`",
    "'\\x80'                                      ~ out of range hex escape",
    "\"\\x4\"                                     ~ numeric character escape is too short",
    "'\\u{D800}'                                  ~ invalid unicode character escape",
    "\"\\u{110000}\"                              ~ invalid unicode character escape",
    "b'\\u{41}'                                   ~ unicode escape in byte string",
    "b'é'                                         ~ non-ASCII character in byte literal",
    "'ab'                                         ~ character literal may only contain one codepoint",
    "x.0u8                                        ~ suffixes on a tuple index are invalid",
  })
  void lexicalErrors(String src, String message) {
    Diagnostic d = Parse.error("fn f() { " + src + "; }");
    assertThat(d.message()).isEqualTo(message);
  }

  @Test
  void tooLargeLiteralNotesTheLimit() {
    Diagnostic d = Parse.error("fn f() { 99999999999999999999999999999999999999999; }");
    assertThat(d.notes()).containsExactly("value exceeds limit of `340282366920938463463374607431768211455`");
    assertThat(d.primary().col()).isEqualTo(10);
  }
}
