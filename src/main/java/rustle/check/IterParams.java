package rustle.check;

import java.util.List;
import rustle.ast.Expr;
import rustle.ast.Span;
import rustle.diag.Diagnostic;
import rustle.diag.Errors;
import rustle.types.FnSig;
import rustle.types.Subst;
import rustle.types.Ty;

/**
 * Generic iterator parameters ({@code I: Iterator<Item = T>}, {@code impl Iterator<Item = T>},
 * {@code I: IntoIterator<Item = T>}): the body is checked once with the parameter as an iterator of the
 * bound's item, each call site must pass an iterator of that item (rustc's E0277 / E0271), and the
 * interpreter runs each instance over the concrete iterator it was given.
 */
final class IterParams {
  private IterParams() {}

  /** The item type of def's generic parameters bound by {@code Iterator<Item = T>}, by index (else null). */
  static Ty[] items(FnSig.Def def) {
    if (def == null || def.generics.isEmpty()) return null;
    Ty[] out = null;
    for (int i = 0; i < def.generics.size(); i++) {
      Ty item = bound(def.generics.get(i), "Iterator");
      if (item == null) continue;
      if (out == null) out = new Ty[def.generics.size()];
      out[i] = item;
    }
    return out;
  }

  /** The {@code Item = T} of generic g's bound by trait ({@code Iterator} or {@code IntoIterator}), or null. */
  static Ty bound(FnSig.Generic g, String trait) {
    for (FnSig.TraitRef b : g.bounds()) {
      if (b.trait().equals(trait) && b.args().size() == 1 && b.fnParams() == null) return b.args().get(0);
    }
    return null;
  }

  /** What a {@code for} loop over a value of generic parameter p yields, when p is bound by IntoIterator. */
  static Ty intoItem(FnCk cx, Ty.Param p) {
    if (cx.def == null || p.index() >= cx.def.generics.size()) return null;
    return bound(cx.def.generics.get(p.index()), "IntoIterator");
  }

  /**
   * A call of def with type arguments args: each argument for an iterator parameter yields the bound's
   * item (unified at once, so that `0..10` passed for `Item = u32` is a u32 range), checked once the
   * caller's types are known.
   */
  static void call(FnCk cx, FnSig.Def def, List<Ty> args, int i, Span at, Span callee) {
    {
      FnSig.Generic g = def.generics.get(i);
      for (FnSig.TraitRef b : g.bounds()) {
        boolean into = b.trait().equals("IntoIterator");
        if (!into && !b.trait().equals("Iterator") || b.fnParams() != null) continue;
        Ty arg = args.get(i);
        Ty want = b.args().size() == 1 ? Subst.apply(b.args().get(0), args) : null;
        Ty got = itemOf(cx, arg, into);
        if (got != null && want != null) cx.infer.probe(got, want);
        String fn = def.path();
        cx.deferred.add(new Object[] {(Runnable) () -> check(cx, arg, want, into, b, fn, at, callee)});
      }
    }
  }

  private static Ty itemOf(FnCk cx, Ty arg, boolean into) {
    Ty t = cx.resolve(arg);
    if (!into) return Iterators.isIterator(t, cx.items) ? Iterators.itemOfTy(t, cx.items) : null;
    if (t instanceof Ty.Param p && intoItem(cx, p) != null) return intoItem(cx, p);
    Ty it = new IterMethods(cx).intoIter(t);
    return it == null ? null : Iterators.itemOfTy(it, cx.items);
  }

  private static void check(FnCk cx, Ty arg, Ty want, boolean into, FnSig.TraitRef b, String fn, Span at, Span callee) {
    if (cx.failed()) return;
    Ty t = Zonk.apply(arg);
    if (!Zonk.isResolved(t)) return;
    Ty got = itemOf(cx, t, into);
    Span where = at != null ? at : callee;
    String shown = cx.show(t);
    if (got == null) {
      if (t instanceof Ty.Param) return;  // the caller's own parameter: its bounds are not modelled here
      Diagnostic d = Errors.coded("E0277", "`" + shown + "` is not an iterator", where, "`" + shown + "` is not an iterator");
      if (at != null) d = d.withLabel(callee, "required by a bound introduced by this call");
      cx.error(d.withHelp("the trait `Iterator` is not implemented for `" + shown + "`")
          .withSub(Diagnostic.Sub.note("required by a bound in `" + fn + "`")));
      return;
    }
    if (want == null) return;
    Ty g = Zonk.apply(got);
    Ty w = Zonk.apply(want);
    if (!Zonk.isResolved(g) || !Zonk.isResolved(w) || g.equals(w)) return;
    String msg = into ? "type mismatch resolving `<" + shown + " as IntoIterator>::Item == " + cx.show(w) + "`"
        : "expected `" + shown + "` to be an iterator that yields `" + cx.show(w) + "`, but it yields `" + cx.show(g) + "`";
    Diagnostic d = Errors.coded("E0271", msg, where, "expected `" + cx.show(w) + "`, found `" + cx.show(g) + "`");
    if (at != null) d = d.withLabel(callee, "required by a bound introduced by this call");
    cx.error(d.withSub(Diagnostic.Sub.note("required by a bound in `" + fn + "`")));
  }
}
