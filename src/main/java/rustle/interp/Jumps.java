package rustle.interp;

import rustle.ast.Expr;
import rustle.ast.Stmt;
import rustle.interp.nodes.Block;

/**
 * Finds expressions that may carry a break, continue or return out of a value context, so that only
 * their statements pay for catching {@link JumpSignal}.
 */
final class Jumps {
  private Jumps() {}

  /** Whether evaluating e (for its value) may jump out of it. */
  static boolean mayJump(Expr e) {
    return contains(e);
  }

  /** Like mayJump, but an expression statement that is itself a jump or block-like uses statuses. */
  static boolean mayJumpInValue(Expr e) {
    if (e instanceof Expr.Return r) return r.value() != null && contains(r.value());
    if (e instanceof Expr.Break b) return b.value() != null && contains(b.value());
    if (e instanceof Expr.Continue) return false;
    if (e instanceof Expr.If i) return mayJumpInValue(i.cond()) || contains(i.cond());
    if (e instanceof Expr.Block || e instanceof Expr.Loop || e instanceof Expr.While || e instanceof Expr.For) {
      return false;
    }
    if (e instanceof Expr.Match m) {
      if (contains(m.scrutinee())) return true;
      for (Expr.Arm a : m.arms()) if (!(a.body() instanceof Expr.Block) && contains(a.body())) return true;
      for (Expr.Arm a : m.arms()) if (a.body() instanceof Expr.Block b && blockValueJumps(b)) return true;
      return false;
    }
    return contains(e);
  }

  private static boolean blockValueJumps(Expr.Block b) {
    return b.tail() != null && contains(b.tail());
  }

  static boolean contains(Expr e) {
    if (e == null) return false;
    if (e instanceof Expr.Return || e instanceof Expr.Break || e instanceof Expr.Continue || e instanceof Expr.Try) {
      return true;
    }
    if (e instanceof Expr.Closure) return false;
    if (e instanceof Expr.Block b) {
      for (Stmt s : b.stmts()) {
        if (s instanceof Stmt.LetStmt l && (contains(l.init()) || (l.elseBlock() != null))) return true;
        if (s instanceof Stmt.ExprStmt es && contains(es.expr())) return true;
      }
      return contains(b.tail());
    }
    if (e instanceof Expr.If i) return contains(i.cond()) || contains(i.then()) || contains(i.orElse());
    if (e instanceof Expr.Let l) return contains(l.value());
    if (e instanceof Expr.Loop l) return contains(l.body());
    if (e instanceof Expr.While w) return contains(w.cond()) || contains(w.body());
    if (e instanceof Expr.For f) return contains(f.iter()) || contains(f.body());
    if (e instanceof Expr.Match m) {
      if (contains(m.scrutinee())) return true;
      for (Expr.Arm a : m.arms()) if (contains(a.guard()) || contains(a.body())) return true;
      return false;
    }
    if (e instanceof Expr.Unary u) return contains(u.operand());
    if (e instanceof Expr.Borrow b) return contains(b.operand());
    if (e instanceof Expr.Binary b) return contains(b.left()) || contains(b.right());
    if (e instanceof Expr.Assign a) return contains(a.target()) || contains(a.value());
    if (e instanceof Expr.CompoundAssign a) return contains(a.target()) || contains(a.value());
    if (e instanceof Expr.Cast c) return contains(c.operand());
    if (e instanceof Expr.Call c) {
      for (Expr a : c.args()) if (contains(a)) return true;
      return contains(c.callee());
    }
    if (e instanceof Expr.MethodCall m) {
      for (Expr a : m.args()) if (contains(a)) return true;
      return contains(m.receiver());
    }
    if (e instanceof Expr.Field f) return contains(f.receiver());
    if (e instanceof Expr.TupleField f) return contains(f.receiver());
    if (e instanceof Expr.Index i) return contains(i.receiver()) || contains(i.index());
    if (e instanceof Expr.Tuple t) {
      for (Expr a : t.elems()) if (contains(a)) return true;
      return false;
    }
    if (e instanceof Expr.Array a) {
      for (Expr x : a.elems()) if (contains(x)) return true;
      return false;
    }
    if (e instanceof Expr.ArrayRepeat a) return contains(a.value());
    if (e instanceof Expr.StructLit s) {
      for (Expr.FieldInit f : s.fields()) if (contains(f.value())) return true;
      return contains(s.base());
    }
    if (e instanceof Expr.Range r) return contains(r.lo()) || contains(r.hi());
    if (e instanceof Expr.MacroCall m) {
      for (Expr.MacroArg a : m.args()) if (contains(a.value())) return true;
      return false;
    }
    return false;
  }

  /**
   * Whether building e's value in place may leave a part of it written when a {@code return} or
   * {@code ?} inside it jumps out: an aggregate (tuple, array, struct literal, variant or call, vec!)
   * with a jump in a part, reached through the value positions of blocks, ifs and matches. A return
   * writes the function's return place, so such a value must not be built there (ExprCompiler.aside).
   */
  static boolean partBuilt(Expr e) {
    if (e == null) return false;
    if (e instanceof Expr.Block b) return partBuilt(b.tail());
    if (e instanceof Expr.If i) return partBuilt(i.then()) || partBuilt(i.orElse());
    if (e instanceof Expr.Match m) {
      for (Expr.Arm a : m.arms()) if (partBuilt(a.body())) return true;
      return false;
    }
    if (e instanceof Expr.Loop l) return contains(l.body());
    if (e instanceof Expr.Tuple || e instanceof Expr.Array || e instanceof Expr.ArrayRepeat
        || e instanceof Expr.StructLit || e instanceof Expr.Call || e instanceof Expr.MacroCall) {
      return contains(e);
    }
    return false;
  }
}
