package rustle.lint;

import java.math.BigInteger;
import rustle.ast.Expr;
import rustle.check.ConstDef;
import rustle.types.Prim;

/**
 * The values of constants the lint may use: a {@code const} (not a {@code static}) of an integer or
 * bool type written as a literal, which is how std's {@code u8::MAX} and most user constants read.
 */
final class Consts {
  private Consts() {}

  /**
   * d's value; known says which constants rustc evaluates where they are used: free ones and those of
   * impls without generics (a generic impl's constant is left to monomorphization, past the lint).
   */
  static Val value(ConstDef d, java.util.Set<ConstDef> known) {
    if (!known.contains(d) || d.item.isStatic() || !(d.ty instanceof Prim t)) return null;
    Expr e = d.item.value();
    BigInteger v = null;
    if (e instanceof Expr.IntLit l) v = l.value();
    else if (e instanceof Expr.Unary u && u.op() == Expr.UnOp.NEG && u.operand() instanceof Expr.IntLit l) {
      v = l.value().negate();
    } else if (e instanceof Expr.BoolLit b && t == Prim.BOOL) {
      return Arith.bool(b.value());
    }
    return v != null && t.isInt() && Arith.fits(v, t) ? new Val.Known(v, t) : null;
  }

  /** The constants whose values do not depend on generics. */
  static java.util.Set<ConstDef> evaluable(rustle.check.Items items) {
    java.util.Set<ConstDef> out = new java.util.HashSet<>(items.consts.values());
    for (rustle.check.ImplDef impl : items.impls) if (impl.generics.isEmpty()) out.addAll(impl.consts.values());
    return out;
  }
}
