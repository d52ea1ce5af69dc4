package rustle.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import rustle.ast.Path;
import rustle.types.FnSig;
import rustle.types.Ty;

/**
 * Methods of std's comparison traits and Clone named by a path ({@code T::eq(a, b)},
 * {@code PartialEq::eq(&x, &y)}, {@code .sort_by(Ord::cmp)}, {@code String::clone(&s)}) for a type whose
 * impl rustle supplies natively (derived, or std's own): the prelude declares those traits without
 * methods, so such a path resolves to the prelude's generic {@code __trait_eq} (and the others), whose
 * bodies are the operator or method call the path stands for.
 */
final class StdTraitFns {
  private StdTraitFns() {}

  /** Method name to its trait. */
  private static final Map<String, String> TRAIT = Map.of("eq", "PartialEq", "ne", "PartialEq", "lt", "PartialOrd",
      "le", "PartialOrd", "gt", "PartialOrd", "ge", "PartialOrd", "partial_cmp", "PartialOrd", "cmp", "Ord",
      "clone", "Clone");

  /** The trait whose method {@code name} this class supplies, or null. */
  static String traitOf(String name) {
    return TRAIT.get(name);
  }

  /** {@code Trait::name} (trait given) or {@code Type::name} (self given): the prelude's function, or null. */
  static Res resolve(FnCk cx, PathCk paths, String trait, Ty self, Path.Segment member) {
    String t = TRAIT.get(member.name());
    if (t == null || trait != null && !trait.equals(t)) return null;
    FnSig.Def f = cx.items.fns.get("__trait_" + member.name());
    if (f == null || !f.fromPrelude) return null;
    List<Ty> args = new ArrayList<>();
    args.add(self == null ? cx.infer.fresh() : self);
    return new Res.Fn(f, paths.instantiate(f, args, member.generics()));
  }

  private static final java.util.Set<String> COMPARISONS = java.util.Set.of("eq", "ne", "lt", "le", "gt", "ge");

  /**
   * {@code a.eq(&b)} (ne, lt, le, gt, ge) on a type whose comparison rustle supplies (derived, std's, or
   * a bound {@code T: PartialEq}): the prelude's {@code __trait_eq} with Self the receiver's type (a
   * receiver {@code &T} is passed as it is, as rustc's probe finds {@code &self} at that step; a value is
   * borrowed), or null.
   */
  static MethodRes method(FnCk cx, rustle.ast.Expr.MethodCall m, Ty r0, List<Ty> steps) {
    if (!COMPARISONS.contains(m.name()) || m.args().size() != 1) return null;
    String trait = TRAIT.get(m.name());
    FnSig.Def d = cx.items.fns.get("__trait_" + m.name());
    if (d == null || !d.fromPrelude) return null;
    Ty r = cx.resolve(r0);
    if (r instanceof Ty.Ref ref && has(cx, cx.resolve(ref.inner()), trait)) {
      return new MethodRes(d, m.name(), List.of(cx.resolve(ref.inner())), 0, 0, steps, r);
    }
    if (r instanceof Ty.Ref || !has(cx, r, trait)) return null;
    return new MethodRes(d, m.name(), List.of(r), 0, 1, steps, r);
  }

  private static boolean has(FnCk cx, Ty t, String trait) {
    if (t instanceof rustle.types.Infer) return false;
    // String also compares with str and &str (other Rhs types this Self-typed function does not take).
    if (t instanceof Ty.Adt a && a.def().builtin == rustle.types.AdtDef.Builtin.STRING) return false;
    if (t instanceof Ty.Param p) {
      for (String b : trait.equals("PartialEq") ? List.of("PartialEq", "Eq", "PartialOrd", "Ord") : List.of("PartialOrd", "Ord")) {
        if (cx.methods.natives.hasBound(p, b)) return true;
      }
      return false;
    }
    if (Iterators.isIterator(t, cx.items)) return false;
    return new Obligations(cx).holds(t, trait);
  }
}
