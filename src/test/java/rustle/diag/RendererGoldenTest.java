package rustle.diag;

import static com.google.common.truth.Truth.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import rustle.ast.Span;

/** Renders diagnostics for the golden programs and compares with rustc 1.95's stderr byte for byte. */
class RendererGoldenTest {

  private static void assertMatchesRustc(Golden g, Diagnostic... ds) {
    assertThat(Renderer.renderAll(List.of(ds), g.file)).isEqualTo(g.rustcOutput());
  }

  @Test
  void bookE0382WithCloneSuggestion() {
    Golden g = Golden.of("src/main");
    Diagnostic d = Errors.coded("E0382", "borrow of moved value: `s1`", g.find("s1", 2),
            "value borrowed here after move")
        .withLabel(g.find("s1", 0),
            "move occurs because `s1` has type `String`, which does not implement the `Copy` trait")
        .withLabel(g.find("s1", 1), "value moved here")
        .withSuggestion("consider cloning the value if the performance cost is acceptable",
            g.after("s1", 1), ".clone()");
    assertMatchesRustc(g, d);
  }

  @Test
  void singleLabel() {
    Golden g = Golden.of("e0425");
    assertMatchesRustc(g, Errors.cannotFindValue("x", g.find("x")));
  }

  @Test
  void labelsOnDifferentLinesWithGapAndTwoDigitLineNumbers() {
    Golden g = Golden.of("e0499_gap");
    Diagnostic d = Errors.coded("E0499", "cannot borrow `v` as mutable more than once at a time",
            g.find("&mut v", 1), "second mutable borrow occurs here")
        .withLabel(g.find("&mut v", 0), "first mutable borrow occurs here")
        .withLabel(g.find("a.push", 0, 1), "first borrow later used here");
    assertMatchesRustc(g, d);
  }

  @Test
  void twoLabelsOnOneLine() {
    Golden g = Golden.of("e0308_let");
    assertMatchesRustc(g, Errors.mismatchedTypes("i32", "&str", g.find("\"a\""), g.find("i32")));
  }

  @Test
  void threeLabelsOnOneLine() {
    Golden g = Golden.of("e0499_line");
    Diagnostic d = Errors.coded("E0499", "cannot borrow `v` as mutable more than once at a time",
            g.find("&mut v", 1), "second mutable borrow occurs here")
        .withLabel(g.find("&mut v", 0), "first mutable borrow occurs here")
        .withLabel(g.find("r.push", 0, 1), "first borrow later used here");
    assertMatchesRustc(g, d);
  }

  @Test
  void noteWithoutCode() {
    Golden g = Golden.of("panic_note");
    Diagnostic d = Errors.unconditionalPanic(g.find("a[5]"),
        "index out of bounds: the length is 3 but the index is 5", true);
    assertMatchesRustc(g, d);
  }

  @Test
  void twoErrorsWithOneCode() {
    Golden g = Golden.of("e0308_two");
    assertMatchesRustc(g,
        Errors.mismatchedReturnType("i32", "&str", g.find("\"hello\""), g.find("i32")),
        Errors.mismatchedTypes("bool", "i32", g.find("a;", 0, 1), g.find("bool")));
  }

  @Test
  void twoErrorsWithTwoCodes() {
    Golden g = Golden.of("two_codes");
    // rustc resolves names before it checks types, so E0425 comes first.
    assertMatchesRustc(g,
        Errors.cannotFindValue("undefined_name", g.find("undefined_name")),
        Errors.mismatchedTypes("i32", "&str", g.find("\"a\""), g.find("i32")));
  }

  @Test
  void missingArgumentWithNoteAndInsertion() {
    Golden g = Golden.of("e0061_missing");
    assertMatchesRustc(g, Errors.missingArguments("function", 2, 1, g.find("add", 1), g.find("(1)"),
        List.of("i32"), g.find("add", 0), List.of(g.find("b: i32"))));
  }

  @Test
  void extraArgumentWithRemovalDiff() {
    Golden g = Golden.of("e0061_extra");
    int s = g.find("1, 2, 3").start();
    List<Span> args = List.of(g.span(s, s + 1), g.span(s + 3, s + 4), g.span(s + 6, s + 7));
    assertMatchesRustc(g, Errors.extraArguments("function", 2, g.find("add", 1), args,
        List.of("{integer}", "{integer}", "{integer}"), g.find("add", 0)));
  }

  @Test
  void expectedSemicolonOnNextLine() {
    Golden g = Golden.of("expected_semi");
    assertMatchesRustc(g, Errors.expectedSemicolon("let", g.find("let", 1), g.after("1", 0)));
  }

  @Test
  void expectedOneOf() {
    Golden g = Golden.of("expected_one_of");
    assertMatchesRustc(g, Errors.expectedToken(List.of("`;`", "`.`", "an operator", "`?`", "`else`"), "2",
        g.find("2"), g.after("1", 0)));
  }

  @Test
  void unexpectedClosingDelimiter() {
    Golden g = Golden.of("unexpected_close");
    assertMatchesRustc(g,
        Errors.unexpectedClosingDelimiter("}", g.find("}", 1), g.find("{"), g.find("}", 0)));
  }

  @Test
  void unclosedDelimiterAtEndOfFile() {
    Golden g = Golden.of("unclosed");
    assertMatchesRustc(g, Errors.unclosedDelimiter(g.endOfFile(), List.of(g.find("{", 0)),
        g.find("{", 1), g.find("}", 0)));
  }

  @Test
  void mismatchedClosingDelimiterHasTwoPrimarySpans() {
    Golden g = Golden.of("mismatched_close");
    assertMatchesRustc(g,
        Errors.mismatchedClosingDelimiter("}", g.find("}"), g.find("(1", 0, 1), g.find("{")));
  }

  @Test
  void tabsAndNonAsciiText() {
    Golden g = Golden.of("tabs");
    Span moved = g.find("s;", 0, 1);
    Diagnostic d = Errors.coded("E0382", "use of moved value: `s`", g.find("s;", 1, 1),
            "value used here after move")
        .withLabel(g.find("s =", 0, 1),
            "move occurs because `s` has type `String`, which does not implement the `Copy` trait")
        .withLabel(moved, "value moved here")
        .withSuggestion("consider cloning the value if the performance cost is acceptable",
            g.span(moved.end(), moved.end()), ".clone()");
    assertMatchesRustc(g, d);
  }

  @Test
  void noMethodOnStructPointsAtDefinition() {
    Golden g = Golden.of("e0599");
    assertMatchesRustc(g, Errors.noMethodOnStruct("norm", "Point", g.find("norm"), g.find("struct Point")));
  }

  @Test
  void mismatchedReturnType() {
    Golden g = Golden.of("e0308_return");
    assertMatchesRustc(g, Errors.mismatchedReturnType("i32", "&str", g.find("\"hello\""), g.find("i32")));
  }

  @Test
  void cannotFindTypeUsesE0425LikeRustc195() {
    Golden g = Golden.of("e0412");
    assertMatchesRustc(g, Errors.cannotFindType("Point", g.find("Point")));
  }

  @Test
  void cannotAddMatchesRustcUpToItsStandardLibraryListing() {
    // rustc goes on to list implementations found in the standard library's sources, which rustle
    // does not have; everything before that must match.
    Golden g = Golden.of("e0277_add");
    String ours = Renderer.render(Errors.binaryOperatorNotImplemented("+", "i32", "&str", g.find("+")), g.file);
    assertThat(g.rustcOutput()).startsWith(ours);
    assertThat(ours).endsWith("= help: the trait `Add<&str>` is not implemented for `i32`\n");
  }

  @Test
  void leftLabelHangsBelowWhenTheRightOneWouldCollide() {
    Golden g = Golden.of("pushed_label");
    Diagnostic d = Errors.mismatchedTypes("{integer}", "bool", g.find("true"))
        .withLabel(g.find("5"), "this expression has type `{integer}`");
    assertMatchesRustc(g, d);
  }

  @Test
  void threeLabelsStackWithConnectors() {
    Golden g = Golden.of("stacked_labels");
    Diagnostic d = Errors.unexpectedClosingDelimiter("}", g.find("}", 0))
        .withLabel(g.find("{"), "the nearest open delimiter")
        .withLabel(g.find("["), "the nearest open delimiter")
        .withLabel(g.find(")", 1), "missing open `(` for this delimiter")
        .withLabel(g.find("]"), "missing open `[` for this delimiter");
    assertMatchesRustc(g, d);
  }

  @Test
  void twoLabelsOnTheSamePointAndExpectedOnPreviousLine() {
    Golden g = Golden.of("same_point");
    Diagnostic syntax = Errors.expectedToken(List.of("`)`", "`,`", "`.`", "`?`", "an operator"), "2",
            g.find("2"), g.after("1", 0))
        .withLabel(g.after("1", 0), "help: missing `,`");
    assertMatchesRustc(g, syntax, Errors.cannotFindFunction("foo", g.find("foo")));
  }

  @Test
  void borrowLabelsOnFourConsecutiveLines() {
    Golden g = Golden.of("e0597");
    Diagnostic d = Errors.coded("E0597", "`x` does not live long enough", g.find("&x"),
            "borrowed value does not live long enough")
        .withLabel(g.find("x = 5", 0, 1), "binding `x` declared here")
        .withLabel(g.find("}", 0), "`x` dropped here while still borrowed")
        .withLabel(g.find("*r"), "borrow later used here");
    assertMatchesRustc(g, d);
  }
}
