package rustle.check;

import java.lang.reflect.RecordComponent;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import rustle.ast.Expr;
import rustle.ast.Node;

/**
 * A walk of a closure's body that sorts the uses of captured variables for edition 2021's disjoint
 * captures: a chain of fields whose root the caller accepts (handed to the caller, and not walked
 * further), or anything else that names the variable (a path, a format argument, a nested closure's
 * capture), which uses it whole.
 */
final class CaptureUses {
  private final Tables tables;
  private final Function<Expr, LocalVar> fieldRoot;
  private final BiConsumer<LocalVar, Expr> viaField;
  private final Set<LocalVar> whole = new HashSet<>();

  private CaptureUses(Tables tables, Function<Expr, LocalVar> fieldRoot, BiConsumer<LocalVar, Expr> viaField) {
    this.tables = tables;
    this.fieldRoot = fieldRoot;
    this.viaField = viaField;
  }

  /**
   * Walks body: each field chain (Field / TupleField) for which fieldRoot gives a variable goes to
   * viaField; returns the variables used whole.
   */
  static Set<LocalVar> scan(Tables tables, Expr body, Function<Expr, LocalVar> fieldRoot, BiConsumer<LocalVar, Expr> viaField) {
    CaptureUses u = new CaptureUses(tables, fieldRoot, viaField);
    u.walk(body);
    return u.whole;
  }

  // The AST's records are walked by reflection: every expression kind that can hold a use is reached
  // without a visitor method per kind.
  private void walk(Object n) {
    if (n == null) return;
    if (n instanceof List<?> l) {
      for (Object o : l) walk(o);
      return;
    }
    if (n instanceof Expr e && (e instanceof Expr.Field || e instanceof Expr.TupleField)) {
      LocalVar v = fieldRoot.apply(e);
      if (v != null) {
        viaField.accept(v, e);
        return;
      }
    }
    if (n instanceof Node node && node.id() >= 0 && node.id() < tables.res.length) {
      Object r = tables.res[node.id()];
      if (r instanceof Res.Local loc) whole.add(loc.var());
      if (r instanceof FormatInfo fi) {
        for (FormatInfo.FmtArg a : fi.args()) if (a.capture() instanceof Res.Local loc) whole.add(loc.var());
      }
      ClosureInfo ci = tables.closures.get(node.id());
      if (ci != null) whole.addAll(ci.captures());
    }
    if (!n.getClass().isRecord()) return;
    for (RecordComponent rc : n.getClass().getRecordComponents()) {
      Class<?> t = rc.getType();
      if (t.isPrimitive() || t == String.class) continue;
      try {
        walk(rc.getAccessor().invoke(n));
      } catch (ReflectiveOperationException ex) {
        throw new IllegalStateException(ex);
      }
    }
  }
}
