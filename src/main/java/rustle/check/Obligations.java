package rustle.check;

import java.util.ArrayList;
import java.util.List;
import rustle.ast.Expr;
import rustle.ast.Span;
import rustle.diag.Diagnostic;
import rustle.diag.Errors;
import rustle.types.AdtDef;
import rustle.types.FnSig;
import rustle.types.Infer;
import rustle.types.Prim;
import rustle.types.Subst;
import rustle.types.Ty;

/**
 * The trait bounds of a generic function at its call sites ({@code fn big<T: PartialOrd>} called with
 * a type that has no PartialOrd): rustc's E0277 "required by a bound". Checked at the end of the calling
 * body, once its types are known, for the traits rustle models; a type still unknown, a generic
 * parameter of the caller, or a trait rustle does not model is given the benefit of the doubt.
 */
final class Obligations {
  private final FnCk cx;

  Obligations(FnCk cx) {
    this.cx = cx;
  }

  /** Records the bounds of f's own generic parameters for the call c, checked when the body is done. */
  void call(Expr.Call c, Res.Fn f) {
    calls(f.def(), f.args(), c.args(), 0, c.callee().span());
  }

  /**
   * The same for a method call m of def (args: its type arguments, the impl's first); the bounds of an
   * inherent impl's parameters make the method not callable on the receiver's type (rustc's E0599).
   */
  void method(Expr.MethodCall m, FnSig.Def def, List<Ty> args, boolean[] known) {
    calls(def, args, m.args(), 1, m.nameSpan());
    if (def.fromPrelude && m.name().equals("unwrap_or_default") && !args.isEmpty()
        && Infer.shallow(def.selfTy) instanceof Ty.Adt owner) {
      unwrapOrDefault(m, owner.def().name, args.get(0));
    }
    if (def.fromPrelude && m.name().equals("or_default") && args.size() >= 2
        && Infer.shallow(def.selfTy) instanceof Ty.Adt e && e.def().name.equals("Entry")) {
      entryOrDefault(m, Subst.apply(def.selfTy, args), args.get(1));
    }
    // The prelude's own impls are trusted, except those of the collections written in Rust there, whose
    // bounds are std's (`impl<T: Ord> BinaryHeap<T>`).
    boolean coll = def.fromPrelude && Infer.shallow(def.selfTy) instanceof Ty.Adt sa
        && (CollFroms.isDeque(sa) || CollFroms.isHeap(sa) || CollFroms.isBTree(sa));
    // std puts BTreeMap's and BTreeSet's `K: Ord` on each method (a where clause): always E0277 there.
    boolean whereClause = coll && CollFroms.isBTree((Ty.Adt) Infer.shallow(def.selfTy));
    if (def.fromPrelude && (!coll || cx.def != null && cx.def.fromPrelude) || def.trait != null || def.selfTy == null) return;
    for (int i = 0; i < def.implGenerics && i < args.size(); i++) {
      for (FnSig.TraitRef b : def.generics.get(i).bounds()) {
        boolean operator = b.fnParams() == null && OperatorBounds.isOperator(b.trait());
        if (b.fnParams() != null || !operator && !modelled(b.trait()) && !userTrait(b.trait())) continue;
        Ty arg = args.get(i);
        Ty self = Subst.apply(def.selfTy, args);
        // rustc's method probe sees the bound fail only on a type already known before the arguments
        // (E0599); on one still being inferred it becomes an obligation, reported as E0277.
        boolean before = known[i];
        cx.deferred.add(new Object[] {(Runnable) () -> {
          Ty t = Zonk.apply(arg);
          if (!Zonk.isResolved(t) || mentionsParam(t)) return;
          if (operator ? new OperatorBounds(cx).holds(t, b, args) : holds(t, b.trait())) return;
          if (coll && (!before || whereClause)) {
            String ts = cx.show(t);
            cx.error(Errors.coded("E0277", "the trait bound `" + ts + ": " + b.trait() + "` is not satisfied", m.nameSpan(),
                "the trait `" + b.trait() + "` is not implemented for `" + ts + "`"));
            return;
          }
          String shown = cx.show(self);
          cx.error(Errors.coded("E0599", "the method `" + m.name() + "` exists for " + PathCk.kindWord(Zonk.apply(self))
              + " `" + shown + "`, but its trait bounds were not satisfied", m.nameSpan(),
              "method cannot be called on `" + shown + "` due to unsatisfied trait bounds")
              .withSub(Diagnostic.Sub.note("trait bound `" + cx.show(t) + ": " + b.trait() + "` was not satisfied")));
        }});
      }
    }
  }

  /** Which of def's impl type arguments are already known (before a method call's arguments are checked). */
  static boolean[] known(FnSig.Def def, List<Ty> args) {
    boolean[] k = new boolean[Math.max(0, def.implGenerics)];
    for (int i = 0; i < k.length && i < args.size(); i++) k[i] = Zonk.isResolved(Zonk.apply(args.get(i)));
    return k;
  }

  /** {@code Option<T>::unwrap_or_default} needs {@code T: Default} (rustle's prelude leaves std's bound out). */
  private void unwrapOrDefault(Expr.MethodCall m, String owner, Ty arg) {
    cx.deferred.add(new Object[] {(Runnable) () -> {
      Ty t = Zonk.apply(arg);
      if (!Zonk.isResolved(t) || mentionsParam(t)) return;
      switch (DeriveDefaults.kind(t, cx.items)) {
        case YES:
          return;
        case UNSUPPORTED:
          cx.error(Errors.unsupported("`unwrap_or_default` of `" + cx.show(t) + "`", m.nameSpan()));
          return;
        default:
          String shown = cx.show(t);
          cx.error(Errors.coded("E0277", "the trait bound `" + shown + ": Default` is not satisfied", m.nameSpan(),
              "the trait `Default` is not implemented for `" + shown + "`")
              .withSub(Diagnostic.Sub.note("required by a bound in `" + owner + "::<T>::unwrap_or_default`")));
      }
    }});
  }

  /**
   * HashMap's {@code Entry::or_default} is in std's {@code impl<K, V: Default> Entry}: on a value type
   * that is not Default the method is not callable (rustc's E0599; the prelude leaves the bound out).
   */
  private void entryOrDefault(Expr.MethodCall m, Ty self, Ty value) {
    cx.deferred.add(new Object[] {(Runnable) () -> {
      Ty t = Zonk.apply(value);
      if (!Zonk.isResolved(t) || mentionsParam(t)) return;
      switch (DeriveDefaults.kind(t, cx.items)) {
        case YES:
          return;
        case UNSUPPORTED:
          cx.error(Errors.unsupported("`or_default` of `" + cx.show(t) + "`", m.nameSpan()));
          return;
        default:
          String shown = cx.show(Zonk.apply(self));
          cx.error(Errors.coded("E0599", "the method `or_default` exists for enum `" + shown
              + "`, but its trait bounds were not satisfied", m.nameSpan(),
              "method cannot be called on `" + shown + "` due to unsatisfied trait bounds")
              .withSub(Diagnostic.Sub.note("the following trait bounds were not satisfied:\n`" + cx.show(t) + ": Default`")));
      }
    }});
  }

  private void calls(FnSig.Def def, List<Ty> args, List<Expr> argExprs, int skip, Span callee) {
    boolean named = def.path().startsWith("__cmp_") || def.path().startsWith("__trait_");
    if (def.fromPrelude && !named || cx.def != null && cx.def.fromPrelude) return;
    for (int i = def.implGenerics; i < def.generics.size() && i < args.size(); i++) {
      IterParams.call(cx, def, args, i, argSpan(argExprs, skip, def, i), callee);
      for (FnSig.TraitRef b : def.generics.get(i).bounds()) {
        boolean operator = b.fnParams() == null && OperatorBounds.isOperator(b.trait());
        if (b.fnParams() != null || !operator && !modelled(b.trait()) && !userTrait(b.trait())) continue;
        Ty arg = args.get(i);
        Span at = argSpan(argExprs, skip, def, i);
        String fn = def.path().startsWith("__cmp_") ? def.path().substring(6) : def.path().startsWith("__trait_") ? def.path().substring(8) : def.path();
        if (operator) {
          cx.deferred.add(new Object[] {(Runnable) () -> {
            Ty t = Zonk.apply(arg);
            if (Zonk.isResolved(t) && !mentionsParam(t)) new OperatorBounds(cx).check(t, b, args, fn, at, callee);
          }});
          continue;
        }
        cx.deferred.add(new Object[] {(Runnable) () -> check(arg, b.trait(), fn, at, callee)});
      }
    }
  }

  /** A trait of the program: its impls are all known (a blanket impl counts as holding). */
  private boolean userTrait(String trait) {
    TraitDef td = cx.items.traits.get(trait);
    return td != null && td.item != null && !cx.items.preludeTraits.contains(trait);
  }

  private static boolean modelled(String trait) {
    switch (trait) {
      case "Display": case "Debug": case "Clone": case "Copy":
      case "PartialEq": case "Eq": case "PartialOrd": case "Ord":
        return true;
      default:
        return false;
    }
  }

  /** rustc points at the one argument whose type mentions the parameter, else at the callee. */
  private static Span argSpan(List<Expr> argExprs, int skip, FnSig.Def def, int param) {
    List<Ty> marked = new ArrayList<>();
    for (int i = 0; i < def.generics.size(); i++) marked.add(i == param ? Ty.UNIT : new Ty.Param(def.generics.get(i).name(), i));
    int found = -1;
    for (int i = 0; i < def.params.size(); i++) {
      if (Subst.apply(def.params.get(i), marked).equals(def.params.get(i))) continue;
      if (found >= 0 || i < skip) return null;  // several arguments, or the receiver
      found = i;
    }
    return found < 0 || found - skip >= argExprs.size() ? null : argExprs.get(found - skip).span();
  }

  private void check(Ty arg, String trait, String fn, Span at, Span callee) {
    Ty t = Zonk.apply(arg);
    if (!Zonk.isResolved(t) || mentionsParam(t) || holds(t, trait)) return;
    String shown = cx.show(t);
    String message;
    String label;
    switch (trait) {
      case "Display":
        message = "`" + shown + "` doesn't implement `std::fmt::Display`";
        label = "unsatisfied trait bound";
        break;
      case "Debug":
        message = "`" + shown + "` doesn't implement `Debug`";
        label = "the trait `Debug` is not implemented for `" + shown + "`";
        break;
      case "PartialEq":
        message = "can't compare `" + shown + "` with `" + shown + "`";
        label = "no implementation for `" + shown + " == " + shown + "`";
        break;
      case "PartialOrd":
        message = "can't compare `" + shown + "` with `" + shown + "`";
        label = "no implementation for `" + shown + " < " + shown + "` and `" + shown + " > " + shown + "`";
        break;
      default:
        message = "the trait bound `" + shown + ": " + trait + "` is not satisfied";
        label = "the trait `" + trait + "` is not implemented for `" + shown + "`";
    }
    Diagnostic d = Errors.coded("E0277", message, at != null ? at : callee, label);
    if (at != null) d = d.withLabel(callee, "required by a bound introduced by this call");
    cx.error(d.withSub(Diagnostic.Sub.note("required by a bound in `" + fn + "`")));
  }

  static boolean mentionsParam(Ty t) {
    if (t instanceof Ty.Param) return true;
    if (t instanceof Ty.Ref r) return mentionsParam(r.inner());
    if (t instanceof Ty.Adt a) {
      for (Ty x : a.args()) if (mentionsParam(x)) return true;
    }
    if (t instanceof Ty.Tuple tu) {
      for (Ty x : tu.elems()) if (mentionsParam(x)) return true;
    }
    if (t instanceof Ty.Array a) return mentionsParam(a.elem());
    if (t instanceof Ty.Slice s) return mentionsParam(s.elem());
    // Closures, fn items and pointers: not looked into (their bounds are not modelled here).
    return !(t instanceof Prim || t instanceof Ty.Dyn || t instanceof Ty.Adt || t instanceof Ty.Tuple);
  }

  /** Whether t (resolved, without generic parameters) implements trait, as far as rustle models it. */
  boolean holds(Ty t, String trait) {
    switch (trait) {
      case "Display": return cx.methods.natives.isDisplay(t);
      case "Debug": return cx.macros.fmtTraits().isDebug(t);
      case "Clone": return cx.methods.natives.isClone(t);
      case "Copy": return CopyRules.isCopy(t);
      case "PartialEq": case "Eq": case "PartialOrd": case "Ord": return compares(t, trait);
      default: return cx.exprs.paths.implementsTrait(t, trait);
    }
  }

  /** PartialEq, Eq, PartialOrd, Ord: std's impls for primitives and containers, derives and impls otherwise. */
  boolean compares(Ty t, String trait) {
    boolean total = trait.equals("Eq") || trait.equals("Ord");
    if (t instanceof Prim p) return p != Prim.NEVER && !(total && p.isFloat());
    if (t instanceof Ty.Ref r) return compares(r.inner(), trait);
    if (t instanceof Ty.Tuple tu) {
      for (Ty e : tu.elems()) if (!compares(e, trait)) return false;
      return true;
    }
    if (t instanceof Ty.Array a) return compares(a.elem(), trait);
    if (t instanceof Ty.Slice s) return compares(s.elem(), trait);
    if (t instanceof Ty.Adt a) {
      if (a.def().builtin != AdtDef.Builtin.NONE || a.def() == cx.items.stdAdt(a.def().name)) {
        if (a.def().builtin == AdtDef.Builtin.HASH_MAP || a.def().builtin == AdtDef.Builtin.HASH_SET) {
          return !trait.contains("Ord") && argsCompare(a, trait);
        }
        // std's BinaryHeap has no comparison at all.
        if (a.def().fromPrelude && CollFroms.isHeap(a)) return false;
        return argsCompare(a, trait);
      }
      return a.def().derives(trait) || cx.exprs.paths.implementsTrait(a, trait);
    }
    return true;
  }

  private boolean argsCompare(Ty.Adt a, String trait) {
    for (Ty x : a.args()) if (!(Infer.shallow(x) instanceof Infer) && !compares(x, trait)) return false;
    return true;
  }
}
