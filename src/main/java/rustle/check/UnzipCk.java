package rustle.check;

import java.util.List;
import rustle.ast.Expr;
import rustle.diag.Diagnostic;
import rustle.diag.Errors;
import rustle.types.AdtDef;
import rustle.types.Infer;
import rustle.types.Ty;

/**
 * {@code unzip} whose collections are not written where it is called (`let (a, b) = it.unzip();`):
 * std's FromA and FromB are only bounded by Default + Extend, so, as in rustc, a later use must fix
 * them; still unknown at the end of the body, it is rustc's E0283. rustle builds Vecs only.
 */
final class UnzipCk {
  private final FnCk cx;

  UnzipCk(FnCk cx) {
    this.cx = cx;
  }

  /** The type of m, an unzip of pairs t whose result type is not known yet. */
  Ty open(Expr.MethodCall m, Ty.Tuple t, Ty expected) {
    Ty fa = cx.infer.fresh();
    Ty fb = cx.infer.fresh();
    Ty pair = new Ty.Tuple(List.of(fa, fb));
    if (m.generics().size() == 4) {
      // `unzip::<A, B, FromA, FromB>()`
      for (int i = 0; i < 2; i++) {
        Ty g = cx.lowering.lower(m.generics().get(2 + i), cx.tyScope, cx.infer);
        if (g == null) return null;
        cx.infer.unify(i == 0 ? fa : fb, g);
      }
    }
    if (expected != null) cx.infer.probe(pair, expected);
    boolean[] reported = {false};
    for (int i = 0; i < 2; i++) {
      Ty from = i == 0 ? fa : fb;
      Ty part = t.elems().get(i);
      if (!(cx.resolve(from) instanceof Infer) && !fill(m, from, part)) return null;
    }
    cx.deferred.add(new Object[] {(Runnable) () -> {
      for (int i = 0; i < 2; i++) {
        Ty from = i == 0 ? fa : fb;
        if (cx.resolve(from) instanceof Infer) {
          ambiguous(m, reported);
        } else {
          fill(m, from, t.elems().get(i));
        }
      }
    }});
    return pair;
  }

  /** Whether from, now known, is a Vec rustle fills with the items part (it reports it otherwise). */
  private boolean fill(Expr.MethodCall m, Ty from, Ty part) {
    if (cx.resolve(from) instanceof Ty.Adt a && a.def().builtin == AdtDef.Builtin.VEC && cx.infer.unify(a.args().get(0), part)) {
      return true;
    }
    cx.error(Errors.unsupported("`unzip` into `" + cx.show(from) + "` of items `" + cx.show(part) + "`", m.nameSpan()));
    return false;
  }

  private void ambiguous(Expr.MethodCall m, boolean[] reported) {
    // rustc reports an ambiguity only in a body free of other errors, and this one once.
    if (reported[0] || cx.failed()) return;
    reported[0] = true;
    cx.errors.add(Errors.coded("E0283", "type annotations needed", m.nameSpan(), "type must be known at this point")
        .withNote("cannot satisfy `_: Default`")
        .withSub(Diagnostic.Sub.note("required by a bound in `unzip`")));
  }
}
