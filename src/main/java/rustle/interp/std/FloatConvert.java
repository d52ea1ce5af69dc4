package rustle.interp.std;

import rustle.ast.Span;
import rustle.interp.rt.Kind;
import rustle.interp.rt.Machine;
import rustle.types.Ty;

/** {@code f64::from(v)} and {@code f32::from(v)}: std's lossless From impls (the checker allows no others). */
final class FloatConvert {
  private FloatConvert() {}

  static Intrinsics.Impl of(Intrinsics.Args a, boolean f32, Ty source) {
    Kind from = Kind.of(source);
    return new Intrinsics.Impl() {
      @Override
      public double callDouble(Machine m, int fp, Span span) {
        int at = a.at(fp, 0);
        double r = from == Kind.F32 ? m.mem.getFloat(at) : from == Kind.F64 ? m.mem.getDouble(at) : (double) from.load(m.mem, at);
        return f32 ? (float) r : r;
      }
    };
  }
}
