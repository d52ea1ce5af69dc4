package rustle.borrowck;

import java.util.List;
import rustle.ast.Expr;
import rustle.ast.Span;
import rustle.check.Promotion;
import rustle.check.Res;
import rustle.types.Ty;

/**
 * Lowers place expressions: locals, fields and tuple fields through implicit derefs, explicit
 * derefs, and indexing (built in for arrays and slices, a call of Index::index or index_mut for Vec
 * and String, which borrows the whole container).
 */
final class PlaceLowering {
  private final Lower lo;
  private final Builder b;

  PlaceLowering(Lower lo) {
    this.lo = lo;
    this.b = lo.b;
  }

  /** Evaluates e as a place; a value expression is stored in a temporary that lives as life says. */
  Place place(Expr e, Lower.Mode mode, Builder.Life life) {
    if (e instanceof Expr.PathExpr p) {
      if (lo.tables.res[p.id()] instanceof Res.Local l) {
        int local = b.localOf(l.var());
        return local < 0 ? null : Place.local(local);
      }
      if (mode == Lower.Mode.READ && Promotion.promotable(e, lo.tables)) return promoted(e);
      return constTemp(lo.type(e), e.span(), life);
    }
    if (e instanceof Expr.Field f) {
      Place base = place(f.receiver(), mode, life);
      if (base == null || !(lo.tables.res[f.id()] instanceof Integer idx)) return null;
      return derefs(base, lo.type(f.receiver()), lo.tables.derefs[f.id()]).project(new Place.Field(idx, f.name()));
    }
    if (e instanceof Expr.TupleField f) {
      Place base = place(f.receiver(), mode, life);
      if (base == null) return null;
      return derefs(base, lo.type(f.receiver()), lo.tables.derefs[f.id()])
          .project(new Place.Field(f.index(), Integer.toString(f.index())));
    }
    if (e instanceof Expr.Index ix) return index(ix, mode, life);
    if (e instanceof Expr.Unary u && u.op() == Expr.UnOp.DEREF) {
      Place base = place(u.operand(), mode, life);
      Types.DerefStep step = Types.derefStep(lo.type(u.operand()));
      if (base != null && step == null && lo.type(u.operand()) instanceof Ty.Adt a
          && a.def().builtin == rustle.types.AdtDef.Builtin.NONE) {
        // A user Deref: `*y` is `*Deref::deref(&y)` (`*DerefMut::deref_mut(&mut y)` when written to).
        boolean mut = mode == Lower.Mode.MUTATE;
        Ty rt = new Ty.Ref(lo.type(u), mut);
        int t = lo.ref(base, mut, u.span(), Rvalue.RefKind.AUTOREF, rt);
        return Place.local(t).deref(mut ? Place.DerefKind.MUT_REF : Place.DerefKind.SHARED_REF);
      }
      if (base == null || step == null) return null;
      return step.kind() == null ? base : base.deref(step.kind());
    }
    if (mode == Lower.Mode.READ ? Promotion.promotable(e, lo.tables) : Promotion.promotableMut(e, lo.tables)) {
      return promoted(e);
    }
    Operand v = lo.value(e, life);
    Place vp = Operand.placeOf(v);
    if (vp != null && vp.isLocal() && b.body.local(vp.local()).isTemp()) return vp;
    int t = b.newTemp(lo.type(e), e.span(), life);
    b.assign(Place.local(t), new Rvalue.Use(v), lo.type(e), e.span(), Statement.AssignKind.TEMP);
    return Place.local(t);
  }

  /**
   * A constant expression borrowed (`[1, 2, 3].iter()`): rustc promotes it to a static, so the
   * temporary holding it is in no scope and never dies.
   */
  private Place promoted(Expr e) {
    LocalDecl decl = new LocalDecl(LocalDecl.Kind.TEMP, null, Builder.zonk(lo.type(e)), false, e.span(), null);
    decl.promoted = true;
    int tmp = b.body.addLocal(decl);
    b.assign(Place.local(tmp), new Rvalue.Use(Operand.CONST), lo.type(e), e.span(), Statement.AssignKind.TEMP);
    return Place.local(tmp);
  }

  /** A constant used as a place: a fresh temporary holding it. */
  private Place constTemp(Ty t, Span span, Builder.Life life) {
    int tmp = b.newTemp(t, span, life);
    b.assign(Place.local(tmp), new Rvalue.Use(Operand.CONST), t, span, Statement.AssignKind.TEMP);
    return Place.local(tmp);
  }

  /** Applies n implicit derefs to a place of type t. */
  Place derefs(Place p, Ty t, int n) {
    for (int i = 0; i < n && t != null; i++) {
      Types.DerefStep step = Types.derefStep(t);
      if (step == null) break;
      if (step.kind() != null) p = p.deref(step.kind());
      t = step.target();
    }
    return p;
  }

  private Place index(Expr.Index e, Lower.Mode mode, Builder.Life life) {
    Place base = place(e.receiver(), mode, life);
    if (base == null) return null;
    Ty t = lo.type(e.receiver());
    int n = lo.tables.derefs[e.id()];
    base = derefs(base, t, n);
    for (int i = 0; i < n && t != null; i++) {
      Types.DerefStep s = Types.derefStep(t);
      t = s == null ? null : s.target();
    }
    Ty idxTy = lo.type(e.index());
    boolean range = idxTy instanceof Ty.Adt ra && ra.def().name.startsWith("Range");
    Operand idx = lo.operand(e.index());
    if (!range && (t instanceof Ty.Array || t instanceof Ty.Slice)) return base.project(new Place.Index(t));
    // Overloaded indexing: *Index::index(&base, i), or index_mut when the place is mutated.
    boolean mut = mode == Lower.Mode.MUTATE;
    Ty elem = lo.type(e);
    Ty refBase = new Ty.Ref(t, mut);
    int r = lo.ref(base, mut, e.receiver().span(), Rvalue.RefKind.INDEX, refBase);
    Ty refElem = new Ty.Ref(elem, mut);
    int res = b.newTemp(refElem, e.span(), Builder.Life.STATEMENT);
    b.body.local(res).indexOf = t;
    List<Operand> args = List.of(new Operand.Move(Place.local(r), e.receiver().span(), refBase, Operand.Why.PLAIN), idx);
    b.assign(Place.local(res), new Rvalue.Call(args, new CallFlow(new byte[] {CallFlow.ALL, CallFlow.NONE}, new int[2][]), e.span()),
        refElem, e.span(), Statement.AssignKind.TEMP);
    return Place.local(res).deref(mut ? Place.DerefKind.MUT_REF : Place.DerefKind.SHARED_REF);
  }
}
