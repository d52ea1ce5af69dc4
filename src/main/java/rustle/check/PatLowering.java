package rustle.check;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import rustle.ast.Expr;
import rustle.ast.Pattern;
import rustle.types.AdtDef;
import rustle.types.Layouts;
import rustle.types.Prim;
import rustle.types.Ty;

/** Lowers checked patterns to {@link DPat}s, reading the variants the checker resolved for them. */
final class PatLowering {
  private final FnCk cx;

  PatLowering(FnCk cx) {
    this.cx = cx;
  }

  DPat lower(Pattern p, Ty t) {
    t = Zonk.apply(t);
    if (p instanceof Pattern.IdentPat && cx.tables.res[p.id()] instanceof Res.Const c) return constant(c.def(), t, 0);
    if (p instanceof Pattern.PathPat && cx.tables.res[p.id()] instanceof Res.Const c) return constant(c.def(), t, 0);
    if (p instanceof Pattern.IdentPat ip && !(cx.tables.res[p.id()] instanceof Res.Variant)) {
      return ip.sub() == null ? DPat.wild(t) : lower(ip.sub(), t);
    }
    if (p instanceof Pattern.LitPat lp && lp.lit() instanceof Expr.StrLit) return DPat.opaque(t);
    if (p instanceof Pattern.WildPat || p instanceof Pattern.RestPat) return DPat.wild(t);
    if (p instanceof Pattern.OrPat op) {
      List<DPat> alts = new ArrayList<>();
      for (Pattern a : op.alts()) alts.add(lower(a, t));
      return DPat.or(alts, t);
    }
    if (t instanceof Ty.Ref r) {
      // A reference has one constructor; `&p` and a non-reference pattern (default binding mode) both
      // match through it.
      Pattern inner = p instanceof Pattern.RefPat rp ? rp.inner() : p;
      return DPat.variant(0, List.of(lower(inner, r.inner())), t);
    }
    if (p instanceof Pattern.RefPat rp) return lower(rp.inner(), t);
    if (p instanceof Pattern.IdentPat) return variantPat(p, t, List.of());
    if (p instanceof Pattern.LitPat lp) return literal(lp.lit(), t);
    if (p instanceof Pattern.RangePat rp) {
      BigInteger lo = rp.lo() == null ? Ctors.min(t) : value(rp.lo(), t);
      BigInteger hi = rp.hi() == null ? Ctors.max(t) : value(rp.hi(), t);
      if (lo == null || hi == null) return DPat.opaque(t);
      if (!rp.inclusive() && rp.hi() != null) hi = hi.subtract(BigInteger.ONE);
      return DPat.range(lo, hi, t);
    }
    if (p instanceof Pattern.TuplePat tp && t instanceof Ty.Tuple tu) {
      return DPat.variant(0, positional(tp.elems(), tu.elems()), t);
    }
    if (p instanceof Pattern.TupleStructPat tp && t instanceof Ty.Adt a && cx.tables.res[p.id()] instanceof Res.Variant v) {
      List<Ty> fts = Layouts.fieldTypes(a, a.def().variants.get(v.variant()));
      return DPat.variant(v.variant(), positional(tp.elems(), fts), t);
    }
    if (p instanceof Pattern.StructPat sp && t instanceof Ty.Adt a && cx.tables.res[p.id()] instanceof Res.Variant v) {
      AdtDef.VariantDef vd = a.def().variants.get(v.variant());
      List<Ty> fts = Layouts.fieldTypes(a, vd);
      List<DPat> fields = new ArrayList<>();
      for (Ty ft : fts) fields.add(DPat.wild(Zonk.apply(ft)));
      for (Pattern.FieldPat fp : sp.fields()) {
        int i = vd.fieldIndex(fp.name());
        if (i >= 0) fields.set(i, lower(fp.pattern(), fts.get(i)));
      }
      return DPat.variant(v.variant(), fields, t);
    }
    if (p instanceof Pattern.PathPat && cx.tables.res[p.id()] instanceof Res.Variant) return variantPat(p, t, List.of());
    if (p instanceof Pattern.SlicePat sp && (t instanceof Ty.Array || t instanceof Ty.Slice)) {
      Ty elem = t instanceof Ty.Array a ? a.elem() : ((Ty.Slice) t).elem();
      int rest = SlicePats.restIndex(sp);
      List<DPat> fields = new ArrayList<>();
      for (int i = 0; i < sp.elems().size(); i++) if (i != rest) fields.add(lower(sp.elems().get(i), elem));
      return rest < 0 ? DPat.fixedSlice(fields, t) : DPat.varSlice(rest, fields, t);
    }
    return DPat.opaque(t);
  }

  /**
   * A constant used as a pattern, as rustc sees it for exhaustiveness: its value's structure (literals,
   * tuples, variants, arrays) when it is written out, otherwise a value that covers nothing else.
   */
  private DPat constant(ConstDef c, Ty t, int depth) {
    Expr v = c.item.value();
    return depth > 8 || v == null ? DPat.opaque(t) : valuePat(v, Zonk.apply(t), depth);
  }

  private DPat valuePat(Expr e, Ty t, int depth) {
    if (t instanceof Ty.Ref) return DPat.opaque(t);
    if (e instanceof Expr.Lit lit && !(lit instanceof Expr.StrLit) && !(lit instanceof Expr.FloatLit)) {
      return literal(lit, t);
    }
    if (e instanceof Expr.Unary u && u.op() == Expr.UnOp.NEG) {
      BigInteger v = value(e, t);
      return v == null ? DPat.opaque(t) : DPat.range(v, v, t);
    }
    if (e instanceof Expr.Tuple tu && t instanceof Ty.Tuple tt && tu.elems().size() == tt.elems().size()) {
      List<DPat> fields = new ArrayList<>();
      for (int i = 0; i < tu.elems().size(); i++) fields.add(valuePat(tu.elems().get(i), Zonk.apply(tt.elems().get(i)), depth));
      return DPat.variant(0, fields, t);
    }
    if (e instanceof Expr.PathExpr pe) {
      ConstDef c = cx.items.consts.get(pe.path().last());
      AdtDef.VariantDef vd = variantNamed(pe.path(), t);
      if (vd != null && vd.fields().isEmpty()) return DPat.variant(vd.index(), List.of(), t);
      if (vd == null && c != null && pe.path().segments().size() == 1) return constant(c, t, depth + 1);
    }
    if (e instanceof Expr.Call call && call.callee() instanceof Expr.PathExpr pe && t instanceof Ty.Adt a) {
      AdtDef.VariantDef vd = variantNamed(pe.path(), t);
      if (vd != null && vd.fields().size() == call.args().size()) {
        List<Ty> fts = Layouts.fieldTypes(a, vd);
        List<DPat> fields = new ArrayList<>();
        for (int i = 0; i < fts.size(); i++) fields.add(valuePat(call.args().get(i), Zonk.apply(fts.get(i)), depth));
        return DPat.variant(vd.index(), fields, t);
      }
    }
    if (e instanceof Expr.StructLit sl && sl.base() == null && t instanceof Ty.Adt a) {
      AdtDef.VariantDef vd = variantNamed(sl.path(), t);
      if (vd != null) {
        List<Ty> fts = Layouts.fieldTypes(a, vd);
        List<DPat> fields = new ArrayList<>();
        for (Ty ft : fts) fields.add(DPat.wild(Zonk.apply(ft)));
        for (Expr.FieldInit fi : sl.fields()) {
          int i = vd.fieldIndex(fi.name());
          if (i < 0) return DPat.opaque(t);
          fields.set(i, valuePat(fi.value(), Zonk.apply(fts.get(i)), depth));
        }
        return DPat.variant(vd.index(), fields, t);
      }
    }
    return DPat.opaque(t);
  }

  /** The variant (or the struct's one variant) of t that a constructor path names, by its last segment. */
  private static AdtDef.VariantDef variantNamed(rustle.ast.Path path, Ty t) {
    if (!(t instanceof Ty.Adt a)) return null;
    if (!a.def().isEnum) {
      return rustle.syntax.BlockItemNames.display(a.def().name).equals(rustle.syntax.BlockItemNames.display(path.last()))
          ? a.def().variants.get(0) : null;
    }
    return a.def().variant(path.last());
  }

  private DPat variantPat(Pattern p, Ty t, List<DPat> fields) {
    return DPat.variant(((Res.Variant) cx.tables.res[p.id()]).variant(), fields, t);
  }

  /** Tuple elements with at most one {@code ..} standing for the fields it skips. */
  private List<DPat> positional(List<Pattern> ps, List<Ty> tys) {
    List<DPat> out = new ArrayList<>();
    int rest = -1;
    for (int i = 0; i < ps.size(); i++) if (ps.get(i) instanceof Pattern.RestPat) rest = i;
    if (rest < 0) {
      for (int i = 0; i < tys.size(); i++) out.add(i < ps.size() ? lower(ps.get(i), tys.get(i)) : DPat.wild(tys.get(i)));
      return out;
    }
    int after = ps.size() - rest - 1;
    for (int i = 0; i < tys.size(); i++) {
      if (i < rest) out.add(lower(ps.get(i), tys.get(i)));
      else if (i >= tys.size() - after) out.add(lower(ps.get(ps.size() - (tys.size() - i)), tys.get(i)));
      else out.add(DPat.wild(Zonk.apply(tys.get(i))));
    }
    return out;
  }

  private DPat literal(Expr.Lit lit, Ty t) {
    if (lit instanceof Expr.BoolLit b) return DPat.variant(b.value() ? 1 : 0, List.of(), t);
    BigInteger v = value(lit, t);
    return v == null ? DPat.opaque(t) : DPat.range(v, v, t);
  }

  /** The value of a literal, negated literal or {@code T::MIN}/{@code T::MAX} in a range pattern, or null. */
  private BigInteger value(Expr e, Ty t) {
    if (e instanceof Expr.IntLit i) return i.value();
    if (e instanceof Expr.CharLit c) return BigInteger.valueOf(c.value());
    if (e instanceof Expr.ByteLit b) return BigInteger.valueOf(b.value() & 0xff);
    if (e instanceof Expr.Unary u && u.op() == Expr.UnOp.NEG) {
      BigInteger v = value(u.operand(), t);
      return v == null ? null : v.negate();
    }
    if (e instanceof Expr.PathExpr pe && pe.path().segments().size() == 2 && t instanceof Prim) {
      String last = pe.path().segments().get(1).name();
      if (last.equals("MAX")) return Ctors.max(t);
      if (last.equals("MIN")) return Ctors.min(t);
    }
    return null;
  }

  static boolean isBoolTy(Ty t) {
    return t == Prim.BOOL;
  }
}
