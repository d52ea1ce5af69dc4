package rustle.check;

import rustle.types.AdtDef;
import rustle.types.Infer;
import rustle.types.Prim;
import rustle.types.Ty;

/**
 * Which mixed-type comparisons std's PartialEq impls allow beyond T == T, shared by {@code ==} and
 * {@code assert_eq!}: String/str against each other through references, and sequences (Vec, arrays,
 * slices behind references) against each other when their elements compare (arrays of equal length).
 */
final class EqImpls {
  private EqImpls() {}

  /** True when l == r type-checks by one of those impls (binding inference variables of the elements). */
  static boolean mixed(InferCtx infer, Ty l, Ty r) {
    Ty lr = strip(l);
    Ty rr = strip(r);
    if (isStrLike(lr) && isStrLike(rr)) return true;
    // A slice compared in place (`v[..2] == [1, 2]`) has no length the evaluator can see: not here.
    if (Infer.shallow(l) instanceof Ty.Slice || Infer.shallow(r) instanceof Ty.Slice) return false;
    Ty el = elem(lr);
    Ty er = elem(rr);
    if (el == null || er == null || !seqImpl(refs(l), lr, refs(r), rr)) return false;
    return infer.unify(el, er) || mixed(infer, el, er);
  }

  /**
   * std's impls between Vec, [T; N] and [T]: at the same depth of references (&A == &B follows from
   * A == B) every pair but [T; N] == Vec; and Vec == &[U], Vec == &[U; N], [T; N] == &[U],
   * &[T] == Vec and &[T] == [U; N] with one reference more on one side.
   */
  private static boolean seqImpl(int lRefs, Ty l, int rRefs, Ty r) {
    int common = Math.min(lRefs, rRefs);
    lRefs -= common;
    rRefs -= common;
    boolean lVec = !(l instanceof Ty.Array) && !(l instanceof Ty.Slice);
    boolean rVec = !(r instanceof Ty.Array) && !(r instanceof Ty.Slice);
    if (lRefs == 0 && rRefs == 0) {
      if (l instanceof Ty.Array a && r instanceof Ty.Array b) return a.len() == b.len();
      return !(l instanceof Ty.Array && rVec);
    }
    if (lRefs == 0 && rRefs == 1) return lVec ? !rVec : l instanceof Ty.Array && r instanceof Ty.Slice;
    if (lRefs == 1 && rRefs == 0) return l instanceof Ty.Slice && !(r instanceof Ty.Slice);
    return false;
  }

  private static int refs(Ty t) {
    int n = 0;
    for (t = Infer.shallow(t); t instanceof Ty.Ref r; t = Infer.shallow(r.inner())) n++;
    return n;
  }

  /** A slice compared in place against another sequence: valid Rust that rustle does not run yet. */
  static boolean inPlaceSlice(InferCtx infer, Ty l, Ty r) {
    boolean bare = Infer.shallow(l) instanceof Ty.Slice || Infer.shallow(r) instanceof Ty.Slice;
    return bare && elem(strip(l)) != null && elem(strip(r)) != null;
  }

  static Ty strip(Ty t) {
    t = Infer.shallow(t);
    while (t instanceof Ty.Ref r) t = Infer.shallow(r.inner());
    return t;
  }

  static boolean isStrLike(Ty t) {
    return t == Prim.STR || t instanceof Ty.Adt a && a.def().builtin == AdtDef.Builtin.STRING;
  }

  private static Ty elem(Ty t) {
    if (t instanceof Ty.Adt a && a.def().builtin == AdtDef.Builtin.VEC) return a.args().get(0);
    if (t instanceof Ty.Array a) return a.elem();
    if (t instanceof Ty.Slice s) return s.elem();
    return null;
  }
}
