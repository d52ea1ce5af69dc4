package rustle.borrowck;

import rustle.ast.Expr;
import rustle.check.Tables;

/**
 * rustc's promotion of constant rvalues: a borrowed expression made only of literals, arrays, tuples
 * and arithmetic that cannot panic ({@code &[1, 2, 3]}, {@code [1, 2].iter()}, {@code &-5}) is evaluated
 * at compile time into a static, so the borrow lives as long as the program.
 */
final class Promotion {
  private Promotion() {}

  static boolean promotable(Expr e, Tables t) {
    if (e instanceof Expr.Lit) return true;
    if (e instanceof Expr.Unary u) return u.op() != Expr.UnOp.DEREF && promotable(u.operand(), t);
    if (e instanceof Expr.Array a) {
      for (Expr x : a.elems()) if (!promotable(x, t)) return false;
      return true;
    }
    if (e instanceof Expr.Tuple tu) {
      for (Expr x : tu.elems()) if (!promotable(x, t)) return false;
      return true;
    }
    if (e instanceof Expr.ArrayRepeat r) return promotable(r.value(), t) && r.count() instanceof Expr.IntLit;
    if (e instanceof Expr.Binary b) {
      // Division and remainder may panic at run time: rustc does not promote them.
      if (b.op() == Expr.BinOp.DIV || b.op() == Expr.BinOp.REM) return false;
      if (b.op() == Expr.BinOp.AND || b.op() == Expr.BinOp.OR) return false;
      return promotable(b.left(), t) && promotable(b.right(), t);
    }
    return false;
  }
}
