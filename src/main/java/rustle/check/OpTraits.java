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
 * Operators on the program's own types go through its impls of the std::ops traits: {@code a + b} is
 * {@code Add::add(a, b)} with {@code Rhs} from the impl's trait argument (Self when omitted) and the
 * result its {@code type Output}; {@code a += b} is {@code AddAssign::add_assign(&mut a, b)}; {@code -a}
 * is {@code Neg::neg(a)}. The chosen impl method is recorded as the expression's {@link MethodRes}.
 */
final class OpTraits {
  private final FnCk cx;

  OpTraits(FnCk cx) {
    this.cx = cx;
  }

  /** Whether an operand of this (resolved) type is the program's own, so its operators come from impls. */
  static boolean isUserType(Ty t) {
    return t instanceof Ty.Adt a && a.def().builtin == AdtDef.Builtin.NONE && a.def().source != null;
  }

  /**
   * Whether an operand of this (resolved) type may have the program's operator impls: its own type, or
   * a reference to one ({@code impl Add for &Matrix}).
   */
  static boolean isUserOperand(FnCk cx, Ty t) {
    return isUserType(t) || t instanceof Ty.Ref r && isUserType(cx.resolve(r.inner()));
  }

  /**
   * A binary (or compound assignment, when assign) operator on a user type: checks the right operand
   * and returns the result type; null when no impl of the trait has this self type (the caller reports).
   */
  Ty binary(Expr whole, Expr.BinOp op, Expr right, Ty l, boolean assign) {
    String method = methodName(op) + (assign ? "_assign" : "");
    List<ImplDef> cands = candidates(op, l, assign);
    Ty hint = null;
    if (cands.size() == 1) {
      List<Ty> a = cx.exprs.paths.freshArgs(cands.get(0).generics.size());
      hint = rhs(cands.get(0), a);
    }
    Ty r = cx.exprs.check(right, hint);
    for (ImplDef impl : cands) {
      List<Ty> implArgs = cx.exprs.paths.freshArgs(impl.generics.size());
      Ty self = Subst.apply(impl.selfTy, implArgs);
      if (!cx.infer.probe(self, l)) continue;
      if (!cx.infer.probe(rhs(impl, implArgs), r)) continue;
      if (!record(whole, impl, method, implArgs, l)) return null;
      return assign ? Ty.UNIT : output(impl, implArgs);
    }
    String shownL = cx.show(l);
    String shownR = cx.show(r);
    cx.error(Errors.coded("E0277", "cannot " + OpsCk.verb(op) + (assign ? "-assign" : "") + " `" + shownR + "` "
        + OpsCk.prep(op) + " `" + shownL + "`", whole.span(), "no implementation for `" + shownL + " " + op.symbol
        + (assign ? "=" : "") + " " + shownR + "`"));
    return assign ? Ty.UNIT : null;
  }

  /** The impls of the operator's trait whose self type can be l. */
  List<ImplDef> candidates(Expr.BinOp op, Ty l, boolean assign) {
    String trait = OpsCk.traitName(op) + (assign ? "Assign" : "");
    List<ImplDef> cands = new ArrayList<>();
    for (ImplDef impl : cx.items.impls) {
      if (trait.equals(impl.trait) && cx.infer.canUnify(Subst.apply(impl.selfTy, cx.exprs.paths.freshArgs(impl.generics.size())), l)) {
        cands.add(impl);
      }
    }
    return cands;
  }

  /** {@code -a} / {@code !a} on a user type: the result type, or null when there is no impl. */
  Ty unary(Expr.Unary u, Ty t) {
    String trait = u.op() == Expr.UnOp.NEG ? "Neg" : "Not";
    for (ImplDef impl : cx.items.impls) {
      if (!trait.equals(impl.trait)) continue;
      List<Ty> implArgs = cx.exprs.paths.freshArgs(impl.generics.size());
      if (!cx.infer.probe(Subst.apply(impl.selfTy, implArgs), t)) continue;
      if (!record(u, impl, u.op() == Expr.UnOp.NEG ? "neg" : "not", implArgs, t)) return null;
      return output(impl, implArgs);
    }
    return null;
  }

  /** What {@code *t} yields through the program's {@code Deref} impl for t (its Target); null without one. */
  Ty derefTarget(Ty t) {
    if (!isUserType(cx.resolve(t))) return null;
    for (ImplDef impl : cx.items.impls) {
      if (!"Deref".equals(impl.trait)) continue;
      List<Ty> implArgs = cx.exprs.paths.freshArgs(impl.generics.size());
      if (!cx.infer.probe(Subst.apply(impl.selfTy, implArgs), t)) continue;
      Ty target = impl.assocTypes.get("Target");
      return target == null ? null : Subst.apply(target, implArgs);
    }
    return null;
  }

  private boolean record(Expr e, ImplDef impl, String method, List<Ty> implArgs, Ty self) {
    return record(cx, e, impl, method, implArgs, self);
  }

  /**
   * Records e as a call of the impl's method (an operator or an index on a program's type), with the
   * impl's fresh arguments: false when the impl lacks the method.
   */
  static boolean record(FnCk cx, Expr e, ImplDef impl, String method, List<Ty> implArgs, Ty self) {
    FnSig.Def def = impl.methods.get(method);
    if (def == null) return false;
    List<Ty> args = cx.exprs.paths.instantiate(def, implArgs, List.of());
    cx.tables.res[e.id()] = new MethodRes(def, null, args, 0, 0, List.of(self), self);
    return true;
  }

  private static Ty rhs(ImplDef impl, List<Ty> implArgs) {
    return Subst.apply(impl.traitArgs.isEmpty() ? impl.selfTy : impl.traitArgs.get(0), implArgs);
  }

  private static Ty output(ImplDef impl, List<Ty> implArgs) {
    Ty out = impl.assocTypes.get("Output");
    return out == null ? Ty.UNIT : Subst.apply(out, implArgs);
  }

  static String methodName(Expr.BinOp op) {
    switch (op) {
      case ADD: return "add";
      case SUB: return "sub";
      case MUL: return "mul";
      case DIV: return "div";
      case REM: return "rem";
      case BIT_AND: return "bitand";
      case BIT_OR: return "bitor";
      case BIT_XOR: return "bitxor";
      case SHL: return "shl";
      default: return "shr";
    }
  }
}
