package rustle.check;

import java.util.List;
import rustle.ast.Expr;
import rustle.ast.Item;
import rustle.ast.Path;
import rustle.ast.Pattern;
import rustle.diag.Errors;
import rustle.types.AdtDef;
import rustle.types.Infer;
import rustle.types.Layouts;
import rustle.types.Prim;
import rustle.types.Ty;

/**
 * Checks patterns against the type they match, declaring their bindings, with Rust 2021's default
 * binding modes (matching a non-reference pattern through a reference binds by reference).
 */
final class PatCk {
  private final FnCk cx;
  /** Inside an or-pattern: the variables its first alternative declared, and which alternative is checked. */
  private java.util.Map<String, LocalVar> orBindings;
  private int orAlt;

  PatCk(FnCk cx) {
    this.cx = cx;
  }

  /** Checks p against t; irrefutable says whether the context (let, params) requires it to always match. */
  void check(Pattern p, Ty t, boolean irrefutable) {
    pat(p, t, 0);
  }

  private void pat(Pattern p, Ty t, int mode) {
    cx.record(p, t);
    if (p instanceof Pattern.IdentPat ip) {
      ConstDef named = ip.sub() == null && !ip.mutable() && !ip.byRef() ? cx.items.consts.get(ip.name()) : null;
      if (named != null && !named.item.isStatic()) {
        // A bare name of a constant is a constant pattern (`LIMIT => ..`), not a new binding.
        if (named.ty != null) expectPat(p, named.ty, peel(p, t));
        cx.tables.res[p.id()] = new Res.Const(named);
        return;
      }
      Res.Variant unit = unitVariant(ip);
      if (unit != null && ip.sub() == null && !ip.mutable() && !ip.byRef()) {
        Ty r = peel(p, t);
        expectPat(p, unit.adt(), r);
        cx.tables.res[p.id()] = unit;
        return;
      }
      int m = ip.byRef() ? (ip.mutable() ? 2 : 1) : mode;
      Ty bound = m == 0 ? t : new Ty.Ref(t, m == 2);
      cx.tables.bindModes[p.id()] = (byte) m;
      LocalVar first = orBindings == null ? null : orBindings.get(ip.name());
      if (first != null && orAlt > 0) {
        // A later alternative of an or-pattern binds the same variable as the first one, not a new one.
        cx.infer.unify(first.ty, bound);
        cx.tables.res[p.id()] = first;
      } else {
        LocalVar v = cx.declare(ip.name(), ip.mutable() && !ip.byRef(), ip.span(), p.id(), bound);
        if (orBindings != null) orBindings.put(ip.name(), v);
      }
      if (ip.sub() != null) pat(ip.sub(), t, mode);
      return;
    }
    if (p instanceof Pattern.WildPat || p instanceof Pattern.RestPat) return;
    if (p instanceof Pattern.RefPat rp) {
      Ty r = cx.resolve(t);
      if (r instanceof Ty.Ref ref) {
        pat(rp.inner(), ref.inner(), 0);
      } else {
        Ty inner = cx.infer.fresh();
        expectPat(p, new Ty.Ref(inner, rp.mutable()), r);
        pat(rp.inner(), inner, 0);
      }
      return;
    }
    // An or-pattern passes the type and binding mode on to its alternatives, which peel references
    // themselves (rustc's AdjustMode::Pass): peeling here too would peel twice.
    if (p instanceof Pattern.OrPat op) {
      java.util.Map<String, LocalVar> saved = orBindings;
      int savedAlt = orAlt;
      if (orBindings == null) orBindings = new java.util.HashMap<>();
      for (int i = 0; i < op.alts().size(); i++) {
        orAlt = i;
        pat(op.alts().get(i), t, mode);
      }
      orBindings = saved;
      orAlt = savedAlt;
      return;
    }
    // Non-reference patterns: peel references (default binding mode).
    int[] modeBox = {mode};
    Ty r = peelMode(p, t, modeBox);
    int m = modeBox[0];
    if (p instanceof Pattern.LitPat lp) {
      Ty lt = cx.exprs.check(lp.lit(), r);
      if (lt instanceof Ty.Ref lr && cx.resolve(lr.inner()) == Prim.STR) {
        expectPat(p, lt, r);
      } else {
        expectPat(p, lt, r);
      }
      return;
    }
    if (p instanceof Pattern.RangePat rp) {
      if (rp.lo() != null) expectPat(p, cx.exprs.check(rp.lo(), r), r);
      if (rp.hi() != null) expectPat(p, cx.exprs.check(rp.hi(), r), r);
      if (rp.lo() != null && !OpsCk.isNumeric(cx.resolve(r)) && cx.resolve(r) != Prim.CHAR) {
        cx.error(Errors.coded("E0029", "only `char` and numeric types are allowed in range patterns", p.span(),
            "this is of type `" + cx.show(r) + "` but it should be `char` or numeric"));
      }
      return;
    }
    if (p instanceof Pattern.TuplePat tp) {
      List<Ty> elems;
      if (r instanceof Ty.Tuple tu) {
        elems = tu.elems();
      } else {
        java.util.ArrayList<Ty> fresh = new java.util.ArrayList<>();
        for (int i = 0; i < tp.elems().size(); i++) fresh.add(cx.infer.fresh());
        expectPat(p, new Ty.Tuple(fresh), r);
        elems = fresh;
      }
      subpatterns(p, tp.elems(), elems, m);
      return;
    }
    if (p instanceof Pattern.TupleStructPat tp) {
      Res.Variant v = variantOf(tp.path(), p);
      if (v == null) {
        for (Pattern sub : tp.elems()) pat(sub, cx.infer.fresh(), m);
        return;
      }
      expectPat(p, v.adt(), r);
      cx.tables.res[p.id()] = v;
      AdtDef.VariantDef vd = v.adt().def().variants.get(v.variant());
      subpatterns(p, tp.elems(), Layouts.fieldTypes(v.adt(), vd), m);
      return;
    }
    if (p instanceof Pattern.StructPat sp) {
      Res.Variant v = structVariant(sp.path(), p);
      if (v == null) {
        // The path was reported; still declare the bindings so their uses are not reported again.
        for (Pattern.FieldPat fp : sp.fields()) pat(fp.pattern(), cx.infer.fresh(), m);
        return;
      }
      expectPat(p, v.adt(), r);
      cx.tables.res[p.id()] = v;
      AdtDef.VariantDef vd = v.adt().def().variants.get(v.variant());
      List<Ty> fts = Layouts.fieldTypes(v.adt(), vd);
      int inexistent = 0;
      for (Pattern.FieldPat fp : sp.fields()) {
        int i = vd.fieldIndex(fp.name());
        if (i < 0) {
          inexistent++;
          cx.error(Errors.coded("E0026", (v.adt().def().isEnum ? "variant `" : "struct `") + vd.name()
              + "` does not have a field named `" + fp.name() + "`", fp.span(), "variant does not have this field"));
          continue;
        }
        pat(fp.pattern(), fts.get(i), m);
      }
      if (!sp.hasRest()) missingFields(sp, vd, inexistent);
      return;
    }
    if (p instanceof Pattern.PathPat pp) {
      Res res = cx.exprs.paths.resolveValue(pp.path(), pp.span());
      if (res instanceof Res.Variant v) {
        expectPat(p, v.adt(), r);
        cx.tables.res[p.id()] = v;
      } else if (res instanceof Res.Const c) {
        if (c.def().ty != null) expectPat(p, c.def().ty, r);
        cx.tables.res[p.id()] = c;
      } else if (res != null) {
        cx.error(Errors.coded("E0532", "expected unit struct, unit variant or constant, found `" + pp.path().text()
            + "`", pp.span(), "not a unit struct, unit variant or constant"));
      }
      return;
    }
    if (p instanceof Pattern.SlicePat sp) {
      slice(sp, r, m);
      return;
    }
    cx.error(Errors.unsupported("this pattern", p.span()));
  }

  /**
   * {@code [a, .., z]} against an array (whose length the pattern must fit: E0527, E0528) or a slice; a
   * {@code rest @ ..} binds the middle as an array of the remaining length, or as a slice.
   */
  private void slice(Pattern.SlicePat sp, Ty r, int mode) {
    int rest = SlicePats.restIndex(sp);
    int n = sp.elems().size() - (rest >= 0 ? 1 : 0);
    Ty elem;
    Ty restTy;
    if (r instanceof Ty.Array a) {
      elem = a.elem();
      if (rest < 0 && n != a.len()) {
        cx.error(Errors.coded("E0527", "pattern requires " + n + " element" + (n == 1 ? "" : "s") + " but array has "
            + a.len(), sp.span(), "expected " + a.len() + " element" + (a.len() == 1 ? "" : "s")));
      } else if (rest >= 0 && n > a.len()) {
        cx.error(Errors.coded("E0528", "pattern requires at least " + n + " element" + (n == 1 ? "" : "s")
            + " but array has " + a.len(), sp.span(), "pattern cannot match array of " + a.len() + " element"
            + (a.len() == 1 ? "" : "s")));
      }
      restTy = new Ty.Array(elem, Math.max(0, a.len() - n));
    } else if (r instanceof Ty.Slice s) {
      elem = s.elem();
      restTy = r;
    } else {
      if (!(r instanceof Infer)) {
        cx.error(Errors.coded("E0529", "expected an array or slice, found `" + cx.show(r) + "`", sp.span(),
            "pattern cannot match with input type `" + cx.show(r) + "`"));
      }
      elem = cx.infer.fresh();
      restTy = new Ty.Slice(elem);
    }
    for (int i = 0; i < sp.elems().size(); i++) {
      Pattern e = sp.elems().get(i);
      if (i == rest) {
        if (e instanceof Pattern.IdentPat ip) pat(ip, restTy, mode);
      } else {
        pat(e, elem, mode);
      }
    }
  }

  /**
   * E0027: a struct pattern without `..` must name every field. As in rustc, one unknown field and one
   * unmentioned field are one misspelling: E0026 alone is reported (rustc suggests the field there).
   */
  private void missingFields(Pattern.StructPat sp, AdtDef.VariantDef vd, int inexistent) {
    List<String> missing = new java.util.ArrayList<>();
    for (AdtDef.FieldDef f : vd.fields()) {
      boolean named = false;
      for (Pattern.FieldPat fp : sp.fields()) named |= fp.name().equals(f.name());
      if (!named) missing.add("`" + f.name() + "`");
    }
    if (missing.isEmpty() || missing.size() == 1 && inexistent == 1) return;
    String list = String.join(", ", missing);
    cx.error(Errors.coded("E0027", "pattern does not mention field" + (missing.size() == 1 ? " " : "s ") + list,
        sp.span(), "missing field" + (missing.size() == 1 ? " " : "s ") + list));
  }

  private void subpatterns(Pattern at, List<Pattern> pats, List<Ty> types, int mode) {
    int rest = -1;
    for (int i = 0; i < pats.size(); i++) if (pats.get(i) instanceof Pattern.RestPat) rest = i;
    int n = pats.size() - (rest >= 0 ? 1 : 0);
    if (rest < 0 ? n != types.size() : n > types.size()) {
      if (at instanceof Pattern.TuplePat) {
        // rustc: a tuple pattern of the wrong length is a type mismatch; E0023 is for tuple structs and variants.
        cx.error(Errors.tuplePatternArity(types.size(), n, at.span()));
        // Its bindings still exist (of unknown type), so their uses report nothing more.
        for (Pattern sub : pats) if (!(sub instanceof Pattern.RestPat)) pat(sub, cx.infer.fresh(), mode);
        return;
      }
      boolean isStruct = cx.tables.res[at.id()] instanceof Res.Variant v && !v.adt().def().isEnum;
      cx.error(Errors.coded("E0023", "this pattern has " + n + " field" + (n == 1 ? "" : "s") + ", but the corresponding "
          + (isStruct ? "tuple struct" : "tuple variant") + " has " + types.size() + " field"
          + (types.size() == 1 ? "" : "s"), at.span(), "expected " + types.size() + " field"
          + (types.size() == 1 ? "" : "s") + ", found " + n));
      // As for tuples: the bindings exist, so their uses report nothing more.
      for (Pattern sub : pats) if (!(sub instanceof Pattern.RestPat)) pat(sub, cx.infer.fresh(), mode);
      return;
    }
    for (int i = 0; i < pats.size(); i++) {
      if (i == rest) continue;
      int ti = rest >= 0 && i > rest ? types.size() - (pats.size() - i) : i;
      pat(pats.get(i), types.get(ti), mode);
    }
  }

  private Ty peel(Pattern p, Ty t) {
    return peelMode(p, t, new int[] {0});
  }

  private Ty peelMode(Pattern p, Ty t, int[] mode) {
    Ty r = cx.resolve(t);
    int n = 0;
    while (r instanceof Ty.Ref ref && !(p instanceof Pattern.LitPat && isStrRef(r))) {
      mode[0] = ref.mutable() && mode[0] != 1 ? 2 : 1;
      r = cx.resolve(ref.inner());
      n++;
    }
    cx.tables.derefs[p.id()] = n;
    return r;
  }

  private static boolean isStrRef(Ty t) {
    return t instanceof Ty.Ref r && Infer.shallow(r.inner()) == Prim.STR;
  }

  private void expectPat(Pattern p, Ty patTy, Ty scrutTy) {
    if (!cx.infer.unify(patTy, scrutTy)) {
      cx.error(Errors.coded("E0308", "mismatched types", p.span(),
          "expected `" + cx.show(scrutTy) + "`, found `" + cx.show(patTy) + "`"));
    }
  }

  /** A bare identifier pattern that names a unit variant or unit struct (None, Color::Red via use). */
  private Res.Variant unitVariant(Pattern.IdentPat ip) {
    if (ip.name().equals("None")) {
      AdtDef d = cx.items.std("Option");
      return new Res.Variant(cx.exprs.paths.freshAdt(d), d.variant("None").index());
    }
    AdtDef d = cx.items.adts.get(ip.name());
    if (d != null && !d.isEnum && d.variants.get(0).kind() == Item.StructKind.UNIT) {
      return new Res.Variant(cx.exprs.paths.freshAdt(d), 0);
    }
    return cx.exprs.paths.importedUnitVariant(ip.name());
  }

  /**
   * A struct pattern's path names a type (`A { v }` with a `const A` beside `struct A { v: i32 }`,
   * which live in different namespaces): a struct of that name is taken before any value.
   */
  private Res.Variant structVariant(Path path, Pattern p) {
    if (path.segments().size() == 1 && path.segments().get(0).generics().isEmpty()) {
      AdtDef d = cx.items.adts.get(path.last());
      if (d != null && !d.isEnum && !cx.items.uses.containsKey(path.last())) {
        return new Res.Variant(cx.exprs.paths.freshAdt(d), 0);
      }
    }
    return variantOf(path, p);
  }

  private Res.Variant variantOf(Path path, Pattern p) {
    Res r = cx.exprs.paths.resolveValue(path, path.span());
    if (r instanceof Res.Variant v) return v;
    if (r != null) {
      cx.error(Errors.coded("E0532", "expected tuple struct or tuple variant, found `" + path.text() + "`",
          path.span(), "not a tuple struct or tuple variant"));
    }
    return null;
  }

  static boolean isLiteral(Expr e) {
    return e instanceof Expr.Lit;
  }
}
