package rustle.interp;

import java.util.ArrayList;
import java.util.List;
import rustle.ast.Expr;
import rustle.check.ImplDef;
import rustle.check.MethodRes;
import rustle.check.ParamOp;
import rustle.interp.rt.Node;
import rustle.types.AdtDef;
import rustle.types.FnSig;
import rustle.types.Infer;
import rustle.types.Prim;
import rustle.types.Ty;

/**
 * An operator the checker allowed on a type parameter by its bound ({@link ParamOp}), in one instance
 * of its function: on a number (or a reference to one, or a String) the primitive operator compiles as
 * for a concrete type; on a program's type, a call of that type's impl of the operator's trait.
 */
final class ParamOpCompiler {
  private ParamOpCompiler() {}

  /** The call of the impl's method, or null when the primitive operator applies. */
  static Node compile(FnCompiler f, Expr e, ParamOp op, Ty ty) {
    Expr selfExpr;
    Expr rhsExpr;
    if (e instanceof Expr.Binary b) {
      selfExpr = b.left();
      rhsExpr = b.right();
    } else if (e instanceof Expr.CompoundAssign a) {
      selfExpr = a.target();
      rhsExpr = a.value();
    } else {
      selfExpr = ((Expr.Unary) e).operand();
      rhsExpr = null;
    }
    Ty self = Infer.shallow(f.ty(selfExpr));
    Ty under = self instanceof Ty.Ref r ? Infer.shallow(r.inner()) : self;
    if (under instanceof Prim || under instanceof Ty.Adt a && a.def().builtin == AdtDef.Builtin.STRING) return null;
    Ty rhs = rhsExpr == null ? null : Infer.shallow(f.ty(rhsExpr));
    for (ImplDef impl : f.c.program.items().impls) {
      if (!op.trait().equals(impl.trait)) continue;
      Ty[] binds = new Ty[impl.generics.size()];
      if (!TraitResolve.match(impl.selfTy, self, binds)) continue;
      Ty implRhs = impl.traitArgs.isEmpty() ? impl.selfTy : impl.traitArgs.get(0);
      if (rhs != null && !TraitResolve.match(implRhs, rhs, binds)) continue;
      FnSig.Def m = impl.methods.get(op.method());
      if (m == null) continue;
      List<Ty> args = new ArrayList<>();
      for (Ty b : binds) args.add(b == null ? Ty.UNIT : b);
      return new CallCompiler(f).operator(e, new MethodRes(m, null, args, 0, 0, List.of(self), self), ty);
    }
    // The checker's bound checks (check.OperatorBounds) should have refused this instance: named rather
    // than run or crashed on, if one of them was missed.
    throw new Unsupported("the operator `" + op.trait() + "` on a type parameter standing for `"
        + rustle.types.TyPrinter.show(self) + "`, which has no impl of it", e.span());
  }
}
