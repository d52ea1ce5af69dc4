package rustle.check;

import java.util.ArrayList;
import java.util.List;
import rustle.ast.Item;
import rustle.ast.TypeExpr;
import rustle.diag.Diagnostic;
import rustle.diag.Errors;
import rustle.types.AdtDef;
import rustle.types.FnSig;
import rustle.types.Infer;
import rustle.types.Prim;
import rustle.types.Ty;

/**
 * Trait objects in the checker: lowering {@code dyn Trait} (auto traits and lifetimes dropped), dyn
 * compatibility (rustc's E0038, the basic cases), and the unsizing coercions {@code &T -> &dyn Trait},
 * {@code Box<T> -> Box<dyn Trait>}, fn items and non-capturing closures to {@code fn} pointers.
 */
final class Dyns {
  private Dyns() {}

  /** Auto traits and marker bounds a trait object may add without changing its vtable. */
  private static final java.util.Set<String> AUTO = java.util.Set.of("Send", "Sync", "Unpin", "UnwindSafe",
      "RefUnwindSafe");

  static boolean isFnTrait(String name) {
    return name.equals("Fn") || name.equals("FnMut") || name.equals("FnOnce");
  }

  /** Lowers {@code dyn A + Send + 'a}; null after reporting an error. */
  static Ty lower(TyLowering low, Items items, List<Diagnostic> errors, TypeExpr.DynTraitType t,
      TyLowering.Scope scope, InferCtx infer) {
    TypeExpr.Bound principal = null;
    for (TypeExpr.Bound b : t.bounds()) {
      if (b.path() == null || AUTO.contains(b.path().last())) continue;
      if (principal != null) {
        errors.add(Errors.coded("E0225", "only auto traits can be used as additional traits in a trait object",
            b.span(), "additional non-auto trait"));
        return null;
      }
      principal = b;
    }
    if (principal == null) {
      errors.add(Errors.coded("E0224", "at least one trait is required for an object type", t.span(), null));
      return null;
    }
    String name = principal.path().last();
    if (principal.fnParams() != null || isFnTrait(name)) {
      List<Ty> ps = new ArrayList<>();
      if (principal.fnParams() != null) {
        for (TypeExpr p : principal.fnParams()) {
          Ty x = low.lower(p, scope, infer);
          if (x == null) return null;
          ps.add(x);
        }
      }
      Ty r = principal.fnRet() == null ? Ty.UNIT : low.lower(principal.fnRet(), scope, infer);
      return r == null ? null : new Ty.Dyn(name, List.of(), ps, r);
    }
    TraitDef td = items.traits.get(name);
    if (td == null) {
      errors.add(Errors.coded("E0405", "cannot find trait `" + name + "` in this scope", principal.path().span(),
          "not found in this scope"));
      return null;
    }
    List<Ty> args = new ArrayList<>();
    List<TypeExpr> written = principal.path().segments().get(principal.path().segments().size() - 1).generics();
    for (TypeExpr g : written) {
      Ty x = low.lower(g, scope, infer);
      if (x == null) return null;
      args.add(x);
    }
    Diagnostic bad = incompatible(td, items, infer == null ? t.span() : principal.path().span());
    if (bad != null) {
      errors.add(bad);
      return null;
    }
    return new Ty.Dyn(name, args, null, null);
  }

  /**
   * E0038 when a method of the trait cannot go into a vtable: generic methods, and methods or
   * functions that mention {@code Self} by value, unless they opt out with {@code where Self: Sized}.
   */
  private static Diagnostic incompatible(TraitDef td, Items items, rustle.ast.Span at) {
    if (td.item == null) return null;
    for (FnSig.Def m : td.methods.values()) {
      Item.FnItem f = m.item;
      if (selfSized(f)) continue;
      rustle.ast.Span why = null;
      String because = null;
      boolean ownGenerics = false;
      for (Item.GenericParam g : f.generics()) if (!g.isLifetime() && !g.name().equals("Self")) ownGenerics = true;
      if (ownGenerics) {
        why = f.nameSpan();
        because = "...because method `" + f.name() + "` has generic type parameters";
      } else if (f.selfKind() == Item.SelfKind.NONE) {
        why = f.nameSpan();
        because = "...because associated function `" + f.name() + "` has no `self` parameter";
      } else if (f.ret() != null && mentionsSelf(f.ret())) {
        why = f.ret().span();
        because = "...because method `" + f.name() + "` references the `Self` type in its return type";
      }
      if (why == null) continue;
      Diagnostic.Sub note = Diagnostic.Sub.note("for a trait to be dyn compatible it needs to allow building a "
          + "vtable\nfor more information, visit <https://doc.rust-lang.org/reference/items/traits.html"
          + "#dyn-compatibility>", why, because).withLabel(td.item.nameSpan(), "this trait is not dyn compatible...");
      Diagnostic d = Errors.coded("E0038", "the trait `" + td.name + "` is not dyn compatible", at,
          "`" + td.name + "` is not dyn compatible").withSub(note)
          .withSub(Diagnostic.Sub.help("consider moving `" + f.name() + "` to another trait"));
      List<ImplDef> impls = new ArrayList<>();
      for (ImplDef i : items.impls) if (td.name.equals(i.trait)) impls.add(i);
      if (impls.size() == 1) {
        String only = rustle.types.TyPrinter.show(impls.get(0).selfTy);
        d = d.withSub(Diagnostic.Sub.help("only type `" + only + "` implements `" + td.name
            + "`; consider using it directly instead."));
      }
      return d;
    }
    return null;
  }

  private static boolean selfSized(Item.FnItem f) {
    return f.selfSized() != null;
  }

  private static boolean mentionsSelf(TypeExpr t) {
    if (t instanceof TypeExpr.PathType p) {
      if (p.path().isSingle() && p.path().last().equals("Self")) return true;
      for (rustle.ast.Path.Segment s : p.path().segments()) {
        for (TypeExpr g : s.generics()) if (mentionsSelf(g)) return true;
      }
      return false;
    }
    if (t instanceof TypeExpr.RefType r) return mentionsSelf(r.inner());
    if (t instanceof TypeExpr.TupleType tu) {
      for (TypeExpr e : tu.elems()) if (mentionsSelf(e)) return true;
      return false;
    }
    if (t instanceof TypeExpr.ArrayType a) return mentionsSelf(a.elem());
    if (t instanceof TypeExpr.SliceType s) return mentionsSelf(s.elem());
    return false;
  }

  /**
   * Whether a trait object implements a formatting trait (Display, Debug) through its vtable: the
   * object's trait is it, or has it among its supertraits (whose methods lead the vtable).
   */
  static boolean formats(Items items, Ty.Dyn d, String trait) {
    if (d.isFnTrait()) return false;
    for (TraitDef td : TraitDef.withSupertraits(items.traits, d.trait())) {
      if (td.name.equals(trait)) return td == items.traits.get(trait) && items.preludeTraits.contains(trait);
    }
    return false;
  }

  static boolean sameTrait(InferCtx infer, Ty.Dyn a, Ty.Dyn b) {
    if (!a.trait().equals(b.trait()) || !infer.all(a.args(), b.args())) return false;
    if (a.fnParams() == null || b.fnParams() == null) return a.fnParams() == b.fnParams();
    return infer.all(a.fnParams(), b.fnParams()) && infer.unify(a.fnRet(), b.fnRet());
  }

  /**
   * Whether a pointer to {@code from} may be unsized to a pointer to {@code to} (both resolved): a
   * concrete type that implements the object's trait, or a closure or fn item of the right signature
   * for {@code dyn Fn(..)}. Reports E0277 when the type is concrete but lacks the impl.
   */
  static boolean unsizes(FnCk cx, Ty from, Ty to, rustle.ast.Span at) {
    if (from instanceof Infer v && InferAccess.kind(v) != Infer.Kind.GENERAL && to instanceof Ty.Dyn) {
      // A literal's type (`&4 as &dyn Debug`): rustc leaves `{integer}: Debug` pending and checks it once
      // the variable is known or falls back to i32 / f64; the impl is judged here on that fallback, and
      // the variable stays free for a later use to settle.
      Ty fallback = InferAccess.kind(v) == Infer.Kind.INT ? Prim.I32 : Prim.F64;
      return unsizes(cx, fallback, to, at);
    }
    if (!(to instanceof Ty.Dyn d) || from instanceof Ty.Dyn || from instanceof Infer
        || rustle.types.Layouts.isUnsized(from)) {
      return false;
    }
    if (d.isFnTrait()) {
      List<Ty> ps;
      Ty ret;
      if (from instanceof Ty.Closure c) {
        ps = c.params();
        ret = c.ret();
      } else if (from instanceof Ty.FnDef f) {
        ps = rustle.types.Subst.all(f.def().params, f.args());
        ret = rustle.types.Subst.apply(f.def().ret, f.args());
      } else if (from instanceof Ty.FnPtr p) {
        ps = p.params();
        ret = p.ret();
      } else {
        return false;
      }
      return ps.size() == d.fnParams().size() && cx.infer.all(ps, d.fnParams()) && cx.infer.unify(ret, d.fnRet());
    }
    // A type parameter bounded by the object's trait (`fn f<E: Error>(e: E) -> Box<dyn Error>`): each
    // instance builds the vtable of its own type.
    if (from instanceof Ty.Param p) return cx.methods.natives.hasBound(p, d.trait());
    if (d.trait().equals("Display") && !cx.exprs.paths.implementsTrait(from, "Display")
        && cx.methods.natives.isDisplay(from)) {
      // std's own Display impls (String, integers, ...) are native: the vtable's entry is the prelude's
      // __dyn_display_fmt (interp.Vtables).
      return true;
    }
    if (formats(cx.items, d, "Debug") && !cx.exprs.paths.implementsTrait(from, "Debug")
        && new FmtTraits(cx).isDebug(from)) {
      // A derived or std Debug is native: the vtable's entry is the prelude's __dyn_debug_fmt (interp.Vtables).
      if (d.trait().equals("Debug")) return true;
    }
    if (!cx.exprs.paths.implementsTrait(from, d.trait())) {
      cx.error(Errors.coded("E0277", "the trait bound `" + cx.show(from) + ": " + d.trait() + "` is not satisfied",
          at, "the trait `" + d.trait() + "` is not implemented for `" + cx.show(from) + "`")
          .withNote("required for the cast from `" + cx.show(from) + "` to `" + cx.show(to) + "`"));
      return true;
    }
    return true;
  }

  /**
   * Checks a list of values that must share one type (array and {@code vec!} elements) and returns
   * it. Two different fn items (or capture-free closures) meet at their fn pointer type, as rustc's
   * least upper bound coercion makes them: the elements before are then coerced to it too.
   */
  static Ty elements(FnCk cx, List<rustle.ast.Expr> es, Ty elem) {
    List<Ty> seen = new ArrayList<>();
    boolean free = Infer.shallow(elem) instanceof Infer;
    for (int i = 0; i < es.size(); i++) {
      rustle.ast.Expr e = es.get(i);
      Ty t = cx.exprs.check(e, elem);
      Ty prev = cx.resolve(elem);
      Ty now = cx.resolve(t);
      if (free && i > 0 && fnSig(prev) != null && fnSig(now) != null && !cx.infer.canUnify(prev, now)) {
        elem = fnSig(prev);
        for (int j = 0; j < i; j++) cx.coerce(es.get(j), seen.get(j), elem);
        free = false;
      }
      cx.coerce(e, t, elem);
      seen.add(t);
    }
    return elem;
  }

  /** The fn pointer type a fn item or capture-free closure coerces to, or null. */
  private static Ty.FnPtr fnSig(Ty t) {
    if (t instanceof Ty.FnDef f) {
      return new Ty.FnPtr(rustle.types.Subst.all(f.def().params, f.args()), rustle.types.Subst.apply(f.def().ret, f.args()));
    }
    if (t instanceof Ty.Closure c && c.captures().isEmpty()) return new Ty.FnPtr(c.params(), c.ret());
    return null;
  }

  /** Records an unsizing coercion of e's value; to is the pointer type it becomes. */
  static void record(FnCk cx, rustle.ast.Expr e, Ty from, Ty to) {
    if (e == null) return;
    cx.tables.coercions[e.id()] = Tables.Coercion.UNSIZE;
    cx.tables.unsizeTargets.put(e.id(), to);
  }

  /** The pointee of a pointer type that can carry a trait object ({@code &T}, {@code Box<T>}). */
  static Ty boxed(Ty t) {
    if (t instanceof Ty.Adt a && a.def().builtin == AdtDef.Builtin.BOX) return Infer.shallow(a.args().get(0));
    return null;
  }
}
