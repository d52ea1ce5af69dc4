package rustle.syntax;

import static com.google.common.truth.Truth.assertWithMessage;

import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.function.Consumer;
import rustle.ast.Crate;
import rustle.ast.Expr;
import rustle.ast.Item;
import rustle.ast.Node;
import rustle.ast.Stmt;
import rustle.diag.Diagnostic;
import rustle.diag.SourceFile;

/** Test shorthands: parse source that must be valid, or collect the diagnostics of invalid source. */
final class Parse {
  private Parse() {}

  static ParseResult result(String src) {
    return Parser.parse(new SourceFile("test.rs", src));
  }

  static Crate ok(String src) {
    ParseResult r = result(src);
    assertWithMessage("errors parsing:\n%s", src).that(r.errors()).isEmpty();
    return r.crate();
  }

  /** The body of {@code fn f() { src }}. */
  static Expr.Block body(String src) {
    return ((Item.FnItem) ok("fn f() {\n" + src + "\n}").items().get(0)).body();
  }

  /** The expression written as the whole body of a function. */
  static Expr expr(String src) {
    Expr.Block b = body(src);
    if (b.tail() != null) return b.tail();
    return ((Stmt.ExprStmt) b.stmts().get(b.stmts().size() - 1)).expr();
  }

  static String sexp(String exprSrc) {
    return Sexp.of(expr(exprSrc));
  }

  static String block(String src) {
    return Sexp.of(body(src));
  }

  static Diagnostic error(String src) {
    ParseResult r = result(src);
    assertWithMessage("expected an error parsing:\n%s", src).that(r.errors()).isNotEmpty();
    return r.errors().get(0);
  }

  static List<Diagnostic> errors(String src) {
    return result(src).errors();
  }

  /** Every AST node reachable from a record, lists included. */
  static void walk(Object o, Consumer<Node> visit) {
    if (o instanceof List<?> l) {
      for (Object x : l) walk(x, visit);
      return;
    }
    if (o == null || !o.getClass().isRecord()) return;
    if (o instanceof Node n) visit.accept(n);
    try {
      for (RecordComponent c : o.getClass().getRecordComponents()) walk(c.getAccessor().invoke(o), visit);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }
}
