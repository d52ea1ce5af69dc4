package rustle.interp.std;

import rustle.ast.Span;
import rustle.interp.rt.Machine;

/** Native bodies of the prelude's {@code impl f64} and {@code impl f32} (f32 results rounded to f32). */
final class FloatIntrinsics {
  private FloatIntrinsics() {}

  /** Rounds x >= 0 half away from zero; x - floor(x) is exact, unlike x + 0.5 (0.49999999999999994). */
  private static double roundHalfAway(double x) {
    double r = Math.floor(x);
    return x - r >= 0.5 ? r + 1 : r;
  }

  static Intrinsics.Impl of(String name, Intrinsics.Args a, boolean f32) {
    return new Intrinsics.Impl() {
      private double arg(Machine m, int fp, int i) {
        return f32 ? m.mem.getFloat(a.at(fp, i)) : m.mem.getDouble(a.at(fp, i));
      }

      @Override
      public double callDouble(Machine m, int fp, Span span) {
        if (name.equals("from_bits")) {
          return f32 ? Float.intBitsToFloat(m.mem.getInt(a.at(fp, 0))) : Double.longBitsToDouble(m.mem.getLong(a.at(fp, 0)));
        }
        double r = compute(m, fp, span);
        return f32 ? (float) r : r;
      }

      private double compute(Machine m, int fp, Span span) {
        double x = arg(m, fp, 0);
        switch (name) {
          case "sqrt": return Math.sqrt(x);
          case "abs": return Math.abs(x);
          case "floor": return Math.floor(x);
          case "ceil": return Math.ceil(x);
          case "round": return x < 0 ? -roundHalfAway(-x) : roundHalfAway(x);
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
          case "tan": return Math.tan(x);
          case "asin": return Math.asin(x);
          case "acos": return Math.acos(x);
          case "atan": return Math.atan(x);
          case "atan2": return Math.atan2(x, arg(m, fp, 1));
          case "sinh": return Math.sinh(x);
          case "cosh": return Math.cosh(x);
          case "tanh": return Math.tanh(x);
          case "log": return Math.log(x) / Math.log(arg(m, fp, 1));
          case "log2": return log2(x);
          case "log10": return Math.log10(x);
          case "exp2": return Math.pow(2, x);
          case "cbrt": return Math.cbrt(x);
          case "hypot": return Math.hypot(x, arg(m, fp, 1));
          case "recip": return 1 / x;
          // std's signum is ±1 by the sign bit (also for zeros), NaN for NaN; Java's keeps zeros.
          case "signum": return Double.isNaN(x) ? x : Math.copySign(1.0, x);
          case "fract": return x - (x < 0 ? Math.ceil(x) : Math.floor(x));
          case "mul_add":
            return f32 ? Math.fma((float) x, (float) arg(m, fp, 1), (float) arg(m, fp, 2)) : Math.fma(x, arg(m, fp, 1), arg(m, fp, 2));
          case "copysign": return Math.copySign(x, arg(m, fp, 1));
          // std's own constants and rounding steps: f32 multiplies by one f32 constant.
          case "to_degrees": return f32 ? (float) x * 57.29577951308232f : x * (180.0 / Math.PI);
          case "to_radians": return f32 ? (float) x * ((float) Math.PI / 180.0f) : x * (Math.PI / 180.0);
          case "clamp": {
            double lo = arg(m, fp, 1);
            double hi = arg(m, fp, 2);
            if (!(lo <= hi)) {
              throw new rustle.interp.rt.RustPanic("min > max, or either was NaN. min = " + debug(lo) + ", max = "
                  + debug(hi), span);
            }
            return x < lo ? lo : x > hi ? hi : x;
          }
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

      /** log2 with exact results at powers of two: the exponent plus the mantissa's logarithm. */
      private double log2(double x) {
        if (!(x > 0) || Double.isInfinite(x) || x < Double.MIN_NORMAL) return Math.log(x) / Math.log(2);
        int e = Math.getExponent(x);
        double mant = x / Math.scalb(1.0, e);
        return e + Math.log(mant) / Math.log(2);
      }

      private String debug(double v) {
        StringBuilder sb = new StringBuilder();
        rustle.fmt.Fmt.formatFloat(sb, v, f32, rustle.fmt.FormatSpec.DEBUG, -1, -1);
        return sb.toString();
      }

      @Override
      public long callLong(Machine m, int fp, Span span) {
        if (name.equals("to_bits")) {
          return f32 ? Float.floatToRawIntBits(m.mem.getFloat(a.at(fp, 0))) & 0xffffffffL
              : Double.doubleToRawLongBits(m.mem.getDouble(a.at(fp, 0)));
        }
        double x = arg(m, fp, 0);
        boolean r = switch (name) {
          case "is_nan" -> Double.isNaN(x);
          case "is_infinite" -> Double.isInfinite(x);
          case "is_finite" -> !Double.isNaN(x) && !Double.isInfinite(x);
          case "is_sign_positive" -> Double.doubleToRawLongBits(x) >= 0;
          case "is_sign_negative" -> Double.doubleToRawLongBits(x) < 0;
          default -> throw new IllegalStateException((f32 ? "f32::" : "f64::") + name);
        };
        return r ? 1 : 0;
      }
    };
  }
}
