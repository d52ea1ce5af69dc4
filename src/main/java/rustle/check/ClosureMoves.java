package rustle.check;

import java.lang.reflect.RecordComponent;
import java.util.List;
import rustle.ast.Expr;
import rustle.ast.Stmt;
import rustle.diag.Errors;
import rustle.types.Ty;

/**
 * E0507 for a closure that must be {@code FnMut} or {@code Fn} (an iterator adapter's, a
 * {@code sort_by_key} key) but moves a captured variable out: it could run only once. Found where
 * the move is plain to see: a captured non-{@code Copy} variable passed by value to a call or
 * method, bound by {@code let}, or returned as the closure's value.
 */
final class ClosureMoves {
  private final FnCk cx;

  ClosureMoves(FnCk cx) {
    this.cx = cx;
  }

  void check(Expr.Closure c, List<LocalVar> captures, String bound) {
    if (captures.isEmpty()) return;
    Expr.PathExpr moved = find(c.body(), captures, true);
    if (moved == null) return;
    LocalVar v = ((Res.Local) cx.tables.res[moved.id()]).var();
    cx.error(Errors.coded("E0507", "cannot move out of `" + v.name + "`, a captured variable in an `" + bound
        + "` closure", moved.span(), "move occurs because `" + v.name + "` has type `" + cx.show(v.ty)
        + "`, which does not implement the `Copy` trait")
        .withLabel(v.span, "captured outer variable")
        .withLabel(PathCk.closureHead(c), "captured by this `" + bound + "` closure"));
  }

  /**
   * The captured variables c's body plainly moves out (as check finds them): the closure takes them by
   * value and is FnOnce, its call consuming it.
   */
  java.util.Set<LocalVar> movedOut(Expr.Closure c, List<LocalVar> captures) {
    java.util.Set<LocalVar> out = new java.util.LinkedHashSet<>();
    List<LocalVar> left = new java.util.ArrayList<>(captures);
    while (!left.isEmpty()) {
      Expr.PathExpr moved = find(c.body(), left, true);
      if (moved == null) break;
      LocalVar v = ((Res.Local) cx.tables.res[moved.id()]).var();
      if (out.isEmpty()) cx.tables.closureMoveSpans.put(c.id(), moved.span());
      out.add(v);
      left.remove(v);
    }
    return out;
  }

  /** The first by-value use of a captured variable in e (valueCtx: e's own value is moved). */
  private Expr.PathExpr find(Object n, List<LocalVar> caps, boolean valueCtx) {
    if (n == null) return null;
    if (n instanceof List<?> l) {
      for (Object o : l) {
        Expr.PathExpr r = find(o, caps, false);
        if (r != null) return r;
      }
      return null;
    }
    if (n instanceof Expr.PathExpr p) return valueCtx && isMovedCapture(p, caps) ? p : null;
    if (valueCtx && (n instanceof Expr.Field || n instanceof Expr.TupleField)) {
      // `let x = s.a;`: moving a non-Copy field of a capture takes the capture by value (FieldMoves).
      Expr.PathExpr r = movedFieldRoot((Expr) n, caps);
      if (r != null) return r;
    }
    if (n instanceof Expr.Closure) return null;
    if (n instanceof Expr.Call call) return firstOf(call.args(), caps);
    if (n instanceof Expr.For fo) {
      Expr.PathExpr r = find(fo.iter(), caps, true);
      return r != null ? r : find(fo.body(), caps, false);
    }
    if (n instanceof Expr.Tuple tu) return firstOf(tu.elems(), caps);
    if (n instanceof Expr.Binary b && !isComparison(b.op())) {
      // An arithmetic operator takes its operands by value (`s + "ed"` moves the String s).
      Expr.PathExpr r = find(b.left(), caps, true);
      return r != null ? r : find(b.right(), caps, true);
    }
    if (n instanceof Expr.StructLit sl) {
      for (Expr.FieldInit fi : sl.fields()) {
        Expr.PathExpr r = find(fi.value(), caps, true);
        if (r != null) return r;
      }
      return null;
    }
    if (n instanceof Expr.MethodCall mc) {
      // A method taking self by value (`v.into_iter()`, `o.unwrap()`) moves a receiver named directly.
      Expr.PathExpr r = find(mc.receiver(), caps, takesSelfByValue(mc));
      return r != null ? r : firstOf(mc.args(), caps);
    }
    if (n instanceof Stmt.LetStmt let && let.init() != null) {
      Expr.PathExpr r = find(let.init(), caps, true);
      if (r != null) return r;
    }
    if (n instanceof Expr.Block b) {
      for (Stmt s : b.stmts()) {
        Expr.PathExpr r = find(s, caps, false);
        if (r != null) return r;
      }
      return b.tail() == null ? null : find(b.tail(), caps, valueCtx);
    }
    if (!n.getClass().isRecord()) return null;
    for (RecordComponent rc : n.getClass().getRecordComponents()) {
      Class<?> t = rc.getType();
      if (t.isPrimitive() || t == String.class) continue;
      try {
        Expr.PathExpr r = find(rc.getAccessor().invoke(n), caps, false);
        if (r != null) return r;
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
    }
    return null;
  }

  private boolean takesSelfByValue(Expr.MethodCall mc) {
    if (!(mc.id() >= 0 && mc.id() < cx.tables.res.length && cx.tables.res[mc.id()] instanceof MethodRes r)) return false;
    if (r.derefs() != 0 || r.autoref() != 0) return false;
    return r.def() == null || r.def().selfKind == rustle.ast.Item.SelfKind.VALUE
        || r.def().selfKind == rustle.ast.Item.SelfKind.MUT_VALUE;
  }

  private static boolean isComparison(Expr.BinOp op) {
    switch (op) {
      case EQ: case NE: case LT: case LE: case GT: case GE: case AND: case OR: return true;
      default: return false;
    }
  }

  private Expr.PathExpr firstOf(List<Expr> args, List<LocalVar> caps) {
    for (Expr a : args) {
      Expr.PathExpr r = find(a, caps, true);
      if (r != null) return r;
    }
    return null;
  }

  /** The captured variable at the root of a chain of direct fields e of a non-Copy type, or null. */
  private Expr.PathExpr movedFieldRoot(Expr e, List<LocalVar> caps) {
    Ty t = cx.tables.types[e.id()];
    if (t == null) return null;
    t = cx.resolve(t);
    if (t instanceof rustle.types.Infer || CopyRules.isCopy(Zonk.apply(t))) return null;
    Expr cur = e;
    while (true) {
      if (cur instanceof Expr.Field fe && cx.tables.derefs[fe.id()] == 0) cur = fe.receiver();
      else if (cur instanceof Expr.TupleField tf && cx.tables.derefs[tf.id()] == 0) cur = tf.receiver();
      else break;
    }
    if (!(cur instanceof Expr.PathExpr p) || !(cx.tables.res[p.id()] instanceof Res.Local l) || !caps.contains(l.var())) return null;
    Ty vt = cx.resolve(l.var().ty);
    return vt instanceof Ty.Ref || vt instanceof rustle.types.Infer ? null : p;
  }

  private boolean isMovedCapture(Expr.PathExpr p, List<LocalVar> caps) {
    if (!(p.id() >= 0 && p.id() < cx.tables.res.length && cx.tables.res[p.id()] instanceof Res.Local l)) return false;
    if (!caps.contains(l.var())) return false;
    Ty t = cx.resolve(l.var().ty);
    if (t instanceof Ty.Ref || t instanceof rustle.types.Infer) return false;
    return !CopyRules.isCopy(Zonk.apply(t));
  }
}
