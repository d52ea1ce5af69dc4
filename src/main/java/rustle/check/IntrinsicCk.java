package rustle.check;

import java.util.List;
import rustle.ast.Expr;
import rustle.types.Prim;
import rustle.types.Ty;

/** Typing of calls to std functions the interpreter implements directly ({@code std::mem::*}). */
final class IntrinsicCk {
  private final FnCk cx;

  IntrinsicCk(FnCk cx) {
    this.cx = cx;
  }

  Ty call(Expr.Call c, Res.Intrinsic in, Ty expected) {
    Ty t = in.args().isEmpty() ? null : in.args().get(0);  // process::exit has no type argument
    switch (in.name()) {
      case "mem::size_of":
      case "mem::align_of":
        cx.exprs.paths.checkArgs(c, c.args(), List.of(), in.name());
        cx.deferred.add(new Object[] {(Runnable) () -> {
          if (!Zonk.isResolved(t) && !cx.failed()) {
            cx.error(rustle.diag.Errors.coded("E0282", "type annotations needed", c.span(), "cannot infer type"));
          }
        }});
        return Prim.USIZE;
      case "mem::size_of_val":
      case "mem::align_of_val":
        // T: ?Sized. A trait object cannot bind an inference variable (they stand for sized types), so a
        // `&dyn Trait` argument is taken as it is; the interpreter reads the pointee from the argument.
        if (c.args().size() != 1) {
          cx.exprs.paths.checkArgs(c, c.args(), List.of(new Ty.Ref(t, false)), in.name());
          return Prim.USIZE;
        }
        Ty arg = cx.exprs.check(c.args().get(0), null);
        if (cx.resolve(arg) instanceof Ty.Ref r && cx.resolve(r.inner()) instanceof Ty.Dyn) return Prim.USIZE;
        cx.coerce(c.args().get(0), arg, new Ty.Ref(t, false));
        return Prim.USIZE;
      case "mem::drop":
      case "mem::forget":
        cx.exprs.paths.checkArgs(c, c.args(), List.of(t), in.name());
        return Ty.UNIT;
      case "mem::replace":
        cx.exprs.paths.checkArgs(c, c.args(), List.of(new Ty.Ref(t, true), t), in.name());
        return t;
      case "mem::swap":
        cx.exprs.paths.checkArgs(c, c.args(), List.of(new Ty.Ref(t, true), new Ty.Ref(t, true)), in.name());
        return Ty.UNIT;
      case "mem::take":
        cx.exprs.paths.checkArgs(c, c.args(), List.of(new Ty.Ref(t, true)), in.name());
        return t;
      case "hint::black_box":
        cx.exprs.paths.checkArgs(c, c.args(), List.of(t), in.name());
        return t;
      case "process::exit":
        cx.exprs.paths.checkArgs(c, c.args(), List.of(Prim.I32), in.name());
        return Prim.NEVER;
      default:
        return RawPtrCk.call(cx, c, in);
    }
  }
}
