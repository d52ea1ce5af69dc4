package rustle.lint;

import java.math.BigInteger;
import rustle.ast.Expr;
import rustle.ast.Expr.BinOp;
import rustle.ast.Span;
import rustle.check.LocalVar;
import rustle.check.Res;
import rustle.check.Tables;
import rustle.types.Prim;
import rustle.types.Ty;

/**
 * The operators rustc checks at run time (+ - * / % << >> and unary -, indexing of arrays), evaluated
 * on known values: the lint's findings, in rustc's words, and the results that stay known.
 */
final class Ops {
  private final Walker w;
  private final Tables tables;

  Ops(Walker w) {
    this.w = w;
    this.tables = w.tables;
  }

  Val intLit(int id, BigInteger value) {
    return Types.of(tables, id) instanceof Prim p && p.isInt() && Arith.fits(value, p) ? new Val.Known(value, p) : null;
  }

  Val unary(Expr.Unary u) {
    if (u.op() == Expr.UnOp.NEG && u.operand() instanceof Expr.IntLit l) return intLit(u.id(), l.value().negate());
    Val v = w.eval(u.operand());
    if (u.op() == Expr.UnOp.DEREF) return v == Val.OPAQUE ? Val.OPAQUE : null; // behind an unknown pointer
    if (!(Types.of(tables, u.id()) instanceof Prim t)) return null;
    Val.Known k = known(v);
    if (u.op() == Expr.UnOp.NOT) {
      if (k == null) return opaque(v);
      if (t == Prim.BOOL) return Arith.bool(!k.isTrue());
      return t.isInt() ? new Val.Known(Arith.wrap(k.value().not(), t), t) : null;
    }
    if (!t.isInt()) return null;
    Val out = opaque(v);
    if (k != null) {
      if (k.value().equals(Arith.min(t))) {
        // checked on the MIR statement, like a shift: the whole assignment when assigned to a place
        Span at = assigned != null && assigned.value() == u ? assigned.span() : u.span();
        w.report(true, at, "attempt to negate `" + k.show() + "`, which would overflow");
        out = null;
      } else {
        out = new Val.Known(k.value().negate(), t);
      }
    }
    w.env.bump();
    return out;
  }

  Val binary(Expr.Binary b) {
    if (b.op() == BinOp.AND || b.op() == BinOp.OR) return shortCircuit(b);
    Val l = w.eval(b.left());
    Val r = w.eval(b.right());
    if (!(Types.of(tables, b.left().id()) instanceof Prim lt) || !(Types.of(tables, b.right().id()) instanceof Prim rt)) {
      return w.afterCall(b.id()); // an overloaded operator is a call
    }
    // rustc checks a shift's amount on the MIR statement that computes it, which is the whole assignment
    // when the shift is assigned straight to a place (`a[0] = x << 70`)
    Span at = (b.op() == BinOp.SHL || b.op() == BinOp.SHR) && assigned != null && assigned.value() == b
        ? assigned.span() : b.span();
    return apply(b.op(), at, lt, rt, w.env.valid(l), w.env.valid(r));
  }

  /** The assignment whose value is being walked, or null. */
  Expr.Assign assigned;

  /** op on operands of types lt and rt: reports what rustc would and ends the block where MIR asserts. */
  private Val apply(BinOp op, Span at, Prim lt, Prim rt, Val l, Val r) {
    Val.Known lk = known(l), rk = known(r);
    if (!lt.isInt()) {
      if (lk != null && rk != null && lt == Prim.BOOL) return Arith.plain(op, lk, rk);
      return l == null || r == null ? null : (lt == Prim.BOOL || lt == Prim.CHAR ? Val.OPAQUE : null);
    }
    Val out = l == null || r == null ? null : Val.OPAQUE;
    switch (op) {
      case ADD, SUB, MUL -> {
        if (lk != null && rk != null) {
          BigInteger x = Arith.exact(op, lk.value(), rk.value());
          if (Arith.fits(x, lt)) out = new Val.Known(x, lt);
          else {
            w.report(true, at, "attempt to compute `" + lk.show() + " " + op.symbol + " " + rk.show()
                + "`, which would overflow");
            out = null;
          }
        } else if (isZero(lk) || isZero(rk)) {
          out = null; // rustc might fold x * 0
        }
        w.env.bump();
      }
      case DIV, REM -> {
        String lhs = lk == null ? "_" : lk.show();
        if (rk != null && rk.value().signum() == 0) {
          w.report(false, at, op == BinOp.DIV ? "attempt to divide `" + lhs + "` by zero"
              : "attempt to calculate the remainder of `" + lhs + "` with a divisor of zero");
          out = null;
        } else if (lk != null && rk != null) {
          if (lt.signed && rk.value().equals(BigInteger.ONE.negate()) && lk.value().equals(Arith.min(lt))) {
            w.report(false, at, "attempt to compute `" + lk.show() + " " + op.symbol + " " + rk.show()
                + "`, which would overflow");
            out = null;
          } else {
            out = new Val.Known(op == BinOp.DIV ? lk.value().divide(rk.value()) : lk.value().remainder(rk.value()), lt);
          }
        }
        w.env.bump();
      }
      case SHL, SHR -> {
        if (rk != null && rt.isInt() && Arith.shiftOverflows(rk.value(), lt)) {
          w.report(true, at, "attempt to shift " + (op == BinOp.SHL ? "left" : "right") + " by `" + rk.show()
              + "`, which would overflow");
          out = null;
        } else if (lk != null && rk != null) {
          out = new Val.Known(Arith.shift(op, lk.value(), rk.value().intValue(), lt), lt);
        }
        w.env.bump();
      }
      default -> {
        if (lk != null && rk != null) out = Arith.plain(op, lk, rk);
        else if (op == BinOp.BIT_AND || op == BinOp.BIT_OR) out = null; // rustc might fold x & 0, x | !0
      }
    }
    return out;
  }

  private Val shortCircuit(Expr.Binary b) {
    Val l = w.env.valid(w.eval(b.left()));
    w.env.bump();
    if (l instanceof Val.Known k) {
      if (k.isTrue() == (b.op() == BinOp.OR)) return k;
      Val r = w.env.valid(w.eval(b.right()));
      w.env.bump();
      return r;
    }
    Val r = w.quietly(b.right()); // rustc may walk past the join before this operand, or skip it
    w.env.bump();
    return l == Val.OPAQUE && r != null ? Val.OPAQUE : null;
  }

  Val cast(Expr.Cast c) {
    Val v = w.env.valid(w.eval(c.operand()));
    if (!(Types.of(tables, c.id()) instanceof Prim t) || !t.isInt()) return null;
    if (v instanceof Val.Known k && (k.ty().isInt() || k.ty() == Prim.BOOL)) return new Val.Known(Arith.wrap(k.value(), t), t);
    return v == Val.OPAQUE ? Val.OPAQUE : null;
  }

  Val index(Expr.Index i) {
    Val base = w.eval(i.receiver());
    Val v = w.env.valid(w.eval(i.index()));
    Ty t = Types.of(tables, i.receiver().id());
    while (t instanceof Ty.Ref r) t = r.inner();
    if (t instanceof Ty.Array a && v instanceof Val.Known k && k.ty() == Prim.USIZE
        && k.value().compareTo(BigInteger.valueOf(a.len())) >= 0) {
      w.report(false, i.span(), "index out of bounds: the length is " + a.len() + " but the index is " + k.value());
    }
    w.env.bump();
    return opaquePlace(i.receiver(), base) ? Val.OPAQUE : null;
  }

  /** A field or element of a value rustc certainly does not know: an unknown value, or a borrowed local. */
  boolean opaquePlace(Expr base, Val baseVal) {
    if (baseVal == Val.OPAQUE) return true;
    LocalVar root = base instanceof Expr.PathExpr ? w.local(base) : null;
    return root != null && w.scan.borrowed.contains(root);
  }

  void compound(Expr.CompoundAssign a) {
    Val r = w.eval(a.value());
    LocalVar v = w.local(a.target());
    if (!(Types.of(tables, a.target().id()) instanceof Prim lt) || !(Types.of(tables, a.value().id()) instanceof Prim rt)) {
      w.eval(a.target());
      w.afterCall(a.id());
      LocalVar root = rootLocal(tables, a.target());
      if (root != null) w.env.write(root, null);
      return;
    }
    Val l = v != null ? w.env.read(v) : w.eval(a.target());
    if (v == null) l = null;
    Val out = apply(a.op(), a.span(), lt, rt, w.env.valid(l), w.env.valid(r));
    LocalVar root = v != null ? v : rootLocal(tables, a.target());
    if (root != null) w.env.write(root, v != null ? out : null);
  }

  /** The local a place expression projects from ({@code x} of {@code x.f[2]}), or null. */
  static LocalVar rootLocal(Tables tables, Expr e) {
    while (true) {
      if (e instanceof Expr.Field f) e = f.receiver();
      else if (e instanceof Expr.TupleField f) e = f.receiver();
      else if (e instanceof Expr.Index i) e = i.receiver();
      else break;
    }
    return e instanceof Expr.PathExpr p && tables.res[p.id()] instanceof Res.Local l ? l.var() : null;
  }

  private static Val.Known known(Val v) {
    return v instanceof Val.Known k ? k : null;
  }

  private static Val opaque(Val v) {
    return v == Val.OPAQUE ? Val.OPAQUE : null;
  }

  private static boolean isZero(Val.Known k) {
    return k != null && k.value().signum() == 0;
  }
}
