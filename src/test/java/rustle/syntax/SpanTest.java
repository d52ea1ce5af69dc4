package rustle.syntax;

import static com.google.common.truth.Truth.assertThat;

import org.junit.jupiter.api.Test;
import rustle.ast.Expr;
import rustle.ast.Item;
import rustle.ast.Span;
import rustle.ast.Stmt;

/** Spans: char offsets into the source, 1-based lines, and columns counted in code points as rustc does. */
class SpanTest {
  private static final String SRC =
      "fn main() {\n    let s = \"é🦀\"; let t = x + y;\n    foo(1,\n        2);\n}\n";

  private static Expr.Block body() {
    return ((Item.FnItem) Parse.ok(SRC).items().get(0)).body();
  }

  @Test
  void statementAndExpressionSpans() {
    Stmt.LetStmt s = (Stmt.LetStmt) body().stmts().get(0);
    assertThat(s.span()).isEqualTo(new Span(16, 30, 2, 5, 2, 18));
    assertThat(SRC.substring(s.span().start(), s.span().end())).isEqualTo("let s = \"é🦀\";");
    // The crab is two Java chars but one column.
    assertThat(s.init().span()).isEqualTo(new Span(24, 29, 2, 13, 2, 17));
    Stmt.LetStmt t = (Stmt.LetStmt) body().stmts().get(1);
    assertThat(t.pattern().span()).isEqualTo(new Span(35, 36, 2, 23, 2, 24));
    assertThat(t.init().span()).isEqualTo(new Span(39, 44, 2, 27, 2, 32));
  }

  @Test
  void multiLineSpans() {
    Stmt.ExprStmt call = (Stmt.ExprStmt) body().stmts().get(2);
    assertThat(call.expr().span()).isEqualTo(new Span(50, 67, 3, 5, 4, 11));
    assertThat(call.span().endCol()).isEqualTo(12);
    Item.FnItem main = (Item.FnItem) Parse.ok(SRC).items().get(0);
    assertThat(main.span()).isEqualTo(new Span(0, 70, 1, 1, 5, 2));
    assertThat(main.nameSpan()).isEqualTo(new Span(3, 7, 1, 4, 1, 8));
  }

  @Test
  void binaryOperandsKeepTheirParentheses() {
    Expr e = Parse.expr("(a + b) * c");
    assertThat(e.span().col()).isEqualTo(1);
    assertThat(e.span().endCol()).isEqualTo(12);
  }

  @Test
  void tupleFieldsSplitFromOneFloatToken() {
    Expr.TupleField outer = (Expr.TupleField) Parse.expr("x.0.1");
    Expr.TupleField inner = (Expr.TupleField) outer.receiver();
    assertThat(inner.indexSpan().col()).isEqualTo(3);
    assertThat(outer.indexSpan().col()).isEqualTo(5);
    assertThat(inner.span().endCol()).isEqualTo(4);
    assertThat(outer.span().endCol()).isEqualTo(6);
  }

  @Test
  void methodNameSpan() {
    Expr.MethodCall m = (Expr.MethodCall) Parse.expr("v.push(1)");
    assertThat(m.nameSpan().col()).isEqualTo(3);
    assertThat(m.nameSpan().endCol()).isEqualTo(7);
  }
}
