package rustle.check;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import rustle.ast.Expr;
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
  private final Set<LocalVar> viaFields = new HashSet<>();

  private FieldCaptures(Tables tables, List<LocalVar> caps, UnaryOperator<Ty> resolve) {
    this.tables = tables;
    this.caps = caps;
    this.resolve = resolve;
  }

  static Set<LocalVar> of(Tables tables, Expr.Closure c, List<LocalVar> caps, UnaryOperator<Ty> resolve) {
    if (!c.isMove() || caps.isEmpty()) return Set.of();
    FieldCaptures f = new FieldCaptures(tables, caps, resolve);
    Set<LocalVar> whole = CaptureUses.scan(tables, c.body(), f::copyFieldRoot, (v, e) -> f.viaFields.add(v));
    Set<LocalVar> out = new HashSet<>();
    for (LocalVar v : f.viaFields) {
      if (!whole.contains(v) && !CopyRules.isCopy(resolve.apply(v.ty))) out.add(v);
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
}
