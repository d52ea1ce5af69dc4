package rustle.check;

import rustle.types.Infer;
import rustle.types.Prim;
import rustle.types.RawPtrs;
import rustle.types.Ty;

/**
 * Typing rules of raw pointers beyond what the prelude's signatures give: the {@code as} casts rustc allows
 * between references, raw pointers and integers, and the implicit coercions {@code &T -> *const T},
 * {@code &mut T -> *mut T}, {@code *mut T -> *const T} (all keep the same address, so nothing runs).
 */
final class RawPtrCk {
  private RawPtrCk() {}

  /** Whether {@code from as to} is a valid cast that involves a raw pointer (false when neither is one). */
  static boolean castOk(InferCtx infer, Ty from, Ty to) {
    if (RawPtrs.is(to)) {
      if (rustle.types.Layouts.isUnsized(RawPtrs.pointee(to))) return false; // fat raw pointers: not yet
      if (RawPtrs.is(from)) return true;
      if (from instanceof Ty.Ref r) {
        if (RawPtrs.isMut(to) && !r.mutable()) return false;
        Ty inner = Infer.shallow(r.inner());
        Ty pointee = RawPtrs.pointee(to);
        if (infer.canUnify(inner, pointee)) return infer.unify(inner, pointee);
        // `&[T; N] as *const T` points at the first element.
        return inner instanceof Ty.Array a && infer.unify(a.elem(), pointee);
      }
      return from instanceof Prim p && p.isInt() || OpsCk.isInt(from);
    }
    return RawPtrs.is(from) && to instanceof Prim p && p.isInt();
  }

  /** {@code *const T} (or {@code *mut T}) as a type of the prelude. */
  static Ty ptr(Items items, Ty pointee, boolean mutable) {
    return new Ty.Adt(items.std(mutable ? RawPtrs.MUT : RawPtrs.CONST), java.util.List.of(pointee));
  }

  /** Types a call of one of the std free functions in {@link RawPtrIntrinsicNames}. */
  static Ty call(FnCk cx, rustle.ast.Expr.Call c, Res.Intrinsic in) {
    Ty t = in.args().get(0);
    switch (in.name()) {
      case "ptr::null":
      case "ptr::null_mut":
        cx.exprs.paths.checkArgs(c, c.args(), java.util.List.of(), in.name());
        return ptr(cx.items, t, in.name().endsWith("mut"));
      case "ptr::read":
        cx.exprs.paths.checkArgs(c, c.args(), java.util.List.of(ptr(cx.items, t, false)), in.name());
        return t;
      case "ptr::write":
        cx.exprs.paths.checkArgs(c, c.args(), java.util.List.of(ptr(cx.items, t, true), t), in.name());
        return Ty.UNIT;
      case "slice::from_raw_parts":
      case "slice::from_raw_parts_mut": {
        boolean mut = in.name().endsWith("mut");
        cx.exprs.paths.checkArgs(c, c.args(), java.util.List.of(ptr(cx.items, t, mut), Prim.USIZE), in.name());
        return new Ty.Ref(new Ty.Slice(t), mut);
      }
      default:
        return null;
    }
  }

  /** Whether a value of type actual coerces to a raw pointer type expected. */
  static boolean coerces(InferCtx infer, Ty actual, Ty expected) {
    if (!RawPtrs.is(expected)) return false;
    Ty pointee = RawPtrs.pointee(expected);
    if (actual instanceof Ty.Ref r && (r.mutable() || !RawPtrs.isMut(expected))) {
      return infer.canUnify(r.inner(), pointee) && infer.unify(r.inner(), pointee);
    }
    if (RawPtrs.isMut(actual) && !RawPtrs.isMut(expected)) {
      return infer.canUnify(RawPtrs.pointee(actual), pointee) && infer.unify(RawPtrs.pointee(actual), pointee);
    }
    return false;
  }
}
