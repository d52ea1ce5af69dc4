package rustle.borrowck;

import java.util.List;
import rustle.ast.Expr;
import rustle.ast.Pattern;
import rustle.ast.Span;
import rustle.check.LocalVar;
import rustle.check.Res;
import rustle.types.AdtDef;
import rustle.types.Layouts;
import rustle.types.Ty;

/**
 * Lowers pattern bindings: each binding copies, moves or borrows the part of the matched place its
 * pattern reaches, following the checker's default binding modes and implicit derefs.
 */
final class Patterns {
  private final Lower lo;
  private final Builder b;

  Patterns(Lower lo) {
    this.lo = lo;
    this.b = lo.b;
  }

  boolean bindsLocal(Pattern.IdentPat ip) {
    return lo.tables.res[ip.id()] instanceof LocalVar;
  }

  int local(Pattern.IdentPat ip) {
    return lo.localOf((LocalVar) lo.tables.res[ip.id()]);
  }

  /** Brings every binding of p into scope, uninitialized. */
  void declare(Pattern p) {
    if (p instanceof Pattern.IdentPat ip) {
      if (lo.tables.res[ip.id()] instanceof LocalVar v && inPhase(ip)) {
        int l = b.declare(v, LocalDecl.Kind.USER);
        b.body.local(l).guardBinding = phase == Phase.GUARD && lo.tables.bindModes[ip.id()] == 0;
      }
      if (ip.sub() != null) declare(ip.sub());
    } else if (p instanceof Pattern.TuplePat tp) {
      for (Pattern e : tp.elems()) declare(e);
    } else if (p instanceof Pattern.TupleStructPat tp) {
      for (Pattern e : tp.elems()) declare(e);
    } else if (p instanceof Pattern.StructPat sp) {
      for (Pattern.FieldPat f : sp.fields()) declare(f.pattern());
    } else if (p instanceof Pattern.SlicePat sp) {
      for (Pattern e : sp.elems()) declare(e);
    } else if (p instanceof Pattern.RefPat rp) {
      declare(rp.inner());
    } else if (p instanceof Pattern.OrPat op && !op.alts().isEmpty()) {
      // The checker declares each alternative's bindings anew; the arm body sees the last ones.
      declare(op.alts().get(op.alts().size() - 1));
    }
  }

  /**
   * Whether bindings are being made for a match guard: as in rustc, the guard sees the bindings without
   * the scrutinee being moved from (rustc binds by reference there), and may not move out of them; the
   * arm's own bindings, which move, are made again once the guard has held.
   */
  private enum Phase { ALL, GUARD, AFTER_GUARD }

  private Phase phase = Phase.ALL;

  /**
   * Binds p for its arm's guard: by-reference bindings for good (the body uses the same borrow, as in
   * rustc), by-value ones as the guard's own copies; {@link #bindAfterGuard} then moves the values.
   */
  void bindForGuard(Pattern p, Place scrut, Ty t, Expr scrutinee) {
    phase = Phase.GUARD;
    try {
      declare(p);
      bind(p, scrut, t, scrutinee, false);
    } finally {
      phase = Phase.ALL;
    }
  }

  /** The by-value bindings of p, once its arm's guard has held. */
  void bindAfterGuard(Pattern p, Place scrut, Ty t, Expr scrutinee) {
    phase = Phase.AFTER_GUARD;
    try {
      declare(p);
      bind(p, scrut, t, scrutinee, false);
    } finally {
      phase = Phase.ALL;
    }
  }

  /** Whether the binding is made in the current phase (by-reference bindings are made before the guard). */
  private boolean inPhase(Pattern.IdentPat ip) {
    return phase != Phase.AFTER_GUARD || lo.tables.bindModes[ip.id()] == 0;
  }

  /** Where the matched value was written, for move errors in bindings ({@code match *r}). */
  private Operand.Why bindingWhy = new Operand.Why(Operand.Why.Kind.BINDING, null, -1, null, null);

  /** Binds p against the value of expression scrutinee (a let initializer when inLet), held in scrut. */
  void bind(Pattern p, Place scrut, Ty t, Expr scrutinee, boolean inLet) {
    Span star = scrutinee instanceof Expr.Unary u && u.op() == Expr.UnOp.DEREF ? Builder.head(u.span(), 1) : null;
    bindingWhy = new Operand.Why(inLet ? Operand.Why.Kind.LET_BINDING : Operand.Why.Kind.BINDING, null, -1, null,
        scrutinee == null ? null : scrutinee.span(), star);
    bind(p, scrut, t);
  }

  private void bind(Pattern p, Place scrut, Ty t) {
    if (!b.reachable()) return;
    Ty pt = Builder.zonk(lo.tables.types[p.id()]);
    if (pt != null) t = pt;
    if (p instanceof Pattern.IdentPat ip) {
      if (lo.tables.res[ip.id()] instanceof LocalVar v && inPhase(ip)) {
        int l = lo.localOf(v);
        int mode = lo.tables.bindModes[ip.id()];
        if (l >= 0 && mode == 0 && phase == Phase.GUARD) {
          // rustc's guard binding is a shared reference to the matched place (the guard reads through
          // it): the guard's copy holds a loan of the place for as long as the guard uses it.
          int loan = lo.loanFor(scrut, false, ip.span(), Rvalue.RefKind.PATTERN);
          b.assign(Place.local(l), new Rvalue.Ref(false, scrut, loan, ip.span(), Rvalue.RefKind.PATTERN), t,
              ip.span(), Statement.AssignKind.INIT);
        } else if (l >= 0 && mode == 0) {
          b.assign(Place.local(l), new Rvalue.Use(lo.use(scrut, ip.span(), t, bindingWhy)), t, ip.span(),
              Statement.AssignKind.INIT);
        } else if (l >= 0) {
          boolean mut = mode == 2;
          int loan = lo.loanFor(scrut, mut, ip.span(), Rvalue.RefKind.PATTERN);
          b.assign(Place.local(l), new Rvalue.Ref(mut, scrut, loan, ip.span(), Rvalue.RefKind.PATTERN),
              new Ty.Ref(t, mut), ip.span(), Statement.AssignKind.INIT);
        }
      }
      if (ip.sub() != null) bind(ip.sub(), scrut, t);
      return;
    }
    if (p instanceof Pattern.RefPat rp) {
      Types.DerefStep s = Types.derefStep(t);
      if (s == null || s.kind() == null) return;
      bind(rp.inner(), scrut.deref(s.kind()), s.target());
      return;
    }
    if (p instanceof Pattern.OrPat op) {
      if (!op.alts().isEmpty()) bind(op.alts().get(op.alts().size() - 1), scrut, t);
      return;
    }
    // Default binding modes: a non-reference pattern matched through references derefs them.
    int n = lo.tables.derefs[p.id()];
    for (int i = 0; i < n && t != null; i++) {
      Types.DerefStep s = Types.derefStep(t);
      if (s == null || s.kind() == null) return;
      scrut = scrut.deref(s.kind());
      t = s.target();
    }
    if (p instanceof Pattern.SlicePat sp && (t instanceof Ty.Array || t instanceof Ty.Slice)) {
      elements(sp, scrut, t);
    } else if (p instanceof Pattern.TuplePat tp && t instanceof Ty.Tuple tu) {
      fields(tp.elems(), scrut, tu.elems(), null);
    } else if (p instanceof Pattern.TupleStructPat tp && lo.tables.res[p.id()] instanceof Res.Variant v
        && t instanceof Ty.Adt a) {
      AdtDef.VariantDef vd = a.def().variants.get(v.variant());
      Place base = a.def().isEnum ? scrut.project(new Place.Downcast(v.variant(), vd.name())) : scrut;
      fields(tp.elems(), base, Layouts.fieldTypes(a, vd), vd);
    } else if (p instanceof Pattern.StructPat sp && lo.tables.res[p.id()] instanceof Res.Variant v
        && t instanceof Ty.Adt a) {
      AdtDef.VariantDef vd = a.def().variants.get(v.variant());
      Place base = a.def().isEnum ? scrut.project(new Place.Downcast(v.variant(), vd.name())) : scrut;
      List<Ty> fts = Layouts.fieldTypes(a, vd);
      for (Pattern.FieldPat f : sp.fields()) {
        int i = vd.fieldIndex(f.name());
        if (i >= 0) bind(f.pattern(), base.project(new Place.Field(i, f.name())), fts.get(i));
      }
    }
  }

  /** A slice pattern's elements (rustc's constant indexes) and its {@code rest @ ..} (a subslice). */
  private void elements(Pattern.SlicePat sp, Place base, Ty t) {
    Ty elem = t instanceof Ty.Array a ? a.elem() : ((Ty.Slice) t).elem();
    List<Pattern> es = sp.elems();
    int rest = rustle.check.SlicePats.restIndex(sp);
    int suffix = rest < 0 ? 0 : es.size() - rest - 1;
    int min = es.size() - (rest < 0 ? 0 : 1);
    for (int i = 0; i < es.size(); i++) {
      Pattern e = es.get(i);
      if (i == rest) {
        if (e instanceof Pattern.IdentPat) bind(e, base.project(new Place.Subslice(rest, suffix, t)), t);
      } else if (rest >= 0 && i > rest) {
        bind(e, base.project(new Place.ConstIndex(es.size() - i, true, min, t)), elem);
      } else {
        bind(e, base.project(new Place.ConstIndex(i, false, min, t)), elem);
      }
    }
  }

  /** Tuple-like subpatterns, with a {@code ..} standing for the fields in the middle. */
  private void fields(List<Pattern> pats, Place base, List<Ty> types, AdtDef.VariantDef vd) {
    int rest = -1;
    for (int i = 0; i < pats.size(); i++) if (pats.get(i) instanceof Pattern.RestPat) rest = i;
    for (int i = 0; i < pats.size(); i++) {
      if (i == rest) continue;
      int ti = rest >= 0 && i > rest ? types.size() - (pats.size() - i) : i;
      if (ti < 0 || ti >= types.size()) continue;
      String name = vd != null && ti < vd.fields().size() ? vd.fields().get(ti).name() : Integer.toString(ti);
      bind(pats.get(i), base.project(new Place.Field(ti, name)), types.get(ti));
    }
  }
}
