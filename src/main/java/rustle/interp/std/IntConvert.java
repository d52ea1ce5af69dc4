package rustle.interp.std;

import java.math.BigInteger;
import rustle.ast.Span;
import rustle.interp.rt.Kind;
import rustle.interp.rt.Machine;
import rustle.types.Prim;
import rustle.types.Ty;

/** {@code T::from(v)} and the range test of {@code T::try_from(v)} between integers, bool and char. */
final class IntConvert {
  private IntConvert() {}

  static Intrinsics.Impl of(String name, Intrinsics.Args a, Prim target, Ty source) {
    Kind to = Kind.of(target);
    Kind from = Kind.of(source);
    boolean fromUnsigned = !(source instanceof Prim sp) || !sp.signed;
    BigInteger min = BigInteger.valueOf(to.min);
    BigInteger max = to.signed || to.size < 8 ? BigInteger.valueOf(to.max) : BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);
    return new Intrinsics.Impl() {
      @Override
      public long callLong(Machine m, int fp, Span span) {
        long v = from.load(m.mem, a.at(fp, 0));
        if (name.equals("from")) return to.wrap(v);
        BigInteger b = fromUnsigned && from.size == 8 && v < 0 ? BigInteger.valueOf(v).add(BigInteger.ONE.shiftLeft(64))
            : BigInteger.valueOf(v);
        return b.compareTo(min) >= 0 && b.compareTo(max) <= 0 ? 1 : 0;
      }
    };
  }
}
