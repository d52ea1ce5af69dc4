package rustle.diag;

import static com.google.common.truth.Truth.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import rustle.ast.Span;

/** Renderer behaviour beyond the rustc goldens; expected texts are rustc 1.95 output. */
class RendererTest {

  @Test
  void diagnosticWithoutSpanKeepsTheGutterForItsNote() {
    // rustc on an empty file: error[E0601] with a note and no code window.
    Diagnostic d = Errors.coded("E0601", "`main` function not found in crate `empty`", null, null)
        .withNote("consider adding a `main` function to `empty.rs`");
    assertThat(Renderer.render(d, new SourceFile("empty.rs", ""))).isEqualTo("""
        error[E0601]: `main` function not found in crate `empty`
          |
          = note: consider adding a `main` function to `empty.rs`
        """);
  }

  @Test
  void warningsAreCountedWithoutAborting() {
    SourceFile f = new SourceFile("w.rs", "fn main() { let x = 1; }\n");
    Span x = new Span(16, 17, 1, 17, 1, 18);
    Diagnostic w = Errors.error("unused variable: `x`", x,
            "help: if this is intentional, prefix it with an underscore: `_x`")
        .withLevel(Diagnostic.Level.WARNING)
        .withNote("`#[warn(unused_variables)]` (part of `#[warn(unused)]`) on by default");
    assertThat(Renderer.renderAll(List.of(w), f)).isEqualTo("""
        warning: unused variable: `x`
         --> w.rs:1:17
          |
        1 | fn main() { let x = 1; }
          |                 ^ help: if this is intentional, prefix it with an underscore: `_x`
          |
          = note: `#[warn(unused_variables)]` (part of `#[warn(unused)]`) on by default

        warning: 1 warning emitted

        """);
  }

  @Test
  void errorsAndWarningsAreCountedTogether() {
    SourceFile f = new SourceFile("a.rs", "x\n");
    Span s = new Span(0, 1, 1, 1, 1, 2);
    Diagnostic e = Errors.error("e", s, null);
    Diagnostic w = Errors.error("w", s, null).withLevel(Diagnostic.Level.WARNING);
    assertThat(Renderer.renderAll(List.of(e, w, w), f))
        .endsWith("error: aborting due to 1 previous error; 2 warnings emitted\n\n");
  }

  @Test
  void onlyCodesWithAnExplanationArePointedTo() {
    // rustc likewise only names codes that its registry can explain.
    SourceFile f = new SourceFile("a.rs", "x\n");
    Span s = new Span(0, 1, 1, 1, 1, 2);
    String out = Renderer.renderAll(List.of(Errors.coded("E0601", "m", s, null)), f);
    assertThat(out).endsWith("error: aborting due to 1 previous error\n\n");
  }

  @Test
  void multiLineNotesAndHelpsAreIndentedLikeRustc() {
    // Indentation as in rustc's E0277 output for `s[0]` on a String (gutter 1, ten spaces).
    SourceFile f = new SourceFile("a.rs", "fn main() {}\n");
    Diagnostic d = Errors.coded("E0308", "first", null, null)
        .withNote("expected type `i32`\n   found type `&str`")
        .withHelp("try this\nor that");
    assertThat(Renderer.render(d, f)).isEqualTo("""
        error[E0308]: first
          |
          = note: expected type `i32`
                     found type `&str`
          = help: try this
                  or that
        """);
  }

  @Test
  void spanPastTheEndOfItsLineIsDrawnJustAfterTheLastCharacter() {
    // rustc: `fn f( {}` then EOF, reported at 2:14 on a 12-character line.
    SourceFile f = new SourceFile("s.rs", "fn f( {}\nfn main() {}\n");
    Diagnostic d = Errors.unclosedDelimiter(new Span(22, 22, 2, 14, 2, 14), List.of(new Span(4, 5, 1, 5, 1, 6)));
    assertThat(Renderer.render(d, f)).isEqualTo("""
        error: this file contains an unclosed delimiter
         --> s.rs:2:14
          |
        1 | fn f( {}
          |     - unclosed delimiter
        2 | fn main() {}
          |             ^
        """);
  }
}
