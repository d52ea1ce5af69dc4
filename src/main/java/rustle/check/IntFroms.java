package rustle.check;

import rustle.ast.Expr;
import rustle.ast.Span;
import rustle.diag.Errors;
import rustle.types.Prim;
import rustle.types.Ty;

/**
 * std's {@code From} impls between integers (and from bool and char): only the lossless ones exist
 * ({@code i8::from(300i32)} is rustc's E0277). rustle's prelude declares one generic {@code from<S>} per
 * integer type, so the source type is checked here once the calling body's types are known.
 */
final class IntFroms {
  private IntFroms() {}

  /** Records the check of a call {@code T::from(v)} of an integer type's prelude {@code from}. */
  static void call(FnCk cx, Expr.Call c, Res.Fn f) {
    if (!f.def().fromPrelude || !"from".equals(f.def().name) || !(f.def().selfTy instanceof Prim target)
        || !target.isInt() || f.args().isEmpty() || !(c.callee() instanceof Expr.PathExpr p)) {
      return;
    }
    Ty arg = f.args().get(f.args().size() - 1);
    Span at = p.path().segments().size() >= 2 ? p.path().segments().get(p.path().segments().size() - 2).span() : p.span();
    cx.deferred.add(new Object[] {(Runnable) () -> {
      Ty t = Zonk.apply(arg);
      if (!(t instanceof Prim src) || lossless(src, target)) return;
      cx.error(Errors.coded("E0277", "the trait bound `" + target.name + ": From<" + src.name + ">` is not satisfied", at,
          "the trait `From<" + src.name + ">` is not implemented for `" + target.name + "`"));
    }});
  }

  /** Whether std has {@code impl From<src> for target}, target an integer type. */
  static boolean lossless(Prim src, Prim target) {
    if (src == target || src == Prim.BOOL) return true;
    if (src == Prim.CHAR) return target == Prim.U32 || target == Prim.U64 || target == Prim.U128;
    if (!src.isInt()) return false;
    if (target == Prim.USIZE) return src == Prim.U8 || src == Prim.U16;
    if (target == Prim.ISIZE) return src == Prim.U8 || src == Prim.I8 || src == Prim.I16;
    if (src == Prim.USIZE || src == Prim.ISIZE) return false;
    if (src.signed && !target.signed) return false;
    return target.bits() > src.bits();
  }
}
