package rustle.borrowck;

import rustle.ast.Expr;
import rustle.ast.Item;
import rustle.ast.Pattern;
import rustle.ast.Span;
import rustle.ast.TypeExpr;
import rustle.check.LocalVar;
import rustle.check.Res;
import rustle.diag.Diagnostic;
import rustle.diag.Errors;
import rustle.types.FnSig;
import rustle.types.Ty;

/**
 * Reference parameters the result may not borrow from, by the signature's lifetimes
 * ({@code fn pick<'a>(x: &'a str, y: &str) -> &'a str} may return x's data, not y's): each holds a
 * marker loan from entry, and one that reaches the return place is reported as rustc does (E0621
 * when the parameter's lifetime was elided, "lifetime may not live long enough" otherwise).
 */
final class ParamRegions {
  private ParamRegions() {}

  static void declare(FnSig.Def def, Body body, Builder b, Signatures sigs) {
    Item.FnItem f = def.item;
    Ty ret = Builder.zonk(def.ret);
    // Only results whose references are written out (`&'a T`, `Option<&T>`): the regions of a path's
    // lifetime arguments or of `Self::Item` are not modelled well enough to reject a program.
    if (!Types.mayHoldRefs(ret) || f.ret() == null || !hasRef(f.ret())) return;
    CallFlow flow = sigs.flow(def);
    if (flow == null) return;
    String required = namedLifetime(f.ret());
    int self = def.selfKind == Item.SelfKind.NONE ? 0 : 1;
    if (self == 1 && (def.selfKind == Item.SelfKind.REF || def.selfKind == Item.SelfKind.REF_MUT)) {
      for (LocalVar v : body.tables.fns.get(def).locals) {
        if (v.patternId < 0 && v.name.equals("self")) {
          add(body, b.localOf(v), flow, 0, "self", f.selfLifetime(), required, f.selfSpan());
          break;
        }
      }
    }
    for (int i = 0; i < f.params().size(); i++) {
      Item.Param p = f.params().get(i);
      if (!(p.pattern() instanceof Pattern.IdentPat ip) || !(body.tables.res[ip.id()] instanceof LocalVar v)
          || !(p.type() instanceof TypeExpr.RefType rt)) {
        continue;
      }
      add(body, b.localOf(v), flow, self + i, v.name, rt.lifetime(), required, p.span());
    }
  }

  private static void add(Body body, int local, CallFlow flow, int i, String name, String lifetime, String required,
      Span span) {
    if (local < 0 || i >= flow.intoResult().length || flow.intoResult()[i] != CallFlow.NONE) return;
    if ("'static".equals(lifetime) || span == null) return;
    Ty t = body.local(local).ty;
    // The marker stands for the reference's own lifetime: a referent holding references of other
    // lifetimes (`&mut Words<'a>`) could pass those on, and reading them is not told apart.
    if (!(t instanceof Ty.Ref r) || Types.mayHoldRefs(r.inner())) return;
    Place referent = Place.local(local).deref(r.mutable() ? Place.DerefKind.MUT_REF : Place.DerefKind.SHARED_REF);
    int loan = body.borrows.add(referent, false, span, Rvalue.RefKind.PARAM);
    body.paramLoans.put(loan, new Body.ParamRegion(name, "'_".equals(lifetime) ? null : lifetime, required));
  }

  private static boolean hasRef(TypeExpr t) {
    if (t instanceof TypeExpr.RefType) return true;
    if (t instanceof TypeExpr.PathType p) {
      for (rustle.ast.Path.Segment s : p.path().segments()) {
        for (TypeExpr g : s.generics()) if (hasRef(g)) return true;
      }
    }
    if (t instanceof TypeExpr.TupleType tu) {
      for (TypeExpr e : tu.elems()) if (hasRef(e)) return true;
    }
    return false;
  }

  /** The first lifetime named in a return type ({@code &'a str}, {@code Option<&'a T>}), or null. */
  private static String namedLifetime(TypeExpr t) {
    if (t instanceof TypeExpr.RefType r) {
      if (r.lifetime() != null && !r.lifetime().equals("'_")) return r.lifetime();
      return namedLifetime(r.inner());
    }
    if (t instanceof TypeExpr.PathType p) {
      for (rustle.ast.Path.Segment s : p.path().segments()) {
        for (TypeExpr g : s.generics()) {
          String n = namedLifetime(g);
          if (n != null) return n;
        }
      }
    }
    if (t instanceof TypeExpr.TupleType tu) {
      for (TypeExpr e : tu.elems()) {
        String n = namedLifetime(e);
        if (n != null) return n;
      }
    }
    return null;
  }

  /** The error for a parameter's data returned; at the returned expression that uses the parameter. */
  static Diagnostic error(Body.ParamRegion pr, Expr returned, Span fallback) {
    Span at = returned != null ? returned.span() : fallback;
    if (pr.lifetime() == null && pr.required() != null) {
      return Errors.coded("E0621", "explicit lifetime required in the type of `" + pr.name() + "`", at,
          "lifetime `" + pr.required() + "` required");
    }
    return Errors.error("lifetime may not live long enough", at, "returning this value requires that `"
        + (pr.lifetime() == null ? "'1" : pr.lifetime()) + "` must outlive `"
        + (pr.required() == null ? "'2" : pr.required()) + "`");
  }

  /** The innermost branch of e (through block tails, if and match arms) whose value uses var. */
  static Expr innermostUsing(Expr e, LocalVar var, rustle.check.Tables tables) {
    while (e != null) {
      if (e instanceof Expr.Block blk) {
        if (blk.tail() == null) return e;
        e = blk.tail();
      } else if (e instanceof Expr.If i) {
        Expr next = uses(i.then(), var, tables) ? i.then()
            : i.orElse() != null && uses(i.orElse(), var, tables) ? i.orElse() : null;
        if (next == null) return e;
        e = next;
      } else if (e instanceof Expr.Match m) {
        Expr next = null;
        for (Expr.Arm arm : m.arms()) if (next == null && uses(arm.body(), var, tables)) next = arm.body();
        if (next == null) return e;
        e = next;
      } else {
        return e;
      }
    }
    return null;
  }

  private static boolean uses(Object n, LocalVar var, rustle.check.Tables tables) {
    if (n == null) return false;
    if (n instanceof java.util.List<?> l) {
      for (Object o : l) if (uses(o, var, tables)) return true;
      return false;
    }
    if (n instanceof Expr.PathExpr pe) return tables.res[pe.id()] instanceof Res.Local loc && loc.var() == var;
    if (!n.getClass().isRecord()) return false;
    for (java.lang.reflect.RecordComponent rc : n.getClass().getRecordComponents()) {
      if (rc.getType().isPrimitive() || rc.getType() == String.class) continue;
      try {
        if (uses(rc.getAccessor().invoke(n), var, tables)) return true;
      } catch (ReflectiveOperationException ex) {
        throw new IllegalStateException(ex);
      }
    }
    return false;
  }
}
