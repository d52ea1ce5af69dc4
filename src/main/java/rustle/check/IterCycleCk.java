package rustle.check;

import rustle.ast.Expr;
import rustle.diag.Errors;
import rustle.types.AdtDef;
import rustle.types.Prim;
import rustle.types.Ty;

/**
 * The bounds of {@code Iterator::cycle} ({@code Self: Clone}) and {@code Iterator::eq}/{@code ne}
 * (items {@code PartialEq}), checked once the body's types are known. rustle clones an iterator for
 * cycle by copying its bytes, which is what std's Clone does for iterators that own nothing; one that
 * owns something (a Vec's IntoIter, a closure holding a String) or holds a value of the program's own
 * type is named unsupported.
 */
final class IterCycleCk {
  private final FnCk cx;

  IterCycleCk(FnCk cx) {
    this.cx = cx;
  }

  private enum Clone { PLAIN, NOT_CLONE, UNSUPPORTED }

  Ty cycle(Expr.MethodCall m, Ty it) {
    cx.deferred.add(new Object[] {(Runnable) () -> {
      Ty t = Zonk.apply(it);
      Clone c = clone(t, 0);
      if (c == Clone.NOT_CLONE) {
        String shown = cx.show(t);
        cx.error(Errors.coded("E0277", "the trait bound `" + shown + ": Clone` is not satisfied", m.nameSpan(),
            "the trait `Clone` is not implemented for `" + shown + "`"));
      } else if (c == Clone.UNSUPPORTED || CopyRules.needsDrop(t)) {
        cx.error(Errors.unsupported("`cycle` of an iterator that owns values (`" + cx.show(t) + "`)", m.nameSpan()));
      }
    }});
    return new Ty.Adt(cx.items.std("Cycle"), java.util.List.of(it));
  }

  /**
   * Whether std's iterator type t is Clone in a way rustle runs: its bytes copied, nothing owned
   * (an owning one, a Vec's IntoIter, is not cloned: its clone glue would share the buffer).
   */
  boolean clonesPlainly(Ty t) {
    return clone(t, 0) == Clone.PLAIN && !CopyRules.needsDrop(Zonk.apply(t));
  }

  /** Whether a value of type t is Clone, and cloned by copying its bytes. */
  private Clone clone(Ty t, int depth) {
    t = cx.resolve(t);
    if (depth > 16) return Clone.UNSUPPORTED;
    if (t instanceof Ty.Ref r) return r.mutable() ? Clone.NOT_CLONE : Clone.PLAIN;
    if (t instanceof Prim || t instanceof Ty.FnDef || t instanceof Ty.FnPtr) return Clone.PLAIN;
    if (t instanceof Ty.Tuple tu) return all(tu.elems(), depth);
    if (t instanceof Ty.Array a) return clone(a.elem(), depth + 1);
    if (t instanceof Ty.Closure c) return all(c.captures(), depth);
    // A generic iterator parameter: what it owns is its instance's business.
    if (t instanceof Ty.Param p) return cx.methods.natives.hasBound(p, "Clone") ? Clone.UNSUPPORTED : Clone.NOT_CLONE;
    if (t instanceof Ty.Adt a) {
      if (!a.def().fromPrelude) {
        if (CopyRules.isCopy(a)) return Clone.PLAIN;
        return a.def().derives("Clone") || cx.exprs.paths.implementsTrait(a, "Clone") ? Clone.UNSUPPORTED : Clone.NOT_CLONE;
      }
      switch (a.def().name) {
        case "IterMut": case "ValuesMut": case "MapIterMut": case "ByRef":
          return Clone.NOT_CLONE;
        default:
          break;
      }
      if (a.def().builtin != AdtDef.Builtin.NONE) return Clone.PLAIN;
      // An adapter holds its inner iterators and closures (Scan its state, Peekable an item); the other
      // arguments of std's iterators are item types, held by reference or not at all (Iter<T>, Chars).
      java.util.List<Ty> held = new java.util.ArrayList<>();
      for (int i = 0; i < a.args().size(); i++) {
        Ty x = cx.resolve(a.args().get(i));
        boolean stored = (a.def().name.equals("Scan") || a.def().name.equals("Peekable")) && i == 1;
        if (stored || x instanceof Ty.Closure || Iterators.isIterator(x, cx.items)) held.add(x);
      }
      return all(held, depth);
    }
    return Clone.PLAIN;
  }

  private Clone all(java.util.List<Ty> ts, int depth) {
    Clone worst = Clone.PLAIN;
    for (Ty e : ts) {
      Clone c = clone(e, depth + 1);
      if (c == Clone.NOT_CLONE) return c;
      if (c == Clone.UNSUPPORTED) worst = c;
    }
    return worst;
  }

  /** {@code a.eq(b)} / {@code a.ne(b)}: the items compared with {@code ==}. */
  Ty eq(Expr.MethodCall m, Ty a, Ty b) {
    if (b == null) return Prim.BOOL;
    if (!cx.infer.unify(a, b)) {
      cx.error(Errors.unsupported("`" + m.name() + "` between iterators over `" + cx.show(a) + "` and `" + cx.show(b) + "`",
          m.nameSpan()));
      return Prim.BOOL;
    }
    cx.deferred.add(new Object[] {(Runnable) () -> {
      Ty t = Zonk.apply(a);
      if (!Zonk.isResolved(t) || Obligations.mentionsParam(t) || new Obligations(cx).compares(t, "PartialEq")) return;
      String shown = cx.show(t);
      cx.error(Errors.coded("E0277", "can't compare `" + shown + "` with `" + shown + "`", m.args().get(0).span(),
          "no implementation for `" + shown + " == " + shown + "`"));
    }});
    return Prim.BOOL;
  }
}
