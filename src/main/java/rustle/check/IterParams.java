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

  /**
   * Gives each of a function's own iterator parameters (from index start) the generic parameters that
   * stand for its projections, appended after the others: {@code <I as Iterator>::Item} for an
   * {@code I: Iterator} without {@code Item = T} (its bound then reads {@code Iterator<Item = that>}), and
   * for {@code I: IntoIterator} its {@code <I as IntoIterator>::IntoIter} (an iterator of the item) and,
   * without a binding, its {@code Item}. Each call fixes them from the argument's type ({@link #call}),
   * and each instance runs with them as concrete types. Returns the scope naming them ({@code I::Item}).
   */
  static TyLowering.Scope projections(List<FnSig.Generic> gs, int start, TyLowering.Scope sc) {
    java.util.Map<String, Ty> m = null;
    int n = gs.size();
    for (int i = start; i < n; i++) {
      FnSig.Generic g = gs.get(i);
      List<FnSig.TraitRef> bs = new java.util.ArrayList<>(g.bounds());
      boolean changed = false;
      for (int k = 0; k < bs.size(); k++) {
        FnSig.TraitRef b = bs.get(k);
        boolean into = b.trait().equals("IntoIterator");
        if (!into && !named(b, "Iterator") || b.fnParams() != null) continue;
        Ty known = into ? null : bound(new FnSig.Generic(g.name(), bs), "Iterator");
        if (known != null && b.args().isEmpty()) {
          // `I: Iterator<Item = u8> + ExactSizeIterator`: one item for both bounds.
          bs.set(k, new FnSig.TraitRef(b.trait(), List.of(known), null, b.fnRet()));
          changed = true;
          continue;
        }
        if (m == null) m = new java.util.HashMap<>(sc.params());
        Ty item = b.args().size() == 1 ? b.args().get(0) : null;
        String trait = into ? "IntoIterator" : "Iterator";
        if (item == null) {
          item = add(gs, m, "<" + g.name() + " as " + trait + ">::Item", List.of());
          bs.set(k, new FnSig.TraitRef(b.trait(), List.of(item), null, b.fnRet()));
          changed = true;
        }
        if (into) {
          Ty it = add(gs, m, "<" + g.name() + " as IntoIterator>::IntoIter", List.of(new FnSig.TraitRef("Iterator", List.of(item), null, null)));
          m.put(g.name() + "::IntoIter", it);
        }
        m.put(g.name() + "::Item", item);
      }
      if (changed) gs.set(i, new FnSig.Generic(g.name(), List.copyOf(bs)));
    }
    return m == null ? sc : new TyLowering.Scope(m, sc.self());
  }

  private static Ty add(List<FnSig.Generic> gs, java.util.Map<String, Ty> m, String name, List<FnSig.TraitRef> bounds) {
    Ty p = new Ty.Param(name, gs.size());
    gs.add(new FnSig.Generic(name, bounds));
    m.put(name, p);
    return p;
  }

  /** Names {@code I::Item} in a body's scope for each of def's iterator parameters (as projections did). */
  static void itemNames(FnSig.Def def, java.util.Map<String, Ty> params) {
    for (FnSig.Generic g : def.generics) {
      Ty item = bound(g, "Iterator");
      if (item == null) item = bound(g, "IntoIterator");
      if (item != null) params.putIfAbsent(g.name() + "::Item", item);
    }
    for (int i = 0; i < def.generics.size(); i++) {
      String n = def.generics.get(i).name();
      if (n.startsWith("<") && n.endsWith(" as IntoIterator>::IntoIter")) {
        params.putIfAbsent(n.substring(1, n.indexOf(' ')) + "::IntoIter", new Ty.Param(n, i));
      }
    }
  }

  /** The parameter standing for {@code <P as IntoIterator>::IntoIter} in the body being checked, or null. */
  static Ty intoIterParam(FnCk cx, Ty.Param p) {
    if (cx.def == null || p.index() >= cx.def.generics.size()) return null;
    int k = projection(cx.def, cx.def.generics.get(p.index()), "IntoIterator>::IntoIter");
    return k < 0 ? null : new Ty.Param(cx.def.generics.get(k).name(), k);
  }

  /** The generic parameter of def standing for a projection of its parameter g (see projections), or -1. */
  static int projection(FnSig.Def def, FnSig.Generic g, String what) {
    String name = "<" + g.name() + " as " + what;
    for (int i = def.generics.size() - 1; i >= 0; i--) if (def.generics.get(i).name().equals(name)) return i;
    return -1;
  }

  /** What def's generic parameters bound by {@code Fn(..) -> R} or {@code FnMut(..) -> R} return, by index. */
  static Ty[] fnRets(FnSig.Def def) {
    if (def == null || def.generics.isEmpty()) return null;
    Ty[] out = null;
    for (int i = 0; i < def.generics.size(); i++) {
      FnSig.TraitRef b = fnMut(def.generics.get(i));
      if (b == null) continue;
      if (out == null) out = new Ty[def.generics.size()];
      out[i] = b.fnRet() == null ? Ty.UNIT : b.fnRet();
    }
    return out;
  }

  /** Generic g's {@code Fn(..)} or {@code FnMut(..)} bound (what an iterator adapter may call), or null. */
  static FnSig.TraitRef fnMut(FnSig.Generic g) {
    for (FnSig.TraitRef b : g.bounds()) {
      if (b.fnParams() != null && (b.trait().equals("Fn") || b.trait().equals("FnMut"))) return b;
    }
    return null;
  }

  /** The {@code Item = T} of generic g's bound by trait ({@code Iterator} or {@code IntoIterator}), or null. */
  static Ty bound(FnSig.Generic g, String trait) {
    for (FnSig.TraitRef b : g.bounds()) {
      if (named(b, trait) && b.args().size() == 1 && b.fnParams() == null) return b.args().get(0);
    }
    return null;
  }

  /** Whether b is a bound by trait; DoubleEndedIterator and ExactSizeIterator count as Iterator (their supertrait). */
  static boolean named(FnSig.TraitRef b, String trait) {
    return b.trait().equals(trait) || trait.equals("Iterator") && SUB.contains(b.trait());
  }

  private static final java.util.Set<String> SUB = java.util.Set.of("DoubleEndedIterator", "ExactSizeIterator");

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
        if (!into && !named(b, "Iterator") || b.fnParams() != null) continue;
        Ty arg = args.get(i);
        if (SUB.contains(b.trait())) {
          String trait = b.trait();
          cx.deferred.add(new Object[] {(Runnable) () -> sub(cx, arg, trait, def.path(), at, callee)});
        }
        Ty want = b.args().size() == 1 ? Subst.apply(b.args().get(0), args) : null;
        Ty got = itemOf(cx, arg, into);
        if (got != null && want != null) cx.infer.probe(got, want);
        int k = into ? projection(def, g, "IntoIterator>::IntoIter") : -1;
        if (k >= 0 && k < args.size()) {
          Ty it = intoIterOf(cx, arg);
          if (it != null) cx.infer.probe(args.get(k), it);
        }
        String fn = def.path();
        cx.deferred.add(new Object[] {(Runnable) () -> check(cx, arg, want, into, b, fn, at, callee)});
      }
    }
  }

  /**
   * The iterator {@code into_iter} gives for an argument of type arg, as the interpreter makes it
   * (an array by value: std's array IntoIter holding the array).
   */
  private static Ty intoIterOf(FnCk cx, Ty arg) {
    Ty t = cx.resolve(arg);
    if (t instanceof Ty.Array a) return new Ty.Adt(cx.items.stdAdt("ArrayIntoIter"), List.of(a.elem(), a));
    if (t instanceof Ty.Param p && intoIterParam(cx, p) != null) return intoIterParam(cx, p);
    // `&mut it` of an iterator: the instance runs it as the prelude's ByRef (interp.IterArgs).
    if (t instanceof Ty.Ref r && r.mutable() && Iterators.itemOfTy(r.inner(), cx.items) != null) {
      return new Ty.Adt(cx.items.std("ByRef"), List.of(cx.resolve(r.inner())));
    }
    return new IterMethods(cx).intoIter(t);
  }

  private static Ty itemOf(FnCk cx, Ty arg, boolean into) {
    Ty t = cx.resolve(arg);
    if (!into) return Iterators.isIterator(t, cx.items) || t instanceof Ty.Ref ? Iterators.itemOfTy(t, cx.items) : null;
    if (t instanceof Ty.Param p && intoItem(cx, p) != null) return intoItem(cx, p);
    Ty it = intoIterOf(cx, t);
    return it == null ? null : Iterators.itemOfTy(it, cx.items);
  }

  /** An argument for a DoubleEndedIterator or ExactSizeIterator parameter must be one (E0277). */
  private static void sub(FnCk cx, Ty arg, String trait, String fn, Span at, Span callee) {
    if (cx.failed()) return;
    Ty t = Zonk.apply(arg);
    if (!Zonk.isResolved(t) || !(t instanceof Ty.Adt) || !Iterators.isIterator(t, cx.items)) return;
    boolean holds = trait.equals("ExactSizeIterator") ? cx.methods.natives.exactSize(t)
        : DoubleEnded.of(t) != DoubleEnded.Answer.NOT_IN_RUST;
    if (holds) return;
    String shown = cx.show(t);
    Diagnostic d = Errors.coded("E0277", "the trait bound `" + shown + ": " + trait + "` is not satisfied",
        at != null ? at : callee, "the trait `" + trait + "` is not implemented for `" + shown + "`");
    if (at != null) d = d.withLabel(callee, "required by a bound introduced by this call");
    cx.error(d.withSub(Diagnostic.Sub.note("required by a bound in `" + fn + "`")));
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
    if (b.args().size() == 1 && b.args().get(0) instanceof Ty.Param pp && pp.name().startsWith("<")) {
      // `I::Item` is the argument's item; only the call's expected type can have fixed it otherwise, and
      // rustc then reports the call's value as mismatched.
      cx.error(Errors.coded("E0308", "mismatched types", callee, "expected `" + cx.show(w) + "`, found `" + cx.show(g) + "`"));
      return;
    }
    Diagnostic d = Errors.coded("E0271", msg, where, "expected `" + cx.show(w) + "`, found `" + cx.show(g) + "`");
    if (at != null) d = d.withLabel(callee, "required by a bound introduced by this call");
    cx.error(d.withSub(Diagnostic.Sub.note("required by a bound in `" + fn + "`")));
  }
}
