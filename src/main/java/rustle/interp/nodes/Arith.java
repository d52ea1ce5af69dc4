package rustle.interp.nodes;

import rustle.ast.Span;
import rustle.interp.rt.IntNode;
import rustle.interp.rt.Kind;
import rustle.interp.rt.Machine;
import rustle.interp.rt.Panics;
import rustle.interp.rt.RustPanic;

/**
 * Integer arithmetic with Rust's debug-build semantics: overflow, division by zero and oversized
 * shifts panic with std's messages. The common widths get their own classes to keep the hot path short.
 */
public final class Arith {
  private Arith() {}

  public enum Op { ADD, SUB, MUL, DIV, REM, AND, OR, XOR, SHL, SHR }

  static IntNode make(Op op, IntNode l, IntNode r, Kind k, Span span) {
    if (r instanceof Loads.ConstInt c) {
      IntNode byConst = ConstOps.arith(op, l, c.value, k, span);
      if (byConst != null) return byConst;
    }
    IntNode special = Arith64.make(op, l, r, k, span);
    if (special != null) return special;
    switch (op) {
      case ADD:
        return k == Kind.I64 ? new AddI64(l, r, span) : k.size < 8 ? new AddNarrow(l, r, k, span) : new Generic(op, l, r, k, span);
      case SUB:
        return k == Kind.I64 ? new SubI64(l, r, span) : k.size < 8 ? new SubNarrow(l, r, k, span) : new Generic(op, l, r, k, span);
      case MUL:
        return k == Kind.I64 ? new MulI64(l, r, span) : new Generic(op, l, r, k, span);
      default:
        return new Generic(op, l, r, k, span);
    }
  }

  abstract static class Bin extends IntNode {
    final IntNode l;
    final IntNode r;
    final Span span;
    /** The operands' frame offsets when they are 64-bit locals (read in place), else 0. */
    final int lOff;
    final int rOff;

    Bin(IntNode l, IntNode r, Kind k, Span span) {
      super(k);
      this.l = l;
      this.r = r;
      this.span = span;
      this.lOff = Loads.off64(l);
      this.rOff = Loads.off64(r);
    }
  }

  static final class AddI64 extends Bin {
    AddI64(IntNode l, IntNode r, Span span) {
      super(l, r, Kind.I64, span);
    }

    @Override
    public long evalLong(Machine m, int fp) {
      long a = lOff != 0 ? m.mem.getLong(fp + lOff) : l.evalLong(m, fp);
      long b = rOff != 0 ? m.mem.getLong(fp + rOff) : r.evalLong(m, fp);
      long s = a + b;
      if (((a ^ s) & (b ^ s)) < 0) throw Panics.overflow("add", span);
      return s;
    }
  }

  static final class SubI64 extends Bin {
    SubI64(IntNode l, IntNode r, Span span) {
      super(l, r, Kind.I64, span);
    }

    @Override
    public long evalLong(Machine m, int fp) {
      long a = lOff != 0 ? m.mem.getLong(fp + lOff) : l.evalLong(m, fp);
      long b = rOff != 0 ? m.mem.getLong(fp + rOff) : r.evalLong(m, fp);
      long s = a - b;
      if (((a ^ b) & (a ^ s)) < 0) throw Panics.overflow("subtract", span);
      return s;
    }
  }

  static final class MulI64 extends Bin {
    MulI64(IntNode l, IntNode r, Span span) {
      super(l, r, Kind.I64, span);
    }

    @Override
    public long evalLong(Machine m, int fp) {
      long a = lOff != 0 ? m.mem.getLong(fp + lOff) : l.evalLong(m, fp);
      long b = rOff != 0 ? m.mem.getLong(fp + rOff) : r.evalLong(m, fp);
      long lo = a * b;
      // The 128-bit product fits in 64 bits when its high word is the sign extension of the low one.
      if (Math.multiplyHigh(a, b) != (lo >> 63)) throw Panics.overflow("multiply", span);
      return lo;
    }
  }

  static final class AddNarrow extends Bin {
    final long min;
    final long max;

    AddNarrow(IntNode l, IntNode r, Kind k, Span span) {
      super(l, r, k, span);
      min = k.min;
      max = k.max;
    }

    @Override
    public long evalLong(Machine m, int fp) {
      long s = l.evalLong(m, fp) + r.evalLong(m, fp);
      if (s < min || s > max) throw Panics.overflow("add", span);
      return s;
    }
  }

  static final class SubNarrow extends Bin {
    final long min;
    final long max;

    SubNarrow(IntNode l, IntNode r, Kind k, Span span) {
      super(l, r, k, span);
      min = k.min;
      max = k.max;
    }

    @Override
    public long evalLong(Machine m, int fp) {
      long s = l.evalLong(m, fp) - r.evalLong(m, fp);
      if (s < min || s > max) throw Panics.overflow("subtract", span);
      return s;
    }
  }

  static final class Generic extends Bin {
    final Op op;

    Generic(Op op, IntNode l, IntNode r, Kind k, Span span) {
      super(l, r, k, span);
      this.op = op;
    }

    @Override
    public long evalLong(Machine m, int fp) {
      long a = l.evalLong(m, fp);
      long b = r.evalLong(m, fp);
      return apply(op, a, b, kind, span);
    }
  }

  /** One checked operation on two values of kind k (shift amounts are any integer kind). */
  public static long apply(Op op, long a, long b, Kind k, Span span) {
    switch (op) {
      case ADD: {
        long s = a + b;
        if (k.size < 8 ? (s < k.min || s > k.max)
            : k.signed ? ((a ^ s) & (b ^ s)) < 0 : Long.compareUnsigned(s, a) < 0) {
          throw Panics.overflow("add", span);
        }
        return s;
      }
      case SUB: {
        long s = a - b;
        if (k.size < 8 ? (s < k.min || s > k.max)
            : k.signed ? ((a ^ b) & (a ^ s)) < 0 : Long.compareUnsigned(a, b) < 0) {
          throw Panics.overflow("subtract", span);
        }
        return s;
      }
      case MUL: {
        if (k.size <= 4) {
          long s = a * b;
          if (s < k.min || s > k.max) throw Panics.overflow("multiply", span);
          return s;
        }
        if (k.signed) {
          long hi = Math.multiplyHigh(a, b);
          long lo = a * b;
          if ((hi != 0 || lo < 0) && (hi != -1 || lo >= 0)) throw Panics.overflow("multiply", span);
          return lo;
        }
        long hi = Math.multiplyHigh(a, b) + ((a >> 63) & b) + ((b >> 63) & a);
        if (hi != 0) throw Panics.overflow("multiply", span);
        return a * b;
      }
      case DIV:
        if (b == 0) throw Panics.divideByZero(span);
        if (k.signed && b == -1 && a == k.min) throw Panics.overflow("divide", span);
        return k == Kind.U64 ? Long.divideUnsigned(a, b) : a / b;
      case REM:
        if (b == 0) throw Panics.remainderByZero(span);
        if (k.signed && b == -1 && a == k.min) throw new RustPanic("attempt to calculate the remainder with overflow", span);
        return k == Kind.U64 ? Long.remainderUnsigned(a, b) : a % b;
      case AND:
        return a & b;
      case OR:
        return a | b;
      case XOR:
        return a ^ b;
      case SHL:
        if (b < 0 || b >= k.bits()) throw Panics.overflow("shift left", span);
        return k.wrap(a << b);
      default:
        if (b < 0 || b >= k.bits()) throw Panics.overflow("shift right", span);
        return k == Kind.U64 ? a >>> b : a >> b;
    }
  }

  public static final class Neg extends IntNode {
    final IntNode v;
    final Span span;

    public Neg(IntNode v, Kind k, Span span) {
      super(k);
      this.v = v;
      this.span = span;
    }

    @Override
    public long evalLong(Machine m, int fp) {
      long a = v.evalLong(m, fp);
      if (a == kind.min) throw Panics.overflow("negate", span);
      return -a;
    }
  }

  /** {@code !x}: logical not on bool, bitwise not on integers. */
  public static final class Not extends IntNode {
    final IntNode v;
    final boolean bool;

    public Not(IntNode v, Kind k, boolean bool) {
      super(k);
      this.v = v;
      this.bool = bool;
    }

    @Override
    public long evalLong(Machine m, int fp) {
      long a = v.evalLong(m, fp);
      return bool ? a ^ 1 : kind.wrap(~a);
    }
  }
}
