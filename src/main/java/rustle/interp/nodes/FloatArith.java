package rustle.interp.nodes;

import rustle.interp.rt.FloatNode;
import rustle.interp.rt.Machine;

/** f64/f32 arithmetic (IEEE, no panics); f32 results are rounded to single precision. */
public final class FloatArith {
  private FloatArith() {}

  /** The node for l op r: one class per f64 operator, so that nothing switches at run time. */
  static FloatNode make(Arith.Op op, FloatNode l, FloatNode r, boolean f32) {
    if (!f32) {
      switch (op) {
        case ADD: return new F64(l, r) {
            @Override
            public double evalDouble(Machine m, int fp) {
              return l.evalDouble(m, fp) + r.evalDouble(m, fp);
            }
          };
        case SUB: return new F64(l, r) {
            @Override
            public double evalDouble(Machine m, int fp) {
              return l.evalDouble(m, fp) - r.evalDouble(m, fp);
            }
          };
        case MUL: return new F64(l, r) {
            @Override
            public double evalDouble(Machine m, int fp) {
              return l.evalDouble(m, fp) * r.evalDouble(m, fp);
            }
          };
        case DIV: return new F64(l, r) {
            @Override
            public double evalDouble(Machine m, int fp) {
              return l.evalDouble(m, fp) / r.evalDouble(m, fp);
            }
          };
        default: break;
      }
    }
    return new Bin(op, l, r, f32);
  }

  abstract static class F64 extends FloatNode {
    final FloatNode l;
    final FloatNode r;

    F64(FloatNode l, FloatNode r) {
      super(false);
      this.l = l;
      this.r = r;
    }
  }

  static final class Bin extends FloatNode {
    final Arith.Op op;
    final FloatNode l;
    final FloatNode r;

    Bin(Arith.Op op, FloatNode l, FloatNode r, boolean f32) {
      super(f32);
      this.op = op;
      this.l = l;
      this.r = r;
    }

    @Override
    public double evalDouble(Machine m, int fp) {
      double a = l.evalDouble(m, fp);
      double b = r.evalDouble(m, fp);
      double v = apply(op, a, b);
      return f32 ? (float) v : v;
    }
  }

  static double apply(Arith.Op op, double a, double b) {
    switch (op) {
      case ADD: return a + b;
      case SUB: return a - b;
      case MUL: return a * b;
      case DIV: return a / b;
      default: return a % b;
    }
  }

  public static final class Neg extends FloatNode {
    final FloatNode v;

    public Neg(FloatNode v, boolean f32) {
      super(f32);
      this.v = v;
    }

    @Override
    public double evalDouble(Machine m, int fp) {
      return -v.evalDouble(m, fp);
    }
  }
}
