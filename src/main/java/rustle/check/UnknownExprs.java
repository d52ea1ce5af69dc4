package rustle.check;

import java.util.List;
import rustle.ast.Expr;
import rustle.ast.Span;
import rustle.diag.Diagnostic;
import rustle.diag.Errors;
import rustle.types.Ty;

/**
 * rustc's "type annotations needed" for a value whose type nothing fixed and that no unannotated local
 * holds ({@code println!("{:?}", None)}, {@code Vec::new();}, {@code let _ = id();}): the first such
 * expression of the body (innermost first, as checked), with rustc's label naming the type parameter.
 */
final class UnknownExprs {
  private UnknownExprs() {}

  /** The error for the first expression of checked whose type is still unknown, or null. */
  static Diagnostic first(FnCk cx, List<Expr> checked, Span parse, Object[] collect) {
    if (parse != null) {
      return Errors.coded("E0284", "type annotations needed", parse,
          "cannot infer type of the type parameter `F` declared on the method `parse`")
          .withNote("cannot satisfy `<_ as FromStr>::Err == _`");
    }
    if (collect != null) {
      return Errors.coded("E0283", "type annotations needed", (Span) collect[1],
          "cannot infer type of the type parameter `B` declared on the method `collect`")
          .withNote("cannot satisfy `_: FromIterator<" + cx.show(Zonk.apply((Ty) collect[2])) + ">`");
    }
    java.util.Set<Integer> tried = new java.util.HashSet<>();
    for (Expr e : checked) if (e instanceof Expr.Try t) tried.add(t.operand().id());
    for (Expr e : checked) {
      // Only a generic item's own value (`None`, `Vec::new()`, `id()`): other open types may be ones
      // rustc's fallback settles (`Err(e)?;` leaves its `T` to it), so they are not reported here.
      Expr at = e instanceof Expr.Call c && c.callee() instanceof Expr.PathExpr p ? p : e;
      if (!(at instanceof Expr.PathExpr) || tried.contains(e.id())) continue;
      Object res = cx.tables.res[at.id()];
      if (!(res instanceof Res.Variant || res instanceof Res.Fn)) continue;
      Ty t = cx.tables.types[e.id()];
      if (t == null || Zonk.isResolved(Zonk.apply(t))) continue;
      return Errors.coded("E0282", "type annotations needed", at.span(), label(cx, at));
    }
    return null;
  }

  private static String label(FnCk cx, Expr e) {
    Object res = e instanceof Expr.PathExpr p ? cx.tables.res[p.id()] : null;
    if (res instanceof Res.Variant v) {
      List<Ty> args = v.adt().args();
      for (int i = 0; i < args.size() && i < v.adt().def().generics.size(); i++) {
        if (!Zonk.isResolved(Zonk.apply(args.get(i)))) {
          return param(v.adt().def().generics.get(i), v.adt().def().isEnum ? "enum" : "struct", v.adt().def().name);
        }
      }
    }
    if (res instanceof Res.Fn f) {
      for (int i = 0; i < f.args().size() && i < f.def().generics.size(); i++) {
        if (Zonk.isResolved(Zonk.apply(f.args().get(i)))) continue;
        String name = f.def().generics.get(i).name();
        if (i >= f.def().implGenerics) {
          return param(name, f.def().selfTy == null ? "function" : "associated function", f.def().name);
        }
        if (f.def().selfTy instanceof Ty.Adt a) return param(name, a.def().isEnum ? "enum" : "struct", a.def().name);
      }
    }
    return "cannot infer type";
  }

  private static String param(String name, String kind, String owner) {
    return "cannot infer type of the type parameter `" + name + "` declared on the " + kind + " `" + owner + "`";
  }
}
