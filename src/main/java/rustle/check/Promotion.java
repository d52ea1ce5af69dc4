package rustle.check;

import rustle.ast.Expr;
import rustle.types.Prim;
import rustle.types.Ty;

/**
 * rustc's promotion of constant rvalues: a borrowed expression made only of literals, arrays, tuples,
 * constructors of types without a Drop impl, constants, statics and arithmetic that cannot panic
 * ({@code &[1, 2, 3]}, {@code [1, 2].iter()}, {@code &-5}, {@code &Some(5)}) is evaluated at compile time
 * into a static, so the borrow lives as long as the program. The borrow checker and the evaluator (which
 * puts such a value in static memory) share this one rule.
 */
public final class Promotion {
  private Promotion() {}

  public static boolean promotable(Expr e, Tables t) {
    if (e instanceof Expr.Lit) return true;
    // An overloaded operator is a call of the program's code: never promoted.
    if (t.res[e.id()] instanceof MethodRes) return false;
    if (e instanceof Expr.Unary u) return u.op() != Expr.UnOp.DEREF && promotable(u.operand(), t);
    if (e instanceof Expr.Array a) return all(a.elems(), t);
    if (e instanceof Expr.Tuple tu) return all(tu.elems(), t);
    if (e instanceof Expr.ArrayRepeat r) return promotable(r.value(), t) && r.count() instanceof Expr.IntLit;
    if (e instanceof Expr.Binary b) {
      if (b.op() == Expr.BinOp.AND || b.op() == Expr.BinOp.OR) return false;
      // Integer division and remainder may panic: rustc promotes them only by a divisor known to be
      // neither zero nor -1 (a literal here).
      if ((b.op() == Expr.BinOp.DIV || b.op() == Expr.BinOp.REM) && !(ty(e, t) instanceof Prim p && p.isFloat())
          && !(b.right() instanceof Expr.IntLit l && l.value().signum() != 0)) {
        return false;
      }
      return promotable(b.left(), t) && promotable(b.right(), t);
    }
    if (e instanceof Expr.Cast c) return ty(e, t) instanceof Prim && promotable(c.operand(), t);
    if (e instanceof Expr.PathExpr p) {
      Object r = t.res[p.id()];
      if (r instanceof Res.Variant v) return noDropImpl(v.adt());
      // A constant's value is copied in (a Copy one has no Drop and no interior mutability); a static is
      // already a place in static memory.
      if (r instanceof Res.Const c) return c.def().item.isStatic() ? !c.def().item.mutable() : CopyRules.isCopy(c.def().ty);
      return false;
    }
    if (e instanceof Expr.Call c && c.callee() instanceof Expr.PathExpr p && t.res[p.id()] instanceof Res.Variant v) {
      return noDropImpl(v.adt()) && all(c.args(), t);
    }
    if (e instanceof Expr.StructLit s && s.base() == null && t.res[s.id()] instanceof Res.Variant v) {
      if (!noDropImpl(v.adt())) return false;
      for (Expr.FieldInit f : s.fields()) if (!promotable(f.value(), t)) return false;
      return true;
    }
    return false;
  }

  /**
   * rustc's one promotion of a mutable borrow: an empty array ({@code &mut []}, {@code &mut [0; 0]}),
   * which has nothing to mutate, so {@code &'static mut []} is fine.
   */
  public static boolean promotableMut(Expr e, Tables t) {
    if (e instanceof Expr.Array a) return a.elems().isEmpty();
    return e instanceof Expr.ArrayRepeat r && r.count() instanceof Expr.IntLit n && n.value().signum() == 0
        && promotable(r.value(), t);
  }

  private static Ty ty(Expr e, Tables t) {
    Ty ty = t.types[e.id()];
    return ty == null ? null : Zonk.apply(ty);
  }

  private static boolean all(java.util.List<Expr> es, Tables t) {
    for (Expr x : es) if (!promotable(x, t)) return false;
    return true;
  }

  /** A value of a type with a Drop impl is never promoted (its drop would have to run). */
  private static boolean noDropImpl(Ty.Adt a) {
    return a.def().dropFn == null;
  }
}
