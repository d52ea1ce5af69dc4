package rustle.check;

import java.util.List;
import rustle.ast.Span;
import rustle.diag.Diagnostic;
import rustle.diag.Errors;
import rustle.types.AdtDef;
import rustle.types.FnSig;
import rustle.types.Prim;
import rustle.types.Subst;
import rustle.types.Ty;

/**
 * Whether a call's type argument satisfies an operator-trait bound of the callee ({@code T: Add<Output =
 * T>}, {@code T: AddAssign}, {@code T: Neg<Output = T>}): std's impls for the numbers and String's
 * {@code Add<&str>}, the program's impls otherwise; E0277 when there is none, E0271 when the impl's
 * Output is another type.
 */
final class OperatorBounds {
  private static final List<String> ARITH = List.of("Add", "Sub", "Mul", "Div", "Rem");
  private static final List<String> BITS = List.of("BitAnd", "BitOr", "BitXor");

  private final FnCk cx;

  OperatorBounds(FnCk cx) {
    this.cx = cx;
  }

  static boolean isOperator(String trait) {
    String base = trait.endsWith("Assign") ? trait.substring(0, trait.length() - 6) : trait;
    return ARITH.contains(base) || BITS.contains(base) || base.equals("Shl") || base.equals("Shr")
        || trait.equals("Neg") || trait.equals("Not");
  }

  /** Checks t against the bound b, whose types are over the callee's parameters bound to args. */
  void check(Ty t, FnSig.TraitRef b, List<Ty> args, String fn, Span at, Span callee) {
    Bound bd = Bound.of(t, b, args);
    if (bd == null) return;
    String base = bd.base;
    boolean assign = bd.assign;
    Ty rhs = bd.rhs;
    Ty want = bd.want;
    Ty out = output(t, base, assign, rhs);
    String shown = cx.show(t);
    Span primary = at != null ? at : callee;
    if (out == null) {
      String message = rhs == null || !ARITH.contains(base)
          ? "the trait bound `" + shown + ": " + b.trait() + "` is not satisfied"
          : "cannot " + OpsCk.verb(OpsCk.binOp(base)) + (assign ? "-assign" : "") + " `" + cx.show(rhs) + "` "
              + OpsCk.prep(OpsCk.binOp(base)) + " `" + shown + "`";
      Diagnostic d = Errors.coded("E0277", message, primary, "the trait `" + b.trait() + "` is not implemented for `" + shown + "`");
      if (at != null) d = d.withLabel(callee, "required by a bound introduced by this call");
      cx.error(d.withSub(Diagnostic.Sub.note("required by a bound in `" + fn + "`")));
    } else if (want != null && !assign && !cx.infer.canUnify(out, want)) {
      cx.error(Errors.coded("E0271", "type mismatch resolving `<" + shown + " as " + b.trait() + ">::Output == "
          + cx.show(want) + "`", primary, "expected `" + cx.show(want) + "`, found `" + cx.show(out) + "`")
          .withSub(Diagnostic.Sub.note("required by a bound in `" + fn + "`")));
    }
  }

  /** Whether t satisfies the bound b (over the callee's parameters bound to args); true while unknown. */
  boolean holds(Ty t, FnSig.TraitRef b, List<Ty> args) {
    Bound bd = Bound.of(t, b, args);
    if (bd == null) return true;
    Ty out = output(t, bd.base, bd.assign, bd.rhs);
    return out != null && (bd.want == null || bd.assign || cx.infer.canUnify(out, bd.want));
  }

  /**
   * The bound b on t with the callee's arguments args: the operator's trait without "Assign", whether it
   * assigns, the Rhs (null for a unary operator) and the Output asked for (null if none); null while
   * either is not known yet.
   */
  private record Bound(String base, boolean assign, Ty rhs, Ty want) {
    static Bound of(Ty t, FnSig.TraitRef b, List<Ty> args) {
      boolean assign = b.trait().endsWith("Assign");
      String base = assign ? b.trait().substring(0, b.trait().length() - 6) : b.trait();
      boolean unary = base.equals("Neg") || base.equals("Not");
      Ty rhs = unary ? null : b.args().isEmpty() ? t : Zonk.apply(Subst.apply(b.args().get(0), args));
      Ty want = b.fnRet() == null ? null : Zonk.apply(Subst.apply(b.fnRet(), args));
      if (rhs != null && (!Zonk.isResolved(rhs) || Obligations.mentionsParam(rhs))) return null;
      if (want != null && (!Zonk.isResolved(want) || Obligations.mentionsParam(want))) return null;
      return new Bound(base, assign, rhs, want);
    }
  }

  /** The Output of t's impl of the operator (unit for an assigning one), or null without an impl. */
  private Ty output(Ty t, String base, boolean assign, Ty rhs) {
    Ty result = assign ? Ty.UNIT : t;
    if (t instanceof Prim p) {
      boolean same = rhs == null || rhs.equals(t);
      if (ARITH.contains(base)) return p.isInt() || p.isFloat() ? same ? result : null : null;
      if (BITS.contains(base)) return (p.isInt() || p == Prim.BOOL) && same ? result : null;
      if (base.equals("Shl") || base.equals("Shr")) return p.isInt() && rhs instanceof Prim r && r.isInt() ? result : null;
      if (base.equals("Neg")) return p.isFloat() || p.isInt() && p.signed ? result : null;
      if (base.equals("Not")) return p.isInt() || p == Prim.BOOL ? result : null;
      return null;
    }
    if (t instanceof Ty.Adt a && a.def().builtin == AdtDef.Builtin.STRING) {
      boolean strRhs = rhs instanceof Ty.Ref r && r.inner() == Prim.STR;
      return base.equals("Add") && strRhs ? result : null;
    }
    for (ImplDef impl : cx.items.impls) {
      if (!(base + (assign ? "Assign" : "")).equals(impl.trait)) continue;
      List<Ty> implArgs = cx.exprs.paths.freshArgs(impl.generics.size());
      if (!cx.infer.canUnify(Subst.apply(impl.selfTy, implArgs), t)) continue;
      Ty implRhs = impl.traitArgs.isEmpty() ? impl.selfTy : impl.traitArgs.get(0);
      if (rhs != null && !cx.infer.canUnify(Subst.apply(implRhs, implArgs), rhs)) continue;
      if (assign) return Ty.UNIT;
      Ty out = impl.assocTypes.get("Output");
      return out == null ? Ty.UNIT : Subst.apply(out, implArgs);
    }
    return null;
  }
}
