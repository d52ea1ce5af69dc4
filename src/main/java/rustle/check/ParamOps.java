package rustle.check;

import rustle.ast.Expr;
import rustle.diag.Errors;
import rustle.types.FnSig;
import rustle.types.Ty;

/**
 * Operators on values of a type parameter ({@code a + b} with {@code T: Add<Output = T>}, {@code -a}
 * with {@code T: Neg<Output = T>}, {@code a += b} with {@code T: AddAssign}): the right operand is the
 * bound's Rhs (Self when it has none), the result its {@code Output}. Without a bound for the operator
 * they are left to {@link OpsCk}'s errors.
 */
final class ParamOps {
  private final FnCk cx;

  ParamOps(FnCk cx) {
    this.cx = cx;
  }

  /** The bound of p naming trait, or null. */
  private FnSig.TraitRef bound(Ty.Param p, String trait) {
    if (cx.def == null || p.index() >= cx.def.generics.size()) return null;
    for (FnSig.TraitRef b : cx.def.generics.get(p.index()).bounds()) {
      if (b.trait().equals(trait) && b.fnParams() == null) return b;
    }
    return null;
  }

  /** Whether l is a type parameter bounded by trait. */
  boolean applies(Ty l, String trait) {
    return cx.resolve(l) instanceof Ty.Param p && bound(p, trait) != null;
  }

  /**
   * {@code e} = {@code left op right} (right null for a unary operator) on a left of type l, a parameter
   * with a bound for trait: checks right against the bound's Rhs and returns the Output (unit for an
   * assigning operator), null after an error.
   */
  Ty operator(Expr e, Expr right, Ty l, String trait, String method, boolean assign) {
    FnSig.TraitRef b = bound((Ty.Param) cx.resolve(l), trait);
    if (right != null) {
      Ty want = b.args().isEmpty() ? l : b.args().get(0);
      cx.coerce(right, cx.exprs.check(right, want), want);
    }
    cx.tables.res[e.id()] = new ParamOp(trait, method);
    if (assign) return Ty.UNIT;
    if (b.fnRet() == null) {
      cx.error(Errors.unsupported("the `Output` of `" + trait + "` for a type parameter without `" + trait
          + "<Output = ..>`", e.span()));
      return null;
    }
    return b.fnRet();
  }
}
