package rustle.interp.std;

import rustle.ast.Span;
import rustle.interp.rt.Machine;

/** Native bodies of the prelude's {@code impl f64} and {@code impl f32} (f32 results rounded to f32). */
final class FloatIntrinsics {
  private FloatIntrinsics() {}

  static Intrinsics.Impl of(String name, Intrinsics.Args a, boolean f32) {
    return new Intrinsics.Impl() {
      private double arg(Machine m, int fp, int i) {
        return f32 ? m.mem.getFloat(a.at(fp, i)) : m.mem.getDouble(a.at(fp, i));
      }

      @Override
      public double callDouble(Machine m, int fp, Span span) {
        double r = compute(m, fp);
        return f32 ? (float) r : r;
      }

      private double compute(Machine m, int fp) {
        double x = arg(m, fp, 0);
        switch (name) {
          case "sqrt": return Math.sqrt(x);
          case "abs": return Math.abs(x);
          case "floor": return Math.floor(x);
          case "ceil": return Math.ceil(x);
          case "round": return x < 0 ? -Math.floor(-x + 0.5) : Math.floor(x + 0.5);
          case "trunc": return x < 0 ? Math.ceil(x) : Math.floor(x);
          case "powi": return powi(x, m.mem.getInt(a.at(fp, 1)));
          case "powf": return Math.pow(x, arg(m, fp, 1));
          case "min": {
            double y = arg(m, fp, 1);
            return Double.isNaN(x) ? y : Double.isNaN(y) ? x : Math.min(x, y);
          }
          case "max": {
            double y = arg(m, fp, 1);
            return Double.isNaN(x) ? y : Double.isNaN(y) ? x : Math.max(x, y);
          }
          case "sin": return Math.sin(x);
          case "cos": return Math.cos(x);
          case "ln": return Math.log(x);
          case "exp": return Math.exp(x);
          default: throw new IllegalStateException((f32 ? "f32::" : "f64::") + name);
        }
      }

      /** compiler-rt's __powidf2 / __powisf2 (what rustc's powi compiles to): square and multiply. */
      private double powi(double x, int n) {
        boolean recip = n < 0;
        double r = 1;
        double b = x;
        long k = Math.abs((long) n);
        while (true) {
          if ((k & 1) != 0) r = f32 ? (float) (r * b) : r * b;
          k /= 2;
          if (k == 0) break;
          b = f32 ? (float) (b * b) : b * b;
        }
        return recip ? (f32 ? (float) (1 / r) : 1 / r) : r;
      }

      @Override
      public long callLong(Machine m, int fp, Span span) {
        return Double.isNaN(arg(m, fp, 0)) ? 1 : 0;
      }
    };
  }
}
