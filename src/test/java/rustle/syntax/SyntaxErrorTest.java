package rustle.syntax;

import static com.google.common.truth.Truth.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import rustle.diag.Diagnostic;

/** Syntax errors in rustc's words and places (messages checked against rustc 1.95). */
class SyntaxErrorTest {
  @Test
  void unclosedDelimiterPointsAtTheEndAndLabelsEveryOpener() {
    Diagnostic d = Parse.error("fn main() {\n    if x {\n        foo(\n");
    assertThat(d.message()).isEqualTo("this file contains an unclosed delimiter");
    // rustc: --> e.rs:3:14, the end of the file after the final newline.
    assertThat(d.primary().line()).isEqualTo(3);
    assertThat(d.primary().col()).isEqualTo(14);
    assertThat(d.labels().stream().map(l -> l.span().line() + ":" + l.span().col() + " " + l.message()))
        .containsExactly("1:11 unclosed delimiter", "2:10 unclosed delimiter", "3:12 unclosed delimiter");
  }

  @Test
  void letElseAfterClosingBrace() {
    Diagnostic d = Parse.error("fn main() {\n  let x = if c { 1 } else { 2 } else { return; };\n}");
    assertThat(d.message()).isEqualTo("right curly brace `}` before `else` in a `let...else` statement not allowed");
    assertThat(d.primary().line()).isEqualTo(2);
    assertThat(d.primary().col()).isEqualTo(31);
  }

  @Test
  void strayClosingParen() {
    Diagnostic d = Parse.error("fn main() { let x = 1; }\n)");
    assertThat(d.message()).isEqualTo("unexpected closing delimiter: `)`");
    assertThat(d.primary().line()).isEqualTo(2);
    assertThat(d.primaryLabel()).isEqualTo("unexpected closing delimiter");
    assertThat(d.labels().stream().map(l -> l.message()))
        .containsExactly("this opening brace...", "...matches this closing brace");
  }

  @Test
  void mismatchedClosingDelimiter() {
    Diagnostic d = Parse.error("fn main() { let x = (1, 2; }");
    assertThat(d.message()).isEqualTo("mismatched closing delimiter: `}`");
    assertThat(d.primary().col()).isEqualTo(21);
    assertThat(d.primaryLabel()).isEqualTo("unclosed delimiter");
    assertThat(d.labels().stream().map(l -> l.span().col() + " " + l.message()))
        .containsExactly("28 mismatched closing delimiter", "11 closing delimiter possibly meant for this");
  }

  @Test
  void unterminatedStringAndComment() {
    Diagnostic s = Parse.error("fn main() { let s = \"abc; }");
    assertThat(s.code()).isEqualTo("E0765");
    assertThat(s.message()).isEqualTo("unterminated double quote string");
    assertThat(s.primary().col()).isEqualTo(21);
    Diagnostic c = Parse.error("fn main() { /* abc /* nested */ ");
    assertThat(c.code()).isEqualTo("E0758");
    assertThat(c.message()).isEqualTo("unterminated block comment");
    assertThat(c.primary().col()).isEqualTo(13);
  }

  @Test
  void nestedBlockCommentsAndDocComments() {
    Parse.ok("/* a /* b */ c */ /// doc\n//! inner\n/** d */ fn main() { /**/ /***/ let x = 1; }");
  }

  @Test
  void missingSemicolonBeforeNextLine() {
    Diagnostic d = Parse.error("fn main() {\n    let x = 5\n    let y = 6;\n}");
    assertThat(d.message()).isEqualTo("expected `;`, found keyword `let`");
    assertThat(d.primary().line()).isEqualTo(2);
    assertThat(d.primary().col()).isEqualTo(14);
    assertThat(d.helps().get(0).message()).isEqualTo("add `;` here");
    assertThat(d.labels().get(0).message()).isEqualTo("unexpected token");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiterString = " ~ ", quoteCharacter = '^', value = {
    "fn main() { let x = 5 let y = 6; } ~ expected one of `.`, `;`, `?`, `else`, or an operator, found keyword `let` ~ 23",
    "fn main() { foo(1 2); }            ~ expected one of `)`, `,`, `.`, `?`, or an operator, found `2` ~ 19",
    "fn main() { let x = ; }            ~ expected expression, found `;` ~ 21",
    "let x = 5;                         ~ expected item, found keyword `let` ~ 1",
    "fn main() { let x: = 5; }          ~ expected type, found `=` ~ 20",
    "fn main() { match x { A => 1 B => 2 } } ~ expected one of `,`, `.`, `?`, `}`, or an operator, found `B` ~ 30",
    "fn main() { let x = €; }           ~ unknown start of token: \\u{20ac} ~ 21",
    "fn main() { let x = 1 < 2 < 3; }   ~ comparison operators cannot be chained ~ 23",
    "fn main() { let x = a > > b; }     ~ expected expression, found `>` ~ 25",
    "fn fn() {}                         ~ expected identifier, found keyword `fn` ~ 4",
  })
  void messages(String src, String message, int col) {
    Diagnostic d = Parse.error(src);
    assertThat(d.message()).isEqualTo(message);
    assertThat(d.primary().col()).isEqualTo(col);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiterString = " ~ ", quoteCharacter = '^', value = {
    "async fn f() {}                           ~ async functions are not supported by rustle yet",
    "fn f() { async { 1 }; }                   ~ async blocks are not supported by rustle yet",
    "macro_rules! m { () => {} }                ~ `macro_rules!` macros are not supported by rustle yet",
    "fn f<const N: usize>() {}                 ~ const generics are not supported by rustle yet",
    "fn f<T: ?Sized>() {}                      ~ `?Sized` bounds are not supported by rustle yet",
    "fn f<T: Shape<Output = T>>() {}           ~ bindings of associated types are not supported by rustle yet",
    "fn f<I: Extend<Item = u8>>() {}           ~ bindings of associated types are not supported by rustle yet",
    "fn f(x: Box<dyn Add<u8, Output = u8>>) {} ~ bindings of associated types are not supported by rustle yet",
    "fn f(x: Box<dyn Iterator<Item = u8>>) {}  ~ bindings of associated types are not supported by rustle yet",
    "fn f() { match x { b\"ab\" => {} } }     ~ byte string literals in patterns are not supported by rustle yet",
    "fn f<T>() where Vec<T>: Clone {}          ~ `where` clauses on types other than generic parameters are not supported by rustle yet",
    "fn f() { if let Some(x) = a && b {} }     ~ `let` chains are not supported by rustle yet",
    "mod m;                                    ~ modules in separate files are not supported by rustle yet",
    "thread_local! { static X: u8 = 1; }       ~ item-position macro invocations are not supported by rustle yet",
    "fn f() { x.await; }                       ~ `.await` expressions are not supported by rustle yet",
  })
  void unsupportedSyntaxIsNamed(String src, String message) {
    assertThat(Parse.error(src).message()).isEqualTo(message);
  }

  @Test
  void selfOutsideAnImpl() {
    assertThat(Parse.error("fn f(&self) {}").message())
        .isEqualTo("`self` parameter is only allowed in associated functions");
  }

  @Test
  void onlyTheFirstSyntaxErrorIsReported() {
    assertThat(Parse.errors("fn main() { let = ; let = ; }")).hasSize(1);
  }
}
