package rustle.interp.nodes;

import rustle.ast.Span;
import rustle.interp.rt.IntNode;
import rustle.interp.rt.Kind;
import rustle.interp.rt.Machine;
import rustle.interp.rt.Panics;
import rustle.interp.rt.RustPanic;

/**
 * Arithmetic nodes specialised by kind and operator ({@code u64}/{@code usize}, division, remainder,
 * bit operations), so that no operation switches on its operator or kind at run time; the checks and
 * panic messages are {@link Arith#apply}'s.
 */
final class Arith64 {
  private Arith64() {}

  /** The specialised node for op on kind k, or null when {@link Arith.Generic} should handle it. */
  static IntNode make(Arith.Op op, IntNode l, IntNode r, Kind k, Span span) {
    switch (op) {
      case ADD:
        return k == Kind.U64 ? new AddU64(l, r, span) : null;
      case SUB:
        return k == Kind.U64 ? new SubU64(l, r, span) : null;
      case MUL:
        return k == Kind.U64 ? new MulU64(l, r, span) : k.size <= 4 ? new MulNarrow(l, r, k, span) : null;
      case DIV:
        if (k == Kind.U64) return new DivU64(l, r, span);
        return k.signed ? new DivSigned(l, r, k, span) : new DivNarrowUnsigned(l, r, k, span);
      case REM:
        if (k == Kind.U64) return new RemU64(l, r, span);
        return k.signed ? new RemSigned(l, r, k, span) : new RemNarrowUnsigned(l, r, k, span);
      case AND:
        return new And(l, r, k);
      case OR:
        return new Or(l, r, k);
      case XOR:
        return new Xor(l, r, k);
      default:
        return null;
    }
  }

  static final class AddU64 extends Arith.Bin {
    AddU64(IntNode l, IntNode r, Span span) {
      super(l, r, Kind.U64, span);
    }

    @Override
    public long evalLong(Machine m, int fp) {
      long a = lOff != 0 ? m.mem.getLong(fp + lOff) : l.evalLong(m, fp);
      long s = a + (rOff != 0 ? m.mem.getLong(fp + rOff) : r.evalLong(m, fp));
      if (Long.compareUnsigned(s, a) < 0) throw Panics.overflow("add", span);
      return s;
    }
  }

  static final class SubU64 extends Arith.Bin {
    SubU64(IntNode l, IntNode r, Span span) {
      super(l, r, Kind.U64, span);
    }

    @Override
    public long evalLong(Machine m, int fp) {
      long a = lOff != 0 ? m.mem.getLong(fp + lOff) : l.evalLong(m, fp);
      long b = rOff != 0 ? m.mem.getLong(fp + rOff) : r.evalLong(m, fp);
      if (Long.compareUnsigned(a, b) < 0) throw Panics.overflow("subtract", span);
      return a - b;
    }
  }

  static final class MulU64 extends Arith.Bin {
    MulU64(IntNode l, IntNode r, Span span) {
      super(l, r, Kind.U64, span);
    }

    @Override
    public long evalLong(Machine m, int fp) {
      long a = lOff != 0 ? m.mem.getLong(fp + lOff) : l.evalLong(m, fp);
      long b = rOff != 0 ? m.mem.getLong(fp + rOff) : r.evalLong(m, fp);
      // Both below 2^32: the product fits, the common case needs no high word.
      if (((a | b) >>> 32) == 0) return a * b;
      long hi = Math.multiplyHigh(a, b) + ((a >> 63) & b) + ((b >> 63) & a);
      if (hi != 0) throw Panics.overflow("multiply", span);
      return a * b;
    }
  }

  static final class MulNarrow extends Arith.Bin {
    final long min;
    final long max;

    MulNarrow(IntNode l, IntNode r, Kind k, Span span) {
      super(l, r, k, span);
      min = k.min;
      max = k.max;
    }

    @Override
    public long evalLong(Machine m, int fp) {
      long s = l.evalLong(m, fp) * r.evalLong(m, fp);
      if (s < min || s > max) throw Panics.overflow("multiply", span);
      return s;
    }
  }

  static final class DivU64 extends Arith.Bin {
    DivU64(IntNode l, IntNode r, Span span) {
      super(l, r, Kind.U64, span);
    }

    @Override
    public long evalLong(Machine m, int fp) {
      long a = l.evalLong(m, fp);
      long b = r.evalLong(m, fp);
      if (b == 0) throw Panics.divideByZero(span);
      return (a | b) >= 0 ? a / b : Long.divideUnsigned(a, b);
    }
  }

  static final class RemU64 extends Arith.Bin {
    RemU64(IntNode l, IntNode r, Span span) {
      super(l, r, Kind.U64, span);
    }

    @Override
    public long evalLong(Machine m, int fp) {
      long a = l.evalLong(m, fp);
      long b = r.evalLong(m, fp);
      if (b == 0) throw Panics.remainderByZero(span);
      return (a | b) >= 0 ? a % b : Long.remainderUnsigned(a, b);
    }
  }

  /** Signed division of any width: values are sign-extended, so Java's long division is exact. */
  static final class DivSigned extends Arith.Bin {
    final long min;

    DivSigned(IntNode l, IntNode r, Kind k, Span span) {
      super(l, r, k, span);
      min = k.min;
    }

    @Override
    public long evalLong(Machine m, int fp) {
      long a = l.evalLong(m, fp);
      long b = r.evalLong(m, fp);
      if (b == 0) throw Panics.divideByZero(span);
      if (b == -1 && a == min) throw Panics.overflow("divide", span);
      return a / b;
    }
  }

  static final class RemSigned extends Arith.Bin {
    final long min;

    RemSigned(IntNode l, IntNode r, Kind k, Span span) {
      super(l, r, k, span);
      min = k.min;
    }

    @Override
    public long evalLong(Machine m, int fp) {
      long a = l.evalLong(m, fp);
      long b = r.evalLong(m, fp);
      if (b == 0) throw Panics.remainderByZero(span);
      if (b == -1 && a == min) throw new RustPanic("attempt to calculate the remainder with overflow", span);
      return a % b;
    }
  }

  /** Unsigned division below 64 bits: values are zero-extended, so they are non-negative longs. */
  static final class DivNarrowUnsigned extends Arith.Bin {
    DivNarrowUnsigned(IntNode l, IntNode r, Kind k, Span span) {
      super(l, r, k, span);
    }

    @Override
    public long evalLong(Machine m, int fp) {
      long a = l.evalLong(m, fp);
      long b = r.evalLong(m, fp);
      if (b == 0) throw Panics.divideByZero(span);
      return a / b;
    }
  }

  static final class RemNarrowUnsigned extends Arith.Bin {
    RemNarrowUnsigned(IntNode l, IntNode r, Kind k, Span span) {
      super(l, r, k, span);
    }

    @Override
    public long evalLong(Machine m, int fp) {
      long a = l.evalLong(m, fp);
      long b = r.evalLong(m, fp);
      if (b == 0) throw Panics.remainderByZero(span);
      return a % b;
    }
  }

  static final class And extends Arith.Bin {
    And(IntNode l, IntNode r, Kind k) {
      super(l, r, k, null);
    }

    @Override
    public long evalLong(Machine m, int fp) {
      return l.evalLong(m, fp) & r.evalLong(m, fp);
    }
  }

  static final class Or extends Arith.Bin {
    Or(IntNode l, IntNode r, Kind k) {
      super(l, r, k, null);
    }

    @Override
    public long evalLong(Machine m, int fp) {
      return l.evalLong(m, fp) | r.evalLong(m, fp);
    }
  }

  static final class Xor extends Arith.Bin {
    Xor(IntNode l, IntNode r, Kind k) {
      super(l, r, k, null);
    }

    @Override
    public long evalLong(Machine m, int fp) {
      return l.evalLong(m, fp) ^ r.evalLong(m, fp);
    }
  }
}
