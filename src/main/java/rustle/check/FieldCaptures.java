package rustle.check;

import java.lang.reflect.RecordComponent;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import rustle.ast.Expr;
import rustle.ast.Node;
import rustle.types.Ty;

/**
 * Edition 2021's precise captures for a {@code move} closure: a variable the body names only through
 * fields of a {@code Copy} type ({@code move || println!("{}", d.0)} with {@code d.0: i32}) is not moved
 * into the closure, only those fields are copied, and the variable stays its owner's (it is dropped
 * there, and may still be used). Found here: each such variable, not {@code Copy} itself.
 */
final class FieldCaptures {
  private final Tables tables;
  private final List<LocalVar> caps;
  private final UnaryOperator<Ty> resolve;
  private final Set<LocalVar> whole = new HashSet<>();
  private final Set<LocalVar> viaFields = new HashSet<>();

  private FieldCaptures(Tables tables, List<LocalVar> caps, UnaryOperator<Ty> resolve) {
    this.tables = tables;
    this.caps = caps;
    this.resolve = resolve;
  }

  static Set<LocalVar> of(Tables tables, Expr.Closure c, List<LocalVar> caps, UnaryOperator<Ty> resolve) {
    if (!c.isMove() || caps.isEmpty()) return Set.of();
    FieldCaptures f = new FieldCaptures(tables, caps, resolve);
    f.scan(c.body());
    Set<LocalVar> out = new HashSet<>();
    for (LocalVar v : f.viaFields) {
      if (!f.whole.contains(v) && !CopyRules.isCopy(resolve.apply(v.ty))) out.add(v);
    }
    return out;
  }

  /** The captured variable at the root of a chain of direct fields ending in a Copy value, or null. */
  private LocalVar copyFieldRoot(Expr e) {
    Ty t = tables.types[e.id()];
    if (t == null || !CopyRules.isCopy(resolve.apply(t))) return null;
    Expr cur = e;
    while (true) {
      if (cur instanceof Expr.Field fe && tables.derefs[fe.id()] == 0) cur = fe.receiver();
      else if (cur instanceof Expr.TupleField tf && tables.derefs[tf.id()] == 0) cur = tf.receiver();
      else break;
    }
    if (cur == e || !(cur instanceof Expr.PathExpr p) || !(tables.res[p.id()] instanceof Res.Local l)) return null;
    return caps.contains(l.var()) ? l.var() : null;
  }

  private void scan(Object n) {
    if (n == null) return;
    if (n instanceof List<?> l) {
      for (Object o : l) scan(o);
      return;
    }
    if (n instanceof Expr e && (e instanceof Expr.Field || e instanceof Expr.TupleField)) {
      LocalVar v = copyFieldRoot(e);
      if (v != null) {
        viaFields.add(v);
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
        scan(rc.getAccessor().invoke(n));
      } catch (ReflectiveOperationException ex) {
        throw new IllegalStateException(ex);
      }
    }
  }
}
