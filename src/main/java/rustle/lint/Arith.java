package rustle.lint;

import java.math.BigInteger;
import rustle.ast.Expr.BinOp;
import rustle.types.Prim;

/** Integer arithmetic of known values as the target does it: ranges, overflow, wrapping, shifts. */
final class Arith {
  private Arith() {}

  static BigInteger max(Prim t) {
    return BigInteger.ONE.shiftLeft(t.signed ? t.bits() - 1 : t.bits()).subtract(BigInteger.ONE);
  }

  static BigInteger min(Prim t) {
    return t.signed ? BigInteger.ONE.shiftLeft(t.bits() - 1).negate() : BigInteger.ZERO;
  }

  static boolean fits(BigInteger v, Prim t) {
    return v.compareTo(min(t)) >= 0 && v.compareTo(max(t)) <= 0;
  }

  /** v reduced to t's range as two's complement truncation does (what {@code as} and shifts do). */
  static BigInteger wrap(BigInteger v, Prim t) {
    BigInteger m = v.mod(BigInteger.ONE.shiftLeft(t.bits()));
    return t.signed && m.compareTo(max(t)) > 0 ? m.subtract(BigInteger.ONE.shiftLeft(t.bits())) : m;
  }

  /** The exact result of + - * (null for other operators); it overflowed when it does not fit the type. */
  static BigInteger exact(BinOp op, BigInteger l, BigInteger r) {
    return switch (op) {
      case ADD -> l.add(r);
      case SUB -> l.subtract(r);
      case MUL -> l.multiply(r);
      default -> null;
    };
  }

  /** A bitwise operator or comparison on two known values of one type (bool as 0/1), or null. */
  static Val.Known plain(BinOp op, Val.Known l, Val.Known r) {
    Prim t = l.ty();
    BigInteger a = l.value(), b = r.value();
    return switch (op) {
      case BIT_AND -> new Val.Known(a.and(b), t);
      case BIT_OR -> new Val.Known(a.or(b), t);
      case BIT_XOR -> new Val.Known(a.xor(b), t);
      case EQ -> bool(a.compareTo(b) == 0);
      case NE -> bool(a.compareTo(b) != 0);
      case LT -> bool(a.compareTo(b) < 0);
      case LE -> bool(a.compareTo(b) <= 0);
      case GT -> bool(a.compareTo(b) > 0);
      case GE -> bool(a.compareTo(b) >= 0);
      default -> null;
    };
  }

  static Val.Known bool(boolean b) {
    return new Val.Known(b ? BigInteger.ONE : BigInteger.ZERO, Prim.BOOL);
  }

  /** Whether a shift by amount overflows a value of type t (the amount is negative or at least t's bits). */
  static boolean shiftOverflows(BigInteger amount, Prim t) {
    return amount.signum() < 0 || amount.compareTo(BigInteger.valueOf(t.bits())) >= 0;
  }

  static BigInteger shift(BinOp op, BigInteger v, int by, Prim t) {
    return op == BinOp.SHL ? wrap(v.shiftLeft(by), t) : v.shiftRight(by);
  }
}
