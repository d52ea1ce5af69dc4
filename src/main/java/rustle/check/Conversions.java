package rustle.check;

import java.util.List;
import rustle.ast.Expr;
import rustle.types.AdtDef;
import rustle.types.FnSig;
import rustle.types.Prim;
import rustle.types.Subst;
import rustle.types.Ty;

/**
 * {@code x.into()}: std's blanket {@code impl<T, U: From<T>> Into<U> for T}. The target is the type the
 * context expects; the call resolves to that type's {@code from} (the program's {@code impl From<T>}, or
 * {@code String::from} for a {@code &str}), which takes the receiver as its one argument.
 */
final class Conversions {
  private final FnCk cx;

  Conversions(FnCk cx) {
    this.cx = cx;
  }

  /** The {@code from} that {@code recv.into()} calls to make an {@code expected}; null when none applies. */
  MethodRes into(Expr.MethodCall m, Ty recv, Ty expected) {
    if (!m.args().isEmpty() || expected == null) return null;
    Ty target = cx.resolve(expected);
    if (target instanceof rustle.types.Infer) return null;
    for (ImplDef impl : cx.items.impls) {
      boolean from = "From".equals(impl.trait) && impl.traitArgs.size() == 1;
      boolean stringFrom = impl.trait == null && impl.selfTy instanceof Ty.Adt a
          && a.def().builtin == AdtDef.Builtin.STRING;
      if (!from && !stringFrom) continue;
      FnSig.Def def = impl.methods.get("from");
      // std's `impl From<char> for String` is the prelude's `__from_char` (`'x'.into()`).
      if (stringFrom && cx.resolve(recv) == rustle.types.Prim.CHAR) def = impl.methods.get("__from_char");
      if (def == null || def.params.size() != 1) continue;
      List<Ty> implArgs = cx.exprs.paths.freshArgs(impl.generics.size());
      if (!cx.infer.canUnify(Subst.apply(impl.selfTy, implArgs), target)) continue;
      List<Ty> args = cx.exprs.paths.instantiate(def, implArgs, List.of());
      if (!cx.infer.canUnify(Subst.apply(def.params.get(0), args), recv)) continue;
      cx.infer.unify(Subst.apply(impl.selfTy, implArgs), target);
      cx.infer.unify(Subst.apply(def.params.get(0), args), recv);
      return new MethodRes(def, null, args, 0, 0, List.of(recv), recv);
    }
    return target instanceof Prim p && IntFroms.converts(p) ? primInto(m, recv, p) : null;
  }

  /**
   * {@code x.into()} to a number or char: the target's prelude {@code from<S>}, whose source IntFroms
   * checks against std's lossless impls once the body's types are known.
   */
  private MethodRes primInto(Expr.MethodCall m, Ty recv, Prim target) {
    Ty source = cx.resolve(recv);
    if (!(source instanceof Prim) && !(source instanceof rustle.types.Infer v && InferAccess.kind(v) != rustle.types.Infer.Kind.GENERAL)) {
      return null;
    }
    for (ImplDef impl : cx.items.impls) {
      if (impl.trait != null || impl.selfTy != target) continue;
      FnSig.Def def = impl.methods.get("from");
      if (def == null || !def.fromPrelude || def.params.size() != 1) continue;
      List<Ty> args = cx.exprs.paths.instantiate(def, List.of(), List.of());
      cx.infer.unify(Subst.apply(def.params.get(0), args), recv);
      IntFroms.check(cx, target, recv, m.nameSpan());
      return new MethodRes(def, null, args, 0, 0, List.of(recv), recv);
    }
    return null;
  }

  /**
   * {@code s.parse::<T>()} for the program's own T: its {@code FromStr::from_str}, which takes the
   * {@code &str} receiver as its one argument and returns {@code Result<T, T::Err>}; null otherwise.
   * Without a turbofish, T is the Ok type of the expected {@code Result} when it is already known
   * ({@code let r: Result<Point, String> = s.parse();}).
   */
  MethodRes fromStr(Expr.MethodCall m, MethodRes parse, Ty expected) {
    Ty t;
    if (m.generics().size() == 1) {
      t = cx.lowering.lower(m.generics().get(0), cx.tyScope, cx.infer);
    } else if (m.generics().isEmpty() && cx.resolve(expected) instanceof Ty.Adt r && r.def() == cx.items.stdAdt("Result")) {
      t = r.args().get(0);
    } else {
      return null;
    }
    if (t == null || !OpTraits.isUserType(cx.resolve(t))) return null;
    for (ImplDef impl : cx.items.impls) {
      if (!"FromStr".equals(impl.trait)) continue;
      FnSig.Def def = impl.methods.get("from_str");
      if (def == null || def.params.size() != 1) continue;
      List<Ty> implArgs = cx.exprs.paths.freshArgs(impl.generics.size());
      if (!cx.infer.probe(Subst.apply(impl.selfTy, implArgs), t)) continue;
      List<Ty> args = cx.exprs.paths.instantiate(def, implArgs, List.of());
      return new MethodRes(def, null, args, parse.derefs(), parse.autoref(), parse.derefTypes(), parse.receiverTy());
    }
    return null;
  }

  /** The program's {@code impl From<source> for target}'s from, for {@code ?} on an error; null without one. */
  MethodRes fromImpl(Ty target, Ty source) {
    if (cx.resolve(target) instanceof Ty.Adt ta && ta.def().builtin == AdtDef.Builtin.STRING
        && cx.resolve(source) instanceof Ty.Ref r && cx.resolve(r.inner()) == Prim.STR) {
      return stringFromStr(source); // std's From<&str> for String: `.ok_or("msg")?` in a Result<_, String> fn
    }
    if (!OpTraits.isUserType(cx.resolve(target)) && !isBoxDynError(cx.resolve(target))) return null;
    for (ImplDef impl : cx.items.impls) {
      if (!"From".equals(impl.trait) || impl.traitArgs.size() != 1) continue;
      FnSig.Def def = impl.methods.get("from");
      if (def == null || def.params.size() != 1) continue;
      List<Ty> implArgs = cx.exprs.paths.freshArgs(impl.generics.size());
      if (!cx.infer.canUnify(Subst.apply(impl.selfTy, implArgs), target)) continue;
      List<Ty> args = cx.exprs.paths.instantiate(def, implArgs, List.of());
      if (!cx.infer.canUnify(Subst.apply(def.params.get(0), args), source)) continue;
      if (!boundsHold(impl, source)) continue;
      cx.infer.unify(Subst.apply(impl.selfTy, implArgs), target);
      cx.infer.unify(Subst.apply(def.params.get(0), args), source);
      return new MethodRes(def, null, args, 0, 0, List.of(source), source);
    }
    return null;
  }

  /** The prelude's {@code String::from(&str)}, as the conversion of a {@code &str} error. */
  private MethodRes stringFromStr(Ty source) {
    for (ImplDef impl : cx.items.impls) {
      if (impl.trait != null || !(impl.selfTy instanceof Ty.Adt a) || a.def().builtin != AdtDef.Builtin.STRING) continue;
      FnSig.Def def = impl.methods.get("from");
      if (def == null || def.params.size() != 1) continue;
      List<Ty> args = cx.exprs.paths.instantiate(def, List.of(), List.of());
      cx.infer.unify(Subst.apply(def.params.get(0), args), source);
      return new MethodRes(def, null, args, 0, 0, List.of(source), source);
    }
    return null;
  }

  /** Whether t is {@code Box<dyn Error>}, which std's From impls (the prelude's) convert errors into. */
  private static boolean isBoxDynError(Ty t) {
    return t instanceof Ty.Adt a && a.def().builtin == AdtDef.Builtin.BOX
        && rustle.types.Infer.shallow(a.args().get(0)) instanceof Ty.Dyn d && d.trait().equals("Error");
  }

  /**
   * For a blanket {@code impl<E: Bound> From<E> for ..}: whether the source type meets E's bounds (the
   * prelude's {@code impl<E: Error> From<E> for Box<dyn Error>} must not take a {@code &str}).
   */
  private boolean boundsHold(ImplDef impl, Ty source) {
    if (!(rustle.types.Infer.shallow(impl.traitArgs.get(0)) instanceof Ty.Param p)) return true;
    if (p.index() >= impl.generics.size()) return true;
    for (FnSig.TraitRef b : impl.generics.get(p.index()).bounds()) {
      if (!cx.exprs.paths.implementsTrait(cx.resolve(source), b.trait())) return false;
    }
    return true;
  }

  /** Whether t has a Default rustle supplies itself: std's (numbers, bool, char, String, Vec, Option) or derived. */
  static boolean hasStdDefault(Ty t) {
    if (t instanceof rustle.types.Prim p) return p != rustle.types.Prim.STR && p != rustle.types.Prim.NEVER;
    if (!(t instanceof Ty.Adt a)) return false;
    switch (a.def().builtin) {
      case STRING:
      case VEC:
      case OPTION:
      case HASH_MAP:
      case HASH_SET:
        return true;
      case NONE:
        return a.def().derives("Default") && (!a.def().isEnum || a.def().defaultVariant() >= 0);
      default:
        return false;
    }
  }
}
