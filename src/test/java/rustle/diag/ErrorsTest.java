package rustle.diag;

import static com.google.common.truth.Truth.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import rustle.ast.Span;

/** Wording of the constructors that the goldens do not cover; expected texts are rustc 1.95's. */
class ErrorsTest {

  @Test
  void tokensAreDescribedAsRustcDoes() {
    assertThat(Errors.describeToken("true")).isEqualTo("keyword `true`");
    assertThat(Errors.describeToken("try")).isEqualTo("reserved keyword `try`");
    assertThat(Errors.describeToken("gen")).isEqualTo("`gen`");
    assertThat(Errors.describeToken("2")).isEqualTo("`2`");
  }

  @Test
  void expectedTokensAreSortedAndJoinedWithOr() {
    assertThat(Errors.tokenList(List.of("an operator", "`;`", "`.`", "`;`")))
        .isEqualTo("`.`, `;`, or an operator");
    assertThat(Errors.tokenList(List.of("`}`", "`,`"))).isEqualTo("`,` or `}`");
  }

  @Test
  void typesInExpectedFoundLabels() {
    assertThat(Errors.mismatchedTypes("bool", "{integer}", Span.NONE).primaryLabel())
        .isEqualTo("expected `bool`, found integer");
    assertThat(Errors.mismatchedTypes("i32", "{float}", Span.NONE).primaryLabel())
        .isEqualTo("expected `i32`, found floating-point number");
  }

  @Test
  void threeMissingArguments() {
    SourceFile f = new SourceFile("s.rs", "fn f(a: i32, b: i32, c: i32) {}\nfn main() {\n    f();\n}\n");
    Golden g = golden(f);
    Diagnostic d = Errors.missingArguments("function", 3, 0, g.find("f()", 0, 1), g.find("()", 1),
        List.of("i32", "i32", "i32"), g.find("f(", 0, 1),
        List.of(g.find("a: i32"), g.find("b: i32"), g.find("c: i32")));
    assertThat(Renderer.render(d, f)).isEqualTo("""
        error[E0061]: this function takes 3 arguments but 0 arguments were supplied
         --> s.rs:3:5
          |
        3 |     f();
          |     ^-- three arguments of type `i32`, `i32`, and `i32` are missing
          |
        note: function defined here
         --> s.rs:1:4
          |
        1 | fn f(a: i32, b: i32, c: i32) {}
          |    ^ ------  ------  ------
        help: provide the arguments
          |
        3 |     f(/* i32 */, /* i32 */, /* i32 */);
          |       +++++++++++++++++++++++++++++++
        """);
  }

  @Test
  void manyMissingArgumentsAreNotCounted() {
    Diagnostic d = Errors.missingArguments("function", 4, 0, Span.NONE, new Span(1, 3, 1, 2, 1, 4),
        List.of("i32", "i32", "i32", "i32"), null, List.of());
    assertThat(d.labels().get(0).message()).isEqualTo("multiple arguments are missing");
  }

  @Test
  void extraArgumentToFunctionWithoutParameters() {
    SourceFile f = new SourceFile("s.rs", "fn f() {}\nfn main() {\n    f(1);\n}\n");
    Golden g = golden(f);
    Diagnostic d = Errors.extraArguments("function", 0, g.find("f(1", 0, 1), List.of(g.find("1")),
        List.of("{integer}"), g.find("f(", 0, 1));
    assertThat(Renderer.render(d, f)).isEqualTo("""
        error[E0061]: this function takes 0 arguments but 1 argument was supplied
         --> s.rs:3:5
          |
        3 |     f(1);
          |     ^ - unexpected argument of type `{integer}`
          |
        note: function defined here
         --> s.rs:1:4
          |
        1 | fn f() {}
          |    ^
        help: remove the extra argument
          |
        3 -     f(1);
        3 +     f();
          |
        """);
  }

  @Test
  void multiLineSpanIsDrawnOnItsFirstLineOnly() {
    // A documented simplification: rustc would draw the span down to its last line.
    SourceFile f = new SourceFile("m.rs", "fn main() {\n    let x = (1,\n        2);\n}\n");
    Golden g = golden(f);
    Span tuple = g.span(g.find("(1").start(), g.find("2)").end());
    assertThat(Renderer.render(Errors.error("m", tuple, "here"), f)).isEqualTo("""
        error: m
         --> m.rs:2:13
          |
        2 |     let x = (1,
          |             ^^^ here
        """);
  }

  private static Golden golden(SourceFile f) {
    return Golden.inMemory(f);
  }
}
