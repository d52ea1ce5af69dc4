package rustle.check;

import rustle.ast.Expr;
import rustle.diag.Errors;
import rustle.types.AdtDef;
import rustle.types.Infer;
import rustle.types.Ty;

/**
 * The {@code ?} operator on Option and Result: the enclosing function or closure must return the same
 * kind, and a Result's error must convert into the returned one by {@code From}. A closure's return type
 * (or its error type) may be known only later (`|s| { let n = s.parse()?; Ok(n) }` collected into a
 * {@code Result<_, Box<dyn Error>>}): as rustc keeps {@code FromResidual} and {@code From} as pending
 * obligations, the check then waits for the end of the body; still unknown there, it is rustc's E0282.
 */
final class TryCk {
  private final FnCk cx;

  TryCk(FnCk cx) {
    this.cx = cx;
  }

  /** The type of t, whose operand has type a (an Option or a Result). */
  Ty check(Expr.Try t, Ty.Adt a) {
    Ty retTy = cx.retTy;
    Expr body = cx.closureBody;
    String fnKind = cx.def != null && cx.def.selfKind != rustle.ast.Item.SelfKind.NONE ? "method" : "function";
    if (unknown(retTy) || isResult(cx.resolve(retTy)) && a.def().builtin == AdtDef.Builtin.RESULT
        && unknown(((Ty.Adt) cx.resolve(retTy)).args().get(1))) {
      cx.deferred.add(new Object[] {(Runnable) () -> residual(t, a, retTy, fnKind, body)});
    } else {
      residual(t, a, retTy, fnKind, null);
    }
    return a.args().get(0);
  }

  /** late: the closure body whose end the check waited for, or null when it runs at once. */
  private void residual(Expr.Try t, Ty.Adt a, Ty retTy, String fnKind, Expr late) {
    Ty ret = cx.resolve(retTy);
    if (late != null && unknown(ret)) {
      annotationsNeeded(t, late);
      return;
    }
    if (!(ret instanceof Ty.Adt ra && ra.def() == a.def())) {
      cx.error(Errors.coded("E0277", "the `?` operator can only be used in a " + fnKind
          + " that returns `Result` or `Option` (or another type that implements `FromResidual`)", t.span(),
          "cannot use the `?` operator in a " + fnKind + " that returns `" + cx.show(retTy) + "`"));
      return;
    }
    if (a.def().builtin == AdtDef.Builtin.OPTION) return;
    Ty want = ((Ty.Adt) ret).args().get(1);
    Ty have = a.args().get(1);
    if (late != null && unknown(want)) {
      annotationsNeeded(t, late);
      return;
    }
    MethodRes conv = cx.infer.canUnify(want, have) ? null : new Conversions(cx).fromImpl(want, have);
    if (conv != null) {
      cx.tables.res[t.id()] = conv;
    } else if (!cx.infer.unify(want, have)) {
      cx.error(Errors.coded("E0277", "`?` couldn't convert the error to `" + cx.show(want) + "`", t.span(),
          "the trait `From<" + cx.show(have) + ">` is not implemented for `" + cx.show(want) + "`"));
    }
  }

  /**
   * rustc's E0282 points at the first expression whose type has the unknown parameter: in the usual
   * closure, the `Ok(..)` it ends with.
   */
  private void annotationsNeeded(Expr.Try t, Expr body) {
    if (cx.failed()) return;
    Expr tail = body instanceof Expr.Block b && b.tail() != null ? b.tail() : body;
    if (tail instanceof Expr.Call c && c.callee() instanceof Expr.PathExpr p && cx.tables.res[p.id()] instanceof Res.Variant v
        && v.adt().def().builtin == AdtDef.Builtin.RESULT) {
      cx.error(Errors.coded("E0282", "type annotations needed", p.span(),
          "cannot infer type of the type parameter `E` declared on the enum `Result`"));
      return;
    }
    cx.error(Errors.coded("E0282", "type annotations needed", t.span(), "cannot infer the error type of `?`"));
  }

  private boolean unknown(Ty t) {
    return cx.resolve(t) instanceof Infer;
  }

  private static boolean isResult(Ty t) {
    return t instanceof Ty.Adt a && a.def().builtin == AdtDef.Builtin.RESULT;
  }
}
