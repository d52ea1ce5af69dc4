package rustle.borrowck;

import java.util.List;
import rustle.ast.Item;
import rustle.ast.Pattern;
import rustle.ast.Span;
import rustle.ast.TypeExpr;
import rustle.check.LocalVar;
import rustle.check.Tables;
import rustle.types.FnSig;
import rustle.types.Ty;

/** Lowers one function: arguments enter initialized, the body's value goes to the return place, then it returns. */
final class BodyBuilder {
  private BodyBuilder() {}

  static Body build(FnSig.Def def, Tables tables, Signatures sigs) {
    Item.FnItem f = def.item;
    Body body = new Body(def, tables);
    Tables.FnInfo info = tables.fns.get(def);
    List<LocalVar> vars = info == null ? List.of() : info.locals;
    body.addLocal(new LocalDecl(LocalDecl.Kind.RETURN, null, Builder.zonk(def.ret), true, f.span(), null));
    Builder b = new Builder(body, vars.size());
    Lower lo = new Lower(b, sigs);
    b.pushScope(Builder.lastChar(f.body().span()));
    int pi = 0;
    if (def.selfKind != Item.SelfKind.NONE) {
      for (LocalVar v : vars) {
        if (v.patternId < 0 && v.name.equals("self")) {
          int l = b.declare(v, LocalDecl.Kind.ARG);
          if (def.selfKind == Item.SelfKind.REF && f.selfSpan() != null) {
            body.local(l).mutRefInsert = insertAfterAmp(f.selfSpan(), f.selfLifetime());
          }
          break;
        }
      }
      pi = 1;
    }
    for (Item.Param p : f.params()) {
      Ty t = pi < def.params.size() ? Builder.zonk(def.params.get(pi)) : null;
      pi++;
      if (p.pattern() instanceof Pattern.IdentPat ip && ip.sub() == null && tables.bindModes[ip.id()] == 0
          && tables.res[ip.id()] instanceof LocalVar v) {
        int l = b.declare(v, LocalDecl.Kind.ARG);
        if (p.type() instanceof TypeExpr.RefType rt && !rt.mutable()) {
          body.local(l).mutRefInsert = insertAfterAmp(rt.span(), rt.lifetime());
        }
        if (p.type() instanceof TypeExpr.RefType rt && rt.mutable()) body.local(l).innerRef = firstRef(rt.inner());
        continue;
      }
      int arg = body.addLocal(new LocalDecl(LocalDecl.Kind.ARG, null, t, false, p.span(), null));
      lo.patterns.declare(p.pattern());
      lo.patterns.bind(p.pattern(), Place.local(arg), t, null, false);
    }
    ParamRegions.declare(def, body, b, sigs);
    b.pushTemps(Builder.lastChar(f.body().span()));
    lo.control.block(f.body(), Builder.Life.STATEMENT, Place.local(0));
    b.popTemps();
    lo.control.ret(f.body().tail());
    b.popScope();
    return body;
  }

  /** The first reference type written inside t, or null. */
  private static TypeExpr.RefType firstRef(TypeExpr t) {
    if (t instanceof TypeExpr.RefType r) return r;
    if (t instanceof TypeExpr.PathType p) {
      for (rustle.ast.Path.Segment s : p.path().segments()) {
        for (TypeExpr g : s.generics()) {
          TypeExpr.RefType r = firstRef(g);
          if (r != null) return r;
        }
      }
    }
    if (t instanceof TypeExpr.TupleType tu) {
      for (TypeExpr e : tu.elems()) {
        TypeExpr.RefType r = firstRef(e);
        if (r != null) return r;
      }
    }
    if (t instanceof TypeExpr.ArrayType a) return firstRef(a.elem());
    if (t instanceof TypeExpr.SliceType s) return firstRef(s.elem());
    return null;
  }

  /** Where "mut " goes in {@code &T} or {@code &'a T}: after the ampersand and lifetime. */
  private static Span insertAfterAmp(Span refSpan, String lifetime) {
    int off = 1 + (lifetime == null ? 0 : lifetime.length() + 1);
    int at = refSpan.start() + off;
    return new Span(at, at, refSpan.line(), refSpan.col() + off, refSpan.line(), refSpan.col() + off);
  }
}
