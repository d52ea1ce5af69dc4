package rustle.interp.std;

import rustle.ast.Span;
import rustle.interp.rt.Machine;

/** Native bodies of the prelude's {@code impl f64}. */
final class FloatIntrinsics {
  private FloatIntrinsics() {}

  static Intrinsics.Impl of(String name, Intrinsics.Args a) {
    return new Intrinsics.Impl() {
      @Override
      public double callDouble(Machine m, int fp, Span span) {
        double x = m.mem.getDouble(a.at(fp, 0));
        switch (name) {
          case "sqrt": return Math.sqrt(x);
          case "abs": return Math.abs(x);
          case "floor": return Math.floor(x);
          case "ceil": return Math.ceil(x);
          case "round": return x < 0 ? -Math.floor(-x + 0.5) : Math.floor(x + 0.5);
          case "trunc": return x < 0 ? Math.ceil(x) : Math.floor(x);
          case "powi": return Math.pow(x, m.mem.getInt(a.at(fp, 1)));
          case "powf": return Math.pow(x, m.mem.getDouble(a.at(fp, 1)));
          case "min": return Math.min(x, m.mem.getDouble(a.at(fp, 1)));
          case "max": return Math.max(x, m.mem.getDouble(a.at(fp, 1)));
          case "sin": return Math.sin(x);
          case "cos": return Math.cos(x);
          case "ln": return Math.log(x);
          case "exp": return Math.exp(x);
          default: throw new IllegalStateException("f64::" + name);
        }
      }

      @Override
      public long callLong(Machine m, int fp, Span span) {
        return Double.isNaN(m.mem.getDouble(a.at(fp, 0))) ? 1 : 0;
      }
    };
  }
}
