package rustle.interp.nodes;

import rustle.interp.rt.FloatNode;
import rustle.interp.rt.Machine;

/** f64/f32 arithmetic (IEEE, no panics); f32 results are rounded to single precision. */
public final class FloatArith {
  private FloatArith() {}

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
