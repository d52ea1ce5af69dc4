package rustle.lint;

import rustle.ast.Expr;
import rustle.ast.Stmt;

/** Whether a {@code loop} is left by a {@code break} (else the code after it is unreachable). */
final class Breaks {
  private Breaks() {}

  static boolean targets(Expr.Loop loop) {
    return in(loop.body(), loop.label(), !loop.labeledBlock());
  }

  /** Whether e holds a break of the loop labeled label; unlabeled ones count while innermost. */
  private static boolean in(Expr e, String label, boolean innermost) {
    if (e == null || e instanceof Expr.Closure) return false;
    if (e instanceof Expr.Break b) {
      if (b.label() == null ? innermost : b.label().equals(label)) return true;
      return in(b.value(), label, innermost);
    }
    boolean inner = innermost && !(e instanceof Expr.Loop || e instanceof Expr.While || e instanceof Expr.For);
    boolean[] found = {false};
    Children.of(e, x -> found[0] |= in(x, label, inner), p -> {}, b -> found[0] |= block(b, label, inner));
    return found[0];
  }

  private static boolean block(Expr.Block b, String label, boolean innermost) {
    for (Stmt s : b.stmts()) {
      if (s instanceof Stmt.LetStmt l && (in(l.init(), label, innermost) || in(l.elseBlock(), label, innermost))) return true;
      if (s instanceof Stmt.ExprStmt x && in(x.expr(), label, innermost)) return true;
    }
    return in(b.tail(), label, innermost);
  }
}
