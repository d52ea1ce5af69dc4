package rustle.interp.nodes;

import rustle.ast.Span;
import rustle.interp.rt.IntNode;
import rustle.interp.rt.Kind;
import rustle.interp.rt.Machine;
import rustle.interp.rt.Panics;

/**
 * Integer arithmetic and comparisons whose right operand is a constant ({@code x % 3}, {@code n + 1},
 * {@code x < 0}): the constant is a field, not a node to call, and a divisor known to be neither 0 nor
 * -1 needs no check at all. The overflow checks and panics are those of the general nodes.
 */
final class ConstOps {
  private ConstOps() {}

  /** The node for l op c, or null when the general node should handle it. */
  static IntNode arith(Arith.Op op, IntNode l, long c, Kind k, Span span) {
    switch (op) {
      case ADD: return k == Kind.I64 ? new AddK(l, c, span) : null;
      case SUB: return k == Kind.I64 ? new SubK(l, c, span) : null;
      case MUL: return k == Kind.I64 ? new MulK(l, c, span) : null;
      case REM:
        if (k.signed ? c != 0 && c != -1 : c > 0) return k == Kind.U64 ? new RemU64K(l, c, k) : new RemK(l, c, k);
        return null;
      case DIV:
        if (k.signed ? c != 0 && c != -1 : c > 0) return k == Kind.U64 ? new DivU64K(l, c, k) : new DivK(l, c, k);
        return null;
      default:
        return null;
    }
  }

  abstract static class Bin extends IntNode {
    final IntNode l;
    final long c;
    /** l's frame offset when it is a 64-bit local (read here), else 0. */
    final int lOff;

    Bin(IntNode l, long c, Kind k) {
      super(k);
      this.l = l;
      this.c = c;
      this.lOff = Loads.off64(l);
    }
  }

  static final class AddK extends Bin {
    final Span span;

    AddK(IntNode l, long c, Span span) {
      super(l, c, Kind.I64);
      this.span = span;
    }

    @Override
    public long evalLong(Machine m, int fp) {
      long a = lOff != 0 ? m.mem.getLong(fp + lOff) : l.evalLong(m, fp);
      long s = a + c;
      if (((a ^ s) & (c ^ s)) < 0) throw Panics.overflow("add", span);
      return s;
    }
  }

  static final class SubK extends Bin {
    final Span span;

    SubK(IntNode l, long c, Span span) {
      super(l, c, Kind.I64);
      this.span = span;
    }

    @Override
    public long evalLong(Machine m, int fp) {
      long a = lOff != 0 ? m.mem.getLong(fp + lOff) : l.evalLong(m, fp);
      long s = a - c;
      if (((a ^ c) & (a ^ s)) < 0) throw Panics.overflow("subtract", span);
      return s;
    }
  }

  static final class MulK extends Bin {
    final Span span;

    MulK(IntNode l, long c, Span span) {
      super(l, c, Kind.I64);
      this.span = span;
    }

    @Override
    public long evalLong(Machine m, int fp) {
      long a = lOff != 0 ? m.mem.getLong(fp + lOff) : l.evalLong(m, fp);
      long lo = a * c;
      // The 128-bit product fits in 64 bits when its high word is the sign extension of the low one.
      if (Math.multiplyHigh(a, c) != (lo >> 63)) throw Panics.overflow("multiply", span);
      return lo;
    }
  }

  /** Signed remainder (or unsigned below 64 bits, zero-extended) by a constant other than 0 and -1. */
  static final class RemK extends Bin {
    RemK(IntNode l, long c, Kind k) {
      super(l, c, k);
    }

    @Override
    public long evalLong(Machine m, int fp) {
      return (lOff != 0 ? m.mem.getLong(fp + lOff) : l.evalLong(m, fp)) % c;
    }
  }

  static final class DivK extends Bin {
    DivK(IntNode l, long c, Kind k) {
      super(l, c, k);
    }

    @Override
    public long evalLong(Machine m, int fp) {
      return (lOff != 0 ? m.mem.getLong(fp + lOff) : l.evalLong(m, fp)) / c;
    }
  }

  static final class RemU64K extends Bin {
    RemU64K(IntNode l, long c, Kind k) {
      super(l, c, k);
    }

    @Override
    public long evalLong(Machine m, int fp) {
      long a = lOff != 0 ? m.mem.getLong(fp + lOff) : l.evalLong(m, fp);
      // Long.remainderUnsigned is not an intrinsic on JDK 17; a dividend below 2^63 needs none of it.
      return a >= 0 ? a % c : Long.remainderUnsigned(a, c);
    }
  }

  static final class DivU64K extends Bin {
    DivU64K(IntNode l, long c, Kind k) {
      super(l, c, k);
    }

    @Override
    public long evalLong(Machine m, int fp) {
      long a = lOff != 0 ? m.mem.getLong(fp + lOff) : l.evalLong(m, fp);
      return a >= 0 ? a / c : Long.divideUnsigned(a, c);
    }
  }

  /** Signed (or narrow unsigned) comparison of l with a constant; null for other operators. */
  static IntNode compare(Compare.Op op, IntNode l, long c) {
    switch (op) {
      case LT:
        return new Cmp(op, l, c) {
          @Override
          public long evalLong(Machine m, int fp) {
            return (lOff != 0 ? m.mem.getLong(fp + lOff) : l.evalLong(m, fp)) < c ? 1 : 0;
          }
        };
      case LE:
        return new Cmp(op, l, c) {
          @Override
          public long evalLong(Machine m, int fp) {
            return (lOff != 0 ? m.mem.getLong(fp + lOff) : l.evalLong(m, fp)) <= c ? 1 : 0;
          }
        };
      case GT:
        return new Cmp(op, l, c) {
          @Override
          public long evalLong(Machine m, int fp) {
            return (lOff != 0 ? m.mem.getLong(fp + lOff) : l.evalLong(m, fp)) > c ? 1 : 0;
          }
        };
      case GE:
        return new Cmp(op, l, c) {
          @Override
          public long evalLong(Machine m, int fp) {
            return (lOff != 0 ? m.mem.getLong(fp + lOff) : l.evalLong(m, fp)) >= c ? 1 : 0;
          }
        };
      case EQ:
        return new Cmp(op, l, c) {
          @Override
          public long evalLong(Machine m, int fp) {
            return (lOff != 0 ? m.mem.getLong(fp + lOff) : l.evalLong(m, fp)) == c ? 1 : 0;
          }
        };
      default:
        return new Cmp(op, l, c) {
          @Override
          public long evalLong(Machine m, int fp) {
            return (lOff != 0 ? m.mem.getLong(fp + lOff) : l.evalLong(m, fp)) != c ? 1 : 0;
          }
        };
    }
  }

  abstract static class Cmp extends IntNode {
    final Compare.Op op;
    final IntNode l;
    final long c;
    /** l's frame offset when it is a 64-bit local (read here), else 0. */
    final int lOff;

    Cmp(Compare.Op op, IntNode l, long c) {
      super(Kind.U8);
      this.op = op;
      this.l = l;
      this.c = c;
      this.lOff = Loads.off64(l);
    }
  }
}
