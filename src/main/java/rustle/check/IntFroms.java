package rustle.check;

import rustle.ast.Expr;
import rustle.ast.Span;
import rustle.diag.Errors;
import rustle.types.Infer;
import rustle.types.Prim;
import rustle.types.Ty;

/**
 * std's {@code From} impls between numbers, bool and char: only the lossless ones exist
 * ({@code i8::from(300i32)}, {@code f32::from(3i32)} and {@code char::from(1u32)} are rustc's E0277).
 * rustle's prelude declares one generic {@code from<S>} per integer and float type and for char, so the
 * source type is checked here once the calling body's types are known.
 */
final class IntFroms {
  private IntFroms() {}

  /** Records the check of a call {@code T::from(v)} of a number's or char's prelude {@code from}. */
  static void call(FnCk cx, Expr.Call c, Res.Fn f) {
    if (!f.def().fromPrelude || !"from".equals(f.def().name) || !(f.def().selfTy instanceof Prim target)
        || !converts(target) || f.args().isEmpty() || !(c.callee() instanceof Expr.PathExpr p)) {
      return;
    }
    Span at = p.path().segments().size() >= 2 ? p.path().segments().get(p.path().segments().size() - 2).span() : p.span();
    check(cx, target, f.args().get(f.args().size() - 1), at);
  }

  /** Records the check of {@code T::from} named as a value ({@code .map(char::from)}), its source inferred by its use. */
  static void value(FnCk cx, Expr.PathExpr p, Res.Fn f) {
    if (!f.def().fromPrelude || !"from".equals(f.def().name) || !(f.def().selfTy instanceof Prim target)
        || !converts(target) || f.args().isEmpty()) {
      return;
    }
    Span at = p.path().segments().size() >= 2 ? p.path().segments().get(p.path().segments().size() - 2).span() : p.span();
    check(cx, target, f.args().get(f.args().size() - 1), at);
  }

  /** Whether the prelude's {@code from} of a primitive type is the generic one this class checks. */
  static boolean converts(Prim target) {
    return target.isInt() || target.isFloat() || target == Prim.CHAR;
  }

  /**
   * Records the check that std has {@code impl From<source> for target}, reporting E0277 at {@code at}
   * (also for {@code x.into()}). An integer literal given to char's from is a u8, as rustc infers it
   * from char's one integer impl.
   */
  static void check(FnCk cx, Prim target, Ty source, Span at) {
    if (target == Prim.CHAR && cx.resolve(source) instanceof Infer v && InferAccess.kind(v) == Infer.Kind.INT) {
      cx.infer.unify(source, Prim.U8);
    }
    cx.deferred.add(new Object[] {(Runnable) () -> {
      Ty t = Zonk.apply(source);
      if (!(t instanceof Prim src) || lossless(src, target)) return;
      cx.error(Errors.coded("E0277", "the trait bound `" + target.name + ": From<" + src.name + ">` is not satisfied", at,
          "the trait `From<" + src.name + ">` is not implemented for `" + target.name + "`"));
    }});
  }

  /**
   * Records the check of an integer's {@code try_into}: its target, known once the body's types are,
   * must be an integer type (std's TryFrom impls between them); rustc's E0283 when nothing fixed it,
   * E0277 for a type with no such impl, and a program's own {@code impl TryFrom} named unsupported
   * (its error type is not TryFromIntError; {@code T::try_from(x)} calls it).
   */
  static void tryInto(FnCk cx, Prim source, Ty target, Span at) {
    cx.deferred.add(new Object[] {(Runnable) () -> {
      Ty t = Zonk.apply(target);
      if (t instanceof Prim p && p.isInt()) return;
      if (!Zonk.isResolved(t)) {
        cx.error(Errors.coded("E0283", "type annotations needed", at, "type must be known at this point")
            .withNote("cannot satisfy `_: TryFrom<" + source.name + ">`"));
        return;
      }
      String shown = rustle.types.TyPrinter.show(t);
      if (t instanceof rustle.types.Ty.Adt a && !a.def().fromPrelude) {
        cx.error(Errors.unsupported("`try_into` into `" + shown + "` (its `TryFrom` is called as `" + shown
            + "::try_from(x)`)", at));
        return;
      }
      cx.error(Errors.coded("E0277", "the trait bound `" + shown + ": TryFrom<" + source.name + ">` is not satisfied",
          at, "the trait `From<" + source.name + ">` is not implemented for `" + shown + "`")
          .withNote("required for `" + source.name + "` to implement `Into<" + shown + ">`"));
    }});
  }

  /** Whether std has {@code impl From<src> for target}, target an integer or float type or char. */
  static boolean lossless(Prim src, Prim target) {
    if (src == target) return true;
    if (target == Prim.CHAR) return src == Prim.U8;
    if (src == Prim.BOOL) return true;
    if (target == Prim.F64) return src == Prim.F32 || src.isInt() && src.bits() <= 32 && src != Prim.USIZE && src != Prim.ISIZE;
    if (target == Prim.F32) return src.isInt() && src.bits() <= 16;
    if (src == Prim.CHAR) return target == Prim.U32 || target == Prim.U64 || target == Prim.U128;
    if (!src.isInt()) return false;
    if (target == Prim.USIZE) return src == Prim.U8 || src == Prim.U16;
    if (target == Prim.ISIZE) return src == Prim.U8 || src == Prim.I8 || src == Prim.I16;
    if (src == Prim.USIZE || src == Prim.ISIZE) return false;
    if (src.signed && !target.signed) return false;
    return target.bits() > src.bits();
  }
}
