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

  static Val value(ConstDef d) {
    if (d.item.isStatic() || !(d.ty instanceof Prim t)) return null;
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
}
