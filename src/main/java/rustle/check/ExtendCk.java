package rustle.check;

import rustle.ast.Expr;
import rustle.diag.Errors;
import rustle.types.AdtDef;
import rustle.types.Prim;
import rustle.types.Ty;

/**
 * Typing of {@code Vec::extend} (and VecDeque's, the same impls) and {@code String::extend} (std's {@code Extend} impls that rustle
 * has): the argument is anything {@code IntoIterator}; a {@code Vec<T>} takes items {@code T} or
 * {@code &T} with {@code T: Copy}, a {@code String} takes {@code char}, {@code &char}, {@code &str} or
 * {@code String}.
 */
final class ExtendCk {
  private final FnCk cx;

  ExtendCk(FnCk cx) {
    this.cx = cx;
  }

  Ty check(Expr.MethodCall m, Ty.Adt self) {
    if (m.args().size() != 1) {
      cx.exprs.paths.checkArgs(m, m.args(), java.util.List.of(cx.infer.fresh()), m.name());
      return Ty.UNIT;
    }
    Expr arg = m.args().get(0);
    Ty t = cx.exprs.check(arg, null);
    Ty it = new IterMethods(cx).intoIter(t);
    if (it == null) {
      cx.error(Errors.coded("E0277", "`" + cx.show(t) + "` is not an iterator", arg.span(),
          "`" + cx.show(t) + "` is not an iterator"));
      return Ty.UNIT;
    }
    Ty item = Iterators.itemOf((Ty.Adt) it, cx.items);
    boolean ok;
    boolean btree = CollFroms.isBTree(self);
    boolean map = self.def().builtin == AdtDef.Builtin.HASH_MAP || btree && self.def().name.equals("BTreeMap");
    if (map || self.def().builtin == AdtDef.Builtin.HASH_SET || btree) {
      Ty want = map ? new Ty.Tuple(java.util.List.of(self.args().get(0), self.args().get(1))) : self.args().get(0);
      Ty ri = cx.resolve(item);
      if (!cx.infer.probe(want, item) && (ri instanceof Ty.Ref || ri instanceof Ty.Tuple tup && tup.elems().stream()
          .anyMatch(e -> cx.resolve(e) instanceof Ty.Ref))) {
        // std's Extend<&T> / Extend<(&K, &V)> for Copy items: rustle extends tables with owned items only.
        cx.error(Errors.unsupported("`extend` of a `" + cx.show(self) + "` with items `" + cx.show(item) + "`", m.nameSpan()));
        return Ty.UNIT;
      }
      ok = cx.infer.unify(want, item);
      if (ok && !btree) new TableKeyCk(cx).keyed(m, self.args().get(0), self);
    } else if (self.def().builtin == AdtDef.Builtin.VEC || CollFroms.isDeque(self) || CollFroms.isHeap(self)) {
      Ty elem = self.args().get(0);
      Ty ri = cx.resolve(item);
      // Extend<&T> (T: Copy) beside Extend<T>; an element type still unknown takes the item itself.
      Ty re = cx.resolve(elem);
      boolean unknown = re instanceof rustle.types.Infer v && InferAccess.kind(v) == rustle.types.Infer.Kind.GENERAL;
      if (unknown && ri instanceof Ty.Ref r && copy(cx.resolve(r.inner()))) {
        // Both Extend<T> and Extend<&T> apply: as in rustc, later uses decide (`v.resize(5, 0)` makes
        // it the Copy type); still open at the end of the body, it is the item itself.
        cx.deferred.add(new Object[] {(Runnable) () -> {
          if (cx.resolve(elem) instanceof rustle.types.Infer v && InferAccess.kind(v) == rustle.types.Infer.Kind.GENERAL) {
            cx.infer.unify(elem, item);
          }
        }});
        return Ty.UNIT;
      }
      ok = ri instanceof Ty.Ref r && !unknown
          ? cx.infer.unify(elem, r.inner()) && copy(cx.resolve(elem)) || cx.infer.unify(elem, item)
          : cx.infer.unify(elem, item);
    } else {
      ok = stringItem(cx.resolve(item));
    }
    if (!ok) {
      String tr = "Extend<" + cx.show(item) + ">";
      cx.error(Errors.coded("E0277", "the trait bound `" + cx.show(self) + ": " + tr + "` is not satisfied", m.nameSpan(),
          "the trait `" + tr + "` is not implemented for `" + cx.show(self) + "`"));
    }
    return Ty.UNIT;
  }

  /** Copy, counting an integer or float literal's type still being inferred. */
  private boolean copy(Ty t) {
    if (t instanceof rustle.types.Infer v) return InferAccess.kind(v) != rustle.types.Infer.Kind.GENERAL;
    return cx.isCopy(t);
  }

  private boolean stringItem(Ty t) {
    if (t instanceof rustle.types.Infer) return cx.infer.unify(t, Prim.CHAR);
    if (t == Prim.CHAR) return true;
    if (t instanceof Ty.Adt a && a.def().builtin == AdtDef.Builtin.STRING) return true;
    if (t instanceof Ty.Ref ref) {
      Ty in = cx.resolve(ref.inner());
      return in == Prim.CHAR || in == Prim.STR;
    }
    return false;
  }
}
