package rustle.borrowck;

import java.lang.reflect.RecordComponent;
import java.util.List;
import rustle.ast.Expr;
import rustle.ast.Span;

/** Finding, in a returned expression, the non-{@code move} closure whose capture made a borrow (E0373). */
final class Returns {
  private Returns() {}

  /** The innermost non-move closure in e whose body contains the borrow at s, or null. */
  static Expr.Closure capturingClosure(Object e, Span s) {
    if (e == null) return null;
    if (e instanceof List<?> l) {
      for (Object o : l) {
        Expr.Closure c = capturingClosure(o, s);
        if (c != null) return c;
      }
      return null;
    }
    if (e instanceof Expr x && !(x.span().start() <= s.start() && s.end() <= x.span().end())) return null;
    if (e instanceof Expr.Closure c) {
      Expr.Closure inner = capturingClosure(c.body(), s);
      if (inner != null) return inner;
      return c.isMove() ? null : c;
    }
    if (!e.getClass().isRecord()) return null;
    for (RecordComponent rc : e.getClass().getRecordComponents()) {
      Class<?> t = rc.getType();
      if (t.isPrimitive() || t == String.class || t == Span.class) continue;
      try {
        Expr.Closure c = capturingClosure(rc.getAccessor().invoke(e), s);
        if (c != null) return c;
      } catch (ReflectiveOperationException ex) {
        throw new IllegalStateException(ex);
      }
    }
    return null;
  }
}
