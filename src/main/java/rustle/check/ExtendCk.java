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
      if (!unknown && ri instanceof rustle.types.Infer v && InferAccess.kind(v) == rustle.types.Infer.Kind.GENERAL
          && copy(re)) {
        // Both Extend<T> and Extend<&T> apply to an item not known yet (`v.extend(None)`): rustc waits
        // for later uses to decide, and still open at the end of the body it is E0283.
        cx.deferred.add(new Object[] {(Runnable) () -> {
          if (cx.resolve(item) instanceof rustle.types.Infer) {
            ambiguous(m, self);
          } else if (!vecItem(elem, item, false)) {
            notExtend(m, self, item);
          }
        }});
        return Ty.UNIT;
      }
      ok = vecItem(elem, item, unknown);
    } else {
      ok = stringItem(cx.resolve(item));
    }
    if (!ok) notExtend(m, self, item);
    return Ty.UNIT;
  }

  /** A Vec's element from an item: T, or &T for a Copy T. */
  private boolean vecItem(Ty elem, Ty item, boolean unknownElem) {
    return cx.resolve(item) instanceof Ty.Ref r && !unknownElem
        ? cx.infer.unify(elem, r.inner()) && copy(cx.resolve(elem)) || cx.infer.unify(elem, item)
        : cx.infer.unify(elem, item);
  }

  private void notExtend(Expr.MethodCall m, Ty.Adt self, Ty item) {
    String tr = "Extend<" + cx.show(item) + ">";
    cx.error(Errors.coded("E0277", "the trait bound `" + cx.show(self) + ": " + tr + "` is not satisfied", m.nameSpan(),
        "the trait `" + tr + "` is not implemented for `" + cx.show(self) + "`"));
  }

  /** rustc's E0283 for an item type no use fixed, at the generic path that left it open (`None`, `Vec::new`). */
  private void ambiguous(Expr.MethodCall m, Ty.Adt self) {
    // rustc reports an ambiguity only in a body free of other errors.
    if (cx.failed()) return;
    Expr arg = m.args().get(0);
    Expr path = arg instanceof Expr.Call c ? c.callee() : arg;
    rustle.ast.Span at = arg.span();
    String label = "cannot infer type";
    if (path instanceof Expr.PathExpr p && cx.resolve(cx.tables.types[arg.id()]) instanceof Ty.Adt a
        && !a.def().generics.isEmpty()) {
      at = p.span();
      label = "cannot infer type of the type parameter `" + a.def().generics.get(0) + "` declared on the "
          + (a.def().isEnum ? "enum" : "struct") + " `" + a.def().name + "`";
    }
    cx.errors.add(Errors.coded("E0283", "type annotations needed", at, label)
        .withLabel(m.nameSpan(), "type must be known at this point")
        .withNote("multiple `impl`s satisfying `" + cx.show(self) + ": Extend<_>` found in the `alloc` crate:\n"
            + "- impl<'a, T, A> Extend<&'a T> for Vec<T, A>\n  where T: Copy, T: 'a, A: Allocator;\n"
            + "- impl<T, A> Extend<T> for Vec<T, A>\n  where A: Allocator;"));
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
