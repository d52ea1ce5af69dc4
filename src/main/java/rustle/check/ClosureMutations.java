package rustle.check;

import java.lang.reflect.RecordComponent;
import java.util.List;
import rustle.ast.Expr;

/**
 * Where a closure's body mutates one of its captures (assigns to it or a part of it, borrows it
 * mutably, calls a {@code &mut self} method on it), which makes the closure {@code FnMut} and not
 * {@code Fn}: rustc's E0525 when it is passed for an {@code Fn} bound. Nested closures are not looked
 * into.
 */
final class ClosureMutations {
  private final Tables tables;
  private final List<LocalVar> caps;

  private ClosureMutations(Tables tables, List<LocalVar> caps) {
    this.tables = tables;
    this.caps = caps;
  }

  /** The path naming the first capture the body mutates, or null. */
  static Expr.PathExpr first(Tables tables, ClosureInfo ci) {
    if (ci.captures().isEmpty()) return null;
    return new ClosureMutations(tables, ci.captures()).find(ci.expr().body());
  }

  private Expr.PathExpr find(Object n) {
    if (n == null || n instanceof Expr.Closure) return null;
    if (n instanceof List<?> l) {
      for (Object o : l) {
        Expr.PathExpr r = find(o);
        if (r != null) return r;
      }
      return null;
    }
    Expr.PathExpr hit = null;
    if (n instanceof Expr.Assign a) hit = root(a.target());
    else if (n instanceof Expr.CompoundAssign a) hit = root(a.target());
    else if (n instanceof Expr.Borrow b && b.mutable()) hit = root(b.operand());
    else if (n instanceof Expr.MethodCall m && tables.res[m.id()] instanceof MethodRes r && r.autoref() == 2) hit = root(m.receiver());
    if (hit != null) return hit;
    if (!n.getClass().isRecord()) return null;
    for (RecordComponent rc : n.getClass().getRecordComponents()) {
      Class<?> t = rc.getType();
      if (t.isPrimitive() || t == String.class) continue;
      try {
        Expr.PathExpr r = find(rc.getAccessor().invoke(n));
        if (r != null) return r;
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
    }
    return null;
  }

  /** The captured variable a place expression is a part of (through fields, indexing, derefs), or null. */
  private Expr.PathExpr root(Expr e) {
    while (true) {
      if (e instanceof Expr.Field f) e = f.receiver();
      else if (e instanceof Expr.TupleField f) e = f.receiver();
      else if (e instanceof Expr.Index ix) e = ix.receiver();
      else if (e instanceof Expr.Unary u && u.op() == Expr.UnOp.DEREF) e = u.operand();
      else break;
    }
    if (!(e instanceof Expr.PathExpr p) || p.id() < 0 || p.id() >= tables.res.length) return null;
    return tables.res[p.id()] instanceof Res.Local l && caps.contains(l.var()) ? p : null;
  }
}
