package rustle.check;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import rustle.ast.Expr;
import rustle.diag.Errors;
import rustle.types.FnSig;
import rustle.types.Subst;
import rustle.types.Ty;

/**
 * A method call that more than one impl of one generic trait could answer ({@code impl Conv<i64> for S}
 * and {@code impl Conv<String> for S}, then {@code s.conv()}): as rustc's trait selection, the impl whose
 * method fits the expected result type and the arguments' types is the one called; none fitting is
 * E0277 ({@code S: Conv<bool>} is not satisfied), several E0283 (type annotations needed).
 */
final class ImplChoice {
  private final FnCk cx;

  ImplChoice(FnCk cx) {
    this.cx = cx;
  }

  /** The call resolved to one of impls (all impls of one trait whose receiver fits); try probes one. */
  MethodRes choose(Expr.MethodCall m, Ty expected, List<ImplDef> impls, Function<ImplDef, MethodRes> try_) {
    List<Ty> argTys = argTypes(m);
    List<ImplDef> fitting = new ArrayList<>();
    for (ImplDef impl : impls) {
      int mark = cx.infer.mark();
      MethodRes r = try_.apply(impl);
      boolean fits = r != null && fits(r, expected, argTys);
      cx.infer.rollback(mark);
      if (fits) fitting.add(impl);
    }
    if (fitting.size() == 1) return try_.apply(fitting.get(0));
    MethodRes first = try_.apply(impls.get(0));
    if (fitting.isEmpty()) {
      // The trait's own method, its arguments fixed by the call: the result then has the type wanted,
      // so the E0277 is not followed by a mismatch.
      MethodRes generic = traitMethod(m, first, expected, argTys);
      if (generic == null) return first;
      StringBuilder wanted = new StringBuilder(generic.def().trait).append('<');
      for (int i = 0; i < traitParams(generic.def().trait); i++) {
        wanted.append(i == 0 ? "" : ", ").append(cx.show(InferCtx.zonk(generic.args().get(1 + i))));
      }
      cx.error(Errors.coded("E0277", "the trait bound `" + cx.show(first.receiverTy()) + ": " + wanted
          + ">` is not satisfied", blame(m, impls, try_, argTys), "unsatisfied trait bound"));
      return generic;
    }
    cx.error(Errors.coded("E0283", "type annotations needed", m.nameSpan(), null)
        .withNote("multiple `impl`s satisfying `" + cx.show(first.receiverTy()) + ": " + impls.get(0).trait + "<_>` found"));
    return first;
  }

  /**
   * The types of the arguments that checking twice leaves unchanged (literals, locals, fields and borrows
   * of them); null for the others, which do not take part in the choice.
   */
  private List<Ty> argTypes(Expr.MethodCall m) {
    List<Ty> out = new ArrayList<>();
    for (Expr a : m.args()) out.add(plain(a) ? cx.exprs.check(a, null) : null);
    return out;
  }

  private static boolean plain(Expr e) {
    if (e instanceof Expr.Borrow b) return plain(b.operand());
    if (e instanceof Expr.Field f) return plain(f.receiver());
    return e instanceof Expr.PathExpr || e instanceof Expr.Lit;
  }

  private boolean fits(MethodRes r, Ty expected, List<Ty> argTys) {
    Ty ret = Subst.apply(r.def().ret, r.args());
    if (expected != null && !cx.infer.unify(ret, expected)) return false;
    List<Ty> params = Subst.all(r.def().params, r.args());
    for (int i = 0; i < argTys.size() && i + 1 < params.size(); i++) {
      if (argTys.get(i) != null && !cx.infer.unify(params.get(i + 1), argTys.get(i))) return false;
    }
    return true;
  }

  /** rustc points at the first argument no impl takes, else (the result type decided) at the method. */
  private rustle.ast.Span blame(Expr.MethodCall m, List<ImplDef> impls, Function<ImplDef, MethodRes> try_, List<Ty> argTys) {
    for (int i = 0; i < argTys.size(); i++) {
      if (argTys.get(i) == null) continue;
      boolean taken = false;
      for (ImplDef impl : impls) {
        int mark = cx.infer.mark();
        MethodRes r = try_.apply(impl);
        List<Ty> params = r == null ? List.of() : Subst.all(r.def().params, r.args());
        taken |= i + 1 < params.size() && cx.infer.unify(params.get(i + 1), argTys.get(i));
        cx.infer.rollback(mark);
      }
      if (!taken) return m.args().get(i).span();
    }
    return m.nameSpan();
  }

  private int traitParams(String trait) {
    TraitDef td = cx.items.traits.get(trait);
    return (int) td.item.generics().stream().filter(g -> !g.isLifetime()).count();
  }

  /** The trait's declaration of the method, with the trait arguments the call asks for (`Conv<bool>`). */
  private MethodRes traitMethod(Expr.MethodCall m, MethodRes first, Ty expected, List<Ty> argTys) {
    TraitDef td = cx.items.traits.get(first.def().trait);
    FnSig.Def d = td == null ? null : td.methods.get(m.name());
    if (d == null || td.item == null) return null;
    int mark = cx.infer.mark();
    List<Ty> targs = new ArrayList<>();
    targs.add(first.receiverTy());
    while (targs.size() < d.implGenerics) targs.add(cx.infer.fresh());
    List<Ty> args = cx.exprs.paths.instantiate(d, targs, m.generics());
    MethodRes generic = new MethodRes(d, null, args, first.derefs(), first.autoref(), first.derefTypes(),
        first.receiverTy());
    if (fits(generic, expected, argTys)) return generic;
    cx.infer.rollback(mark);
    return null;
  }
}
