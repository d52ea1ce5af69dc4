package rustle.interp;

import rustle.ast.Expr;
import rustle.check.LocalVar;
import rustle.check.Res;

/**
 * Decides whether a value can be built directly into an assignment's destination. A right-hand side
 * that reads the destination ({@code p = P { x: p.y, y: p.x }}) or may reach it through a call
 * ({@code p = p.swapped()}) is built into a scratch slot first, then copied (docs/evaluator.md,
 * "Building into a destination"). Only right-hand sides made of literals, arithmetic, aggregates and
 * reads of other locals go straight in: the common case pays nothing.
 */
public final class Aliasing {
  private Aliasing() {}

  /** Whether the value of rhs may be written straight into the place target. */
  public static boolean directOk(FnCompiler f, Expr target, Expr rhs) {
    LocalVar root = root(f, target);
    return root != null && !f.isCaptured(root) && pure(f, rhs, root);
  }

  /** The local a place expression projects from without any deref, or null. */
  private static LocalVar root(FnCompiler f, Expr e) {
    while (true) {
      if (e instanceof Expr.PathExpr p) return f.t.res[p.id()] instanceof Res.Local l ? l.var() : null;
      if (e instanceof Expr.Field fe) {
        if (f.t.derefs[fe.id()] != 0) return null;
        e = fe.receiver();
      } else if (e instanceof Expr.TupleField tf) {
        if (f.t.derefs[tf.id()] != 0) return null;
        e = tf.receiver();
      } else {
        return null;
      }
    }
  }

  /** Literals, arithmetic, aggregates and reads of locals other than root (no calls, no derefs). */
  private static boolean pure(FnCompiler f, Expr e, LocalVar root) {
    if (e instanceof Expr.Lit) return true;
    if (e instanceof Expr.PathExpr p) {
      Object r = f.t.res[p.id()];
      if (r instanceof Res.Local l) return l.var() != root && !f.isCaptured(l.var());
      return true;
    }
    if (e instanceof Expr.Field fe) return f.t.derefs[fe.id()] == 0 && pure(f, fe.receiver(), root);
    if (e instanceof Expr.TupleField tf) return f.t.derefs[tf.id()] == 0 && pure(f, tf.receiver(), root);
    if (e instanceof Expr.Binary b) return pure(f, b.left(), root) && pure(f, b.right(), root);
    if (e instanceof Expr.Unary u) return u.op() != Expr.UnOp.DEREF && pure(f, u.operand(), root);
    if (e instanceof Expr.Cast c) return pure(f, c.operand(), root);
    if (e instanceof Expr.Tuple t) return all(f, t.elems(), root);
    if (e instanceof Expr.Array a) return all(f, a.elems(), root);
    if (e instanceof Expr.StructLit s) {
      for (Expr.FieldInit fi : s.fields()) if (!pure(f, fi.value(), root)) return false;
      return s.base() == null || pure(f, s.base(), root);
    }
    return false;
  }

  private static boolean all(FnCompiler f, java.util.List<Expr> es, LocalVar root) {
    for (Expr x : es) if (!pure(f, x, root)) return false;
    return true;
  }
}
