package rustle.check;

import java.math.BigInteger;
import java.util.List;
import rustle.types.Ty;

/**
 * A pattern deconstructed for exhaustiveness checking, as in rustc's pattern analysis: a wildcard, or a
 * constructor applied to field patterns. Constructors: an enum variant (or the one constructor of a struct,
 * tuple or reference), a bool, an inclusive integer range, an or-pattern, or an opaque value (a string or
 * float literal, a constant) that covers only itself. A slice or array pattern is a SLICE: its fields are
 * the prefix then the suffix; {@code lo} is null for a fixed length, else the length of the prefix (a
 * {@code ..} stands between the two).
 */
record DPat(Kind kind, int variant, BigInteger lo, BigInteger hi, List<DPat> fields, Ty ty) {
  enum Kind { WILD, VARIANT, RANGE, OR, OPAQUE, SLICE }

  static DPat wild(Ty ty) {
    return new DPat(Kind.WILD, 0, null, null, List.of(), ty);
  }

  static DPat variant(int v, List<DPat> fields, Ty ty) {
    return new DPat(Kind.VARIANT, v, null, null, fields, ty);
  }

  static DPat range(BigInteger lo, BigInteger hi, Ty ty) {
    return new DPat(Kind.RANGE, 0, lo, hi, List.of(), ty);
  }

  static DPat or(List<DPat> alts, Ty ty) {
    return new DPat(Kind.OR, 0, null, null, alts, ty);
  }

  /** A slice pattern of exactly fields.size() elements. */
  static DPat fixedSlice(List<DPat> fields, Ty ty) {
    return new DPat(Kind.SLICE, 0, null, null, fields, ty);
  }

  /** A slice pattern {@code [prefix.., .., ..suffix]}: the first prefix fields, then the suffix. */
  static DPat varSlice(int prefix, List<DPat> fields, Ty ty) {
    return new DPat(Kind.SLICE, 0, BigInteger.valueOf(prefix), null, fields, ty);
  }

  boolean isVarSlice() {
    return kind == Kind.SLICE && lo != null;
  }

  int prefix() {
    return lo == null ? fields.size() : lo.intValue();
  }

  static DPat opaque(Ty ty) {
    return new DPat(Kind.OPAQUE, 0, null, null, List.of(), ty);
  }

  boolean isWild() {
    return kind == Kind.WILD;
  }
}
