package rustle.interp.nodes;

import rustle.interp.rt.FloatNode;
import rustle.interp.rt.IntNode;
import rustle.interp.rt.Kind;
import rustle.interp.rt.Machine;

/** Comparisons and short-circuit logic; results are bools (0 or 1). */
public final class Compare {
  private Compare() {}

  public enum Op { EQ, NE, LT, LE, GT, GE }

  static final class Floats extends IntNode {
    final Op op;
    final FloatNode l;
    final FloatNode r;

    Floats(Op op, FloatNode l, FloatNode r) {
      super(Kind.U8);
      this.op = op;
      this.l = l;
      this.r = r;
    }

    @Override
    public long evalLong(Machine m, int fp) {
      double a = l.evalDouble(m, fp);
      double b = r.evalDouble(m, fp);
      boolean res;
      switch (op) {
        case EQ: res = a == b; break;
        case NE: res = a != b; break;
        case LT: res = a < b; break;
        case LE: res = a <= b; break;
        case GT: res = a > b; break;
        default: res = a >= b; break;
      }
      return res ? 1 : 0;
    }
  }

  static boolean test(Op op, int c) {
    switch (op) {
      case EQ: return c == 0;
      case NE: return c != 0;
      case LT: return c < 0;
      case LE: return c <= 0;
      case GT: return c > 0;
      default: return c >= 0;
    }
  }

  static final class And extends IntNode {
    final IntNode l;
    final IntNode r;

    And(IntNode l, IntNode r) {
      super(Kind.U8);
      this.l = l;
      this.r = r;
    }

    @Override
    public long evalLong(Machine m, int fp) {
      return l.evalLong(m, fp) != 0 && r.evalLong(m, fp) != 0 ? 1 : 0;
    }
  }

  static final class Or extends IntNode {
    final IntNode l;
    final IntNode r;

    Or(IntNode l, IntNode r) {
      super(Kind.U8);
      this.l = l;
      this.r = r;
    }

    @Override
    public long evalLong(Machine m, int fp) {
      return l.evalLong(m, fp) != 0 || r.evalLong(m, fp) != 0 ? 1 : 0;
    }
  }
}
