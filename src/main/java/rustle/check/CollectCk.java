package rustle.check;

import rustle.ast.Expr;
import rustle.diag.Errors;
import rustle.types.AdtDef;
import rustle.types.Infer;
import rustle.types.Prim;
import rustle.types.Ty;

/**
 * Typing of {@code Iterator::collect}: the target collection comes from the turbofish or the expected
 * type; rustle builds a {@code Vec<T>} (of the items), a {@code String} (from {@code char},
 * {@code &char}, {@code &str} or {@code String} items), a {@code HashMap<K, V>} (of {@code (K, V)} items),
 * a {@code HashSet<T>}, a {@code VecDeque<T>} or a {@code BinaryHeap<T>} (std's: a Vec collected, then
 * converted).
 */
final class CollectCk {
  private final FnCk cx;

  CollectCk(FnCk cx) {
    this.cx = cx;
  }

  Ty collect(Expr.MethodCall m, Ty item, Ty expected) {
    cx.exprs.paths.checkArgs(m, m.args(), java.util.List.of(), m.name());
    Ty b;
    if (m.generics().size() == 1) {
      b = cx.lowering.lower(m.generics().get(0), cx.tyScope, cx.infer);
      if (b == null) return null;
      if (expected != null) cx.infer.probe(b, expected);
    } else {
      b = expected != null ? expected : cx.infer.fresh();
    }
    Ty r = cx.resolve(b);
    if (r instanceof Infer) {
      cx.collectTargets.add(new Object[] {b, m.nameSpan(), item});
      return b;
    }
    if (r instanceof Ty.Adt a && (a.def().builtin == AdtDef.Builtin.VEC || CollFroms.isDeque(a) || CollFroms.isHeap(a))) {
      if (!cx.infer.unify(a.args().get(0), item)) mismatch(m, r, item);
      return b;
    }
    if (r instanceof Ty.Adt a && CollFroms.isBTree(a)) {
      Ty want = a.def().name.equals("BTreeSet") ? a.args().get(0)
          : new Ty.Tuple(java.util.List.of(a.args().get(0), a.args().get(1)));
      if (!cx.infer.unify(want, item)) mismatch(m, r, item);
      return b;
    }
    if (r instanceof Ty.Adt a && a.def().builtin == AdtDef.Builtin.STRING) {
      if (!stringItem(item)) mismatch(m, r, item);
      return b;
    }
    if (r instanceof Ty.Adt a && a.def().builtin == AdtDef.Builtin.HASH_MAP) {
      Ty pair = new Ty.Tuple(java.util.List.of(a.args().get(0), a.args().get(1)));
      if (!cx.infer.unify(pair, item)) mismatch(m, r, item);
      else new TableKeyCk(cx).collectKey(m, a.args().get(0), r);
      return b;
    }
    if (r instanceof Ty.Adt a && a.def().builtin == AdtDef.Builtin.HASH_SET) {
      if (!cx.infer.unify(a.args().get(0), item)) mismatch(m, r, item);
      else new TableKeyCk(cx).collectKey(m, a.args().get(0), r);
      return b;
    }
    if (r instanceof Ty.Adt a && (a.def().builtin == AdtDef.Builtin.RESULT || a.def().builtin == AdtDef.Builtin.OPTION)) {
      // Result<C, E>: FromIterator<Result<T, E>> (and Option<C>: FromIterator<Option<T>>) for C:
      // FromIterator<T>; rustle builds C as a Vec<T>.
      boolean result = a.def().builtin == AdtDef.Builtin.RESULT;
      Ty t = cx.infer.fresh();
      Ty want = result ? new Ty.Adt(a.def(), java.util.List.of(t, a.args().get(1))) : new Ty.Adt(a.def(), java.util.List.of(t));
      Ty c = cx.resolve(a.args().get(0));
      if (c instanceof Infer) cx.infer.unify(c, new Ty.Adt(cx.items.stdAdt("Vec"), java.util.List.of(t)));
      c = cx.resolve(a.args().get(0));
      if (!(c instanceof Ty.Adt ca && ca.def().builtin == AdtDef.Builtin.VEC)) {
        cx.error(Errors.unsupported("collecting into `" + cx.show(r) + "`", m.nameSpan()));
        return null;
      }
      if (!cx.infer.unify(want, item) || !cx.infer.unify(ca.args().get(0), t)) mismatch(m, r, item);
      return b;
    }
    cx.error(Errors.unsupported("collecting into `" + cx.show(r) + "`", m.nameSpan()));
    return null;
  }

  /** The item types String implements FromIterator for (those rustle has). */
  private boolean stringItem(Ty item) {
    Ty t = cx.resolve(item);
    if (t instanceof Infer) return cx.infer.unify(t, Prim.CHAR);
    if (t == Prim.CHAR) return true;
    if (t instanceof Ty.Adt a && a.def().builtin == AdtDef.Builtin.STRING) return true;
    if (t instanceof Ty.Ref ref) {
      Ty in = cx.resolve(ref.inner());
      return in == Prim.CHAR || in == Prim.STR;
    }
    return false;
  }

  private void mismatch(Expr.MethodCall m, Ty target, Ty item) {
    cx.error(Errors.coded("E0277", "a value of type `" + cx.show(target) + "` cannot be built from an iterator over elements of type `"
        + cx.show(item) + "`", m.nameSpan(), "value of type `" + cx.show(target) + "` cannot be built from `std::iter::Iterator<Item="
        + cx.show(item) + ">`"));
  }
}
