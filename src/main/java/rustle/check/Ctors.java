package rustle.check;

import java.math.BigInteger;
import java.util.List;
import rustle.types.AdtDef;
import rustle.types.Layouts;
import rustle.types.Prim;
import rustle.types.Ty;

/** The constructors of a type for exhaustiveness checking: how many, their fields, and integer bounds. */
final class Ctors {
  private Ctors() {}

  /** The number of constructors of a type whose values are built from variants, or -1 (integers, opaque). */
  static int variantCount(Ty t) {
    if (t == Prim.BOOL) return 2;
    if (t instanceof Ty.Tuple || t instanceof Ty.Ref) return 1;
    if (t instanceof Ty.Adt a) {
      if (a.def().isEnum) return a.def().variants.size();
      if (a.def().builtin == AdtDef.Builtin.NONE && !a.def().variants.isEmpty()) return 1;
    }
    return -1;
  }

  static boolean isRange(Ty t) {
    return t == Prim.CHAR || t instanceof Prim p && p.isInt();
  }

  static List<Ty> fields(Ty t, int variant) {
    if (t instanceof Ty.Tuple tu) return tu.elems().stream().map(Zonk::apply).toList();
    if (t instanceof Ty.Ref r) return List.of(Zonk.apply(r.inner()));
    if (t instanceof Ty.Adt a) {
      return Layouts.fieldTypes(a, a.def().variants.get(variant)).stream().map(Zonk::apply).toList();
    }
    return List.of();
  }

  static BigInteger min(Ty t) {
    if (t == Prim.CHAR) return BigInteger.ZERO;
    if (!(t instanceof Prim p) || !p.isInt()) return null;
    int bits = bits(p);
    return p.signed ? BigInteger.ONE.shiftLeft(bits - 1).negate() : BigInteger.ZERO;
  }

  static BigInteger max(Ty t) {
    if (t == Prim.CHAR) return BigInteger.valueOf(0x10FFFF);
    if (!(t instanceof Prim p) || !p.isInt()) return null;
    int bits = bits(p);
    return (p.signed ? BigInteger.ONE.shiftLeft(bits - 1) : BigInteger.ONE.shiftLeft(bits)).subtract(BigInteger.ONE);
  }

  private static int bits(Prim p) {
    return p.size * 8;
  }
}
