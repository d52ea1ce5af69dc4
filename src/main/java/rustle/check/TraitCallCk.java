package rustle.check;

import java.util.ArrayList;
import java.util.List;
import rustle.ast.Expr;
import rustle.diag.Errors;
import rustle.types.AdtDef;
import rustle.types.FnSig;
import rustle.types.Subst;
import rustle.types.Ty;

/**
 * A trait's function called by a type's path with the impl left to the arguments ({@code S::from(x)}
 * with several {@code From} impls for S): once the body's types are known, some impl has to fit both
 * Self and the trait's arguments, else rustc's E0277 (the interpreter would find no impl to run).
 */
final class TraitCallCk {
  private TraitCallCk() {}

  static void call(FnCk cx, Expr.Call c, Res.Fn f) {
    FnSig.Def def = f.def();
    if (def.trait == null || !(def.selfTy instanceof Ty.Param) || def.implGenerics < 1) return;
    TraitDef td = cx.items.traits.get(def.trait);
    boolean user = td != null && td.item != null && !cx.items.preludeTraits.contains(def.trait);
    if (!user && !def.trait.equals("From")) return;
    List<Ty> args = f.args();
    onlyImpl(cx, def, args);
    cx.deferred.add(new Object[] {(Runnable) () -> {
      Ty self = Zonk.apply(args.get(0));
      if (!Zonk.isResolved(self) || Obligations.mentionsParam(self)) return;
      boolean userAdt = self instanceof Ty.Adt a && a.def().builtin == AdtDef.Builtin.NONE;
      // A non-generic trait: checked only for the program's types, whose impls are all written out.
      if (!user && !userAdt || def.implGenerics == 1 && !userAdt) return;
      List<Ty> traitArgs = new ArrayList<>();
      for (int i = 1; i < def.implGenerics; i++) traitArgs.add(Zonk.apply(args.get(i)));
      for (int i = 1; i < def.implGenerics; i++) {
        if (!Zonk.isResolved(args.get(i))) {
          // Nothing chose among the impls (`println!("{}", Conv::conv(&s))` with Conv<i64> and Conv<String>).
          cx.errors.add(Errors.coded("E0283", "type annotations needed", c.callee().span(), null)
              .withNote("multiple `impl`s satisfying `" + cx.show(self) + ": " + def.trait + "<_>` found"));
          return;
        }
      }
      for (Ty t : traitArgs) if (Obligations.mentionsParam(t)) return;
      if (!user && !traitArgs.isEmpty() && traitArgs.get(0).equals(self)) return;  // std's `impl<T> From<T> for T`
      for (ImplDef impl : cx.items.impls) {
        if (!def.trait.equals(impl.trait) || impl.traitArgs.size() != traitArgs.size()) continue;
        List<Ty> fresh = cx.exprs.paths.freshArgs(impl.generics.size());
        if (!cx.infer.canUnify(Subst.apply(impl.selfTy, fresh), self)) continue;
        boolean fits = true;
        for (int i = 0; i < traitArgs.size() && fits; i++) {
          fits = cx.infer.canUnify(Subst.apply(impl.traitArgs.get(i), fresh), traitArgs.get(i));
        }
        if (fits) return;
      }
      StringBuilder shown = new StringBuilder(def.trait);
      for (int i = 0; i < traitArgs.size(); i++) shown.append(i == 0 ? "<" : ", ").append(cx.show(traitArgs.get(i)));
      if (!traitArgs.isEmpty()) shown.append('>');
      cx.error(Errors.coded("E0277", "the trait bound `" + cx.show(self) + ": " + shown + "` is not satisfied",
          c.callee().span(), "unsatisfied trait bound"));
    }});
  }

  /**
   * When Self is known and one impl alone fits, its trait arguments are the call's, as rustc infers
   * them: {@code From::from((2, 3))} with only {@code From<(i64, i64)>} makes the literals i64.
   */
  private static void onlyImpl(FnCk cx, FnSig.Def def, List<Ty> args) {
    Ty self = Zonk.apply(args.get(0));
    if (!Zonk.isResolved(self) || Obligations.mentionsParam(self)) return;
    List<Ty> only = null;
    ImplDef onlyImpl = null;
    for (ImplDef impl : cx.items.impls) {
      if (!def.trait.equals(impl.trait) || impl.traitArgs.size() != def.implGenerics - 1) continue;
      List<Ty> fresh = cx.exprs.paths.freshArgs(impl.generics.size());
      if (!cx.infer.canUnify(Subst.apply(impl.selfTy, fresh), self)) continue;
      boolean fits = true;
      for (int i = 1; i < def.implGenerics && fits; i++) {
        fits = cx.infer.canUnify(Subst.apply(impl.traitArgs.get(i - 1), fresh), args.get(i));
      }
      if (!fits) continue;
      if (only != null) return;
      only = fresh;
      onlyImpl = impl;
    }
    if (only == null) return;
    for (int i = 1; i < def.implGenerics; i++) cx.infer.unify(Subst.apply(onlyImpl.traitArgs.get(i - 1), only), args.get(i));
  }
}
