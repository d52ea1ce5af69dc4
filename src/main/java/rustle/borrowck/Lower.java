package rustle.borrowck;

import java.util.ArrayList;
import java.util.List;
import rustle.ast.Expr;
import rustle.ast.Span;
import rustle.check.LocalVar;
import rustle.check.Res;
import rustle.check.Tables;
import rustle.types.AdtDef;
import rustle.types.Layouts;
import rustle.types.Prim;
import rustle.types.Ty;

/**
 * Lowers expressions to statements over places, as rustc's MIR building does: an expression is
 * evaluated either as a place (a local and projections, or a temporary holding its value) or as an
 * operand (a copy or move out of a place). Calls, control flow and patterns have their own classes.
 */
final class Lower {
  final Builder b;
  final Tables tables;
  final Calls calls;
  final Control control;
  final Loops loops;
  private final PlaceLowering places;
  final Patterns patterns;
  final Signatures sigs;

  /** Whether a place is evaluated to be read or to be mutated (indexing a Vec picks index or index_mut). */
  enum Mode { READ, MUTATE }

  Lower(Builder b, Signatures sigs) {
    this.b = b;
    this.tables = b.tables;
    this.sigs = sigs;
    this.calls = new Calls(this);
    this.control = new Control(this);
    this.loops = new Loops(this);
    this.places = new PlaceLowering(this);
    this.patterns = new Patterns(this);
  }

  Ty type(Expr e) {
    return Builder.zonk(tables.types[e.id()]);
  }

  static boolean isPlaceExpr(Expr e) {
    return e instanceof Expr.PathExpr || e instanceof Expr.Field || e instanceof Expr.TupleField
        || e instanceof Expr.Index || (e instanceof Expr.Unary u && u.op() == Expr.UnOp.DEREF);
  }

  // ---- operands ----

  Operand operand(Expr e) {
    return operand(e, Operand.Why.PLAIN, Builder.Life.STATEMENT);
  }

  /** Evaluates e for its value; life says how long a temporary borrowed inside it must live. */
  Operand operand(Expr e, Operand.Why why, Builder.Life life) {
    if (e instanceof Expr.PathExpr p && !(tables.res[p.id()] instanceof Res.Local)) return Operand.CONST;
    if (isPlaceExpr(e)) {
      if (e instanceof Expr.Unary u && why.star() == null) {
        // Remember the star of `*r`: rustc's help for moving out of it removes the dereference.
        why = new Operand.Why(why.kind(), why.callee(), why.param(), why.method(), why.span(), Builder.head(u.span(), 1));
      }
      Place p = place(e, Mode.READ, life);
      if (p == null) return Operand.CONST;
      Tables.Coercion c = tables.coercions[e.id()];
      Ty t = type(e);
      if (c != null && t instanceof Ty.Ref r && r.mutable()) {
        return reborrow(p, false, e.span());
      }
      return use(p, e.span(), t, why);
    }
    return value(e, life);
  }

  boolean isCopy(Ty t) {
    return Types.isCopy(t, b.body.def);
  }

  /** A copy or a move of place, by its type. */
  Operand use(Place p, Span span, Ty t, Operand.Why why) {
    if (isCopy(t)) return new Operand.Copy(p, span);
    return new Operand.Move(p, span, t, why);
  }

  /** {@code &*p} or {@code &mut *p} for a place p holding a reference, as rustc reborrows at coercion sites. */
  Operand reborrow(Place p, boolean mutable, Span span) {
    Place target = p.deref(Place.DerefKind.MUT_REF);
    Ty t = new Ty.Ref(Places.typeOf(b.body, target), mutable);
    return new Operand.Move(Place.local(ref(target, mutable, span, Rvalue.RefKind.REBORROW, t)), span, t,
        Operand.Why.PLAIN);
  }

  /** Borrows place into a new temporary and returns the temporary. */
  int ref(Place p, boolean mutable, Span span, Rvalue.RefKind kind, Ty refTy) {
    return ref(p, mutable, span, kind, refTy, null);
  }

  int ref(Place p, boolean mutable, Span span, Rvalue.RefKind kind, Ty refTy, Span activation) {
    return ref(p, mutable, span, kind, refTy, activation, Builder.Life.STATEMENT);
  }

  /** The same, with the reference itself in a temporary that lives as life says. */
  int ref(Place p, boolean mutable, Span span, Rvalue.RefKind kind, Ty refTy, Span activation, Builder.Life life) {
    int loan = loanFor(p, mutable, span, kind);
    int t = b.newTemp(refTy, span, life);
    b.body.local(t).ownLoan = loan;
    b.assign(Place.local(t), new Rvalue.Ref(mutable, p, loan, span, kind, activation), refTy, span,
        Statement.AssignKind.TEMP);
    return t;
  }

  int loanFor(Place p, boolean mutable, Span span, Rvalue.RefKind kind) {
    // rustc does not track borrows of data behind a shared reference: nothing can invalidate them.
    if (p.throughSharedRef()) return -1;
    return b.body.borrows.add(p, mutable, span, kind);
  }

  /**
   * The operand read now into a temporary when it reads a place (MIR evaluates operands into
   * temporaries in order, so later parts of the expression cannot disturb the value).
   */
  Operand evaluated(Operand o, Span span, boolean always) {
    Place p = Operand.placeOf(o);
    if (p == null || p.isLocal() && b.body.local(p.local()).isTemp() || !always && !p.hasDeref()) return o;
    Ty t = o instanceof Operand.Move m ? m.ty() : Places.typeOf(b.body, p);
    return temp(new Rvalue.Use(o), t, span, Builder.Life.STATEMENT);
  }

  /**
   * A closure value holds its captures: a `move` closure moves (or copies) each captured variable in;
   * otherwise it borrows each captured place ({@link Captures}), mutably when the body mutates it, so
   * the loans live as long as the closure may still be called. The body itself is not checked yet.
   */
  Operand closure(Expr.Closure c, Builder.Life life) {
    rustle.check.ClosureInfo info = tables.closures.get(c.id());
    if (info == null) return Operand.CONST;
    List<Operand> ops = new ArrayList<>();
    if (info.byMove()) {
      for (rustle.check.LocalVar v : info.captures()) {
        if (fieldMoves(info, v, ops)) continue;
        if (info.fieldCopies().contains(v)) {
          // Edition 2021: only v's Copy fields are captured, copied; v itself is not moved.
          Expr.PathExpr use = firstUse(c.body(), v);
          int local = use == null ? -1 : localOf(v);
          if (local >= 0) ops.add(new Operand.Copy(Place.local(local), use.span()));
          continue;
        }
        Expr.PathExpr use = firstUse(c.body(), v);
        if (use != null) ops.add(operand(use));
      }
      return temp(new Rvalue.Aggregate(ops), type(c), c.span(), life);
    }
    java.util.Set<rustle.check.LocalVar> seen = new java.util.HashSet<>();
    for (rustle.check.LocalVar v : info.movedOut()) {
      // What the body moves out is moved into the closure (captured by value).
      seen.add(v);
      if (fieldMoves(info, v, ops)) continue;
      Expr.PathExpr use = firstUse(c.body(), v);
      if (use != null) ops.add(operand(use));
    }
    for (Captures.Capture cap : Captures.of(tables, info)) {
      if (info.movedOut().contains(cap.var())) continue;
      seen.add(cap.var());
      Place p = place(cap.place(), Mode.READ, Builder.Life.STATEMENT);
      if (p == null) continue;
      boolean mut = cap.mode() != Captures.Mode.READ;
      Ty pt = Places.typeOf(b.body, p);
      if (mut && pt instanceof Ty.Ref r && r.mutable() && !(cap.site() instanceof Expr.Assign && isLocalPath(
          ((Expr.Assign) cap.site()).target()))) {
        // Mutating through a `&mut` the closure names: it captures the referent, uniquely.
        p = p.deref(Place.DerefKind.MUT_REF);
        pt = r.inner();
      }
      Span at = mut && cap.mode() == Captures.Mode.ASSIGN ? cap.site().span() : cap.place().span();
      Ty rt = new Ty.Ref(pt, mut);
      if (!c.isMove()) b.body.closureCaptures.put(at, new Span[] {closureHead(c), cap.place().span()});
      int tmp = ref(p, mut, at, mut && cap.mode() == Captures.Mode.ASSIGN ? Rvalue.RefKind.CLOSURE_ASSIGN
          : Rvalue.RefKind.CLOSURE, rt);
      ops.add(use(Place.local(tmp), at, rt, Operand.Why.PLAIN));
    }
    for (rustle.check.LocalVar v : info.captures()) {
      // Captured where no path names it (an inline format argument, a nested closure): borrowed whole.
      int local = localOf(v);
      if (seen.contains(v) || local < 0) continue;
      Span at = Builder.head(c.span(), 1);
      Ty rt = new Ty.Ref(b.body.local(local).ty, false);
      int tmp = ref(Place.local(local), false, at, Rvalue.RefKind.CLOSURE, rt);
      ops.add(use(Place.local(tmp), at, rt, Operand.Why.PLAIN));
    }
    return temp(new Rvalue.Aggregate(ops), type(c), c.span(), life);
  }

  /** A closure's `|params|` (rustc's fn_decl_span), assuming the closing `|` right after the last parameter. */
  private static Span closureHead(Expr.Closure c) {
    Span s = c.span();
    int end = c.params().isEmpty() ? s.start() + 2 : c.params().get(c.params().size() - 1).span().end() + 1;
    Span last = c.params().isEmpty() ? null : c.params().get(c.params().size() - 1).span();
    if (last != null && last.endLine() != s.line()) return Builder.head(s, 1);
    return new Span(s.start(), end, s.line(), s.col(), s.line(), s.col() + (end - s.start()));
  }

  /**
   * A capture taken by value only through some of its fields (edition 2021's disjoint captures,
   * check.FieldMoves): those fields are moved into the closure, the variable's other parts stay usable.
   */
  private boolean fieldMoves(rustle.check.ClosureInfo info, rustle.check.LocalVar v, List<Operand> ops) {
    List<Expr> fields = info.fieldMoves().get(v);
    if (fields == null) return false;
    for (Expr e : fields) ops.add(operand(e));
    return true;
  }

  /** The first path in a closure body that names the variable. */
  private Expr.PathExpr firstUse(Object n, rustle.check.LocalVar v) {
    if (n == null) return null;
    if (n instanceof List<?> l) {
      for (Object o : l) {
        Expr.PathExpr r = firstUse(o, v);
        if (r != null) return r;
      }
      return null;
    }
    if (n instanceof Expr.PathExpr pe && tables.res[pe.id()] instanceof Res.Local loc && loc.var() == v) return pe;
    if (!n.getClass().isRecord()) return null;
    for (java.lang.reflect.RecordComponent rc : n.getClass().getRecordComponents()) {
      if (rc.getType().isPrimitive() || rc.getType() == String.class) continue;
      try {
        Expr.PathExpr r = firstUse(rc.getAccessor().invoke(n), v);
        if (r != null) return r;
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
    }
    return null;
  }

  /** Stores an rvalue in a new temporary and returns a move of it. */
  Operand temp(Rvalue rv, Ty t, Span span, Builder.Life life) {
    int tmp = b.newTemp(t, span, life);
    b.assign(Place.local(tmp), rv, t, span, Statement.AssignKind.TEMP);
    return new Operand.Move(Place.local(tmp), span, t, Operand.Why.PLAIN);
  }

  /** Evaluates a value (non-place) expression. */
  Operand value(Expr e, Builder.Life life) {
    Ty t = type(e);
    if (e instanceof Expr.Lit) return Operand.CONST;
    if (e instanceof Expr.Unary u) return temp(new Rvalue.Aggregate(List.of(operand(u.operand()))), t, e.span(), life);
    if (e instanceof Expr.Borrow br) return borrow(br, life);
    if (e instanceof Expr.Binary bin) return binary(bin, life);
    if (e instanceof Expr.Assign a) {
      assign(a);
      return Operand.CONST;
    }
    if (e instanceof Expr.CompoundAssign a) {
      compoundAssign(a);
      return Operand.CONST;
    }
    if (e instanceof Expr.Cast c) {
      return temp(new Rvalue.Aggregate(List.of(operand(c.operand(), Operand.Why.PLAIN, life))), t, e.span(), life);
    }
    if (e instanceof Expr.Call c) return calls.call(c, life);
    if (e instanceof Expr.MethodCall m) return calls.methodCall(m, life);
    if (e instanceof Expr.MacroCall m) return calls.macro(m, life);
    if (e instanceof Expr.Tuple tu) return aggregate(tu.elems(), t, e.span(), life);
    if (e instanceof Expr.Array ar) return aggregate(ar.elems(), t, e.span(), life);
    if (e instanceof Expr.ArrayRepeat ar) {
      return temp(new Rvalue.Aggregate(List.of(operand(ar.value(), Operand.Why.PLAIN, life))), t, e.span(), life);
    }
    if (e instanceof Expr.Range r) {
      List<Operand> ops = new ArrayList<>();
      if (r.lo() != null) ops.add(operand(r.lo()));
      if (r.hi() != null) ops.add(operand(r.hi()));
      return temp(new Rvalue.Aggregate(ops), t, e.span(), life);
    }
    if (e instanceof Expr.StructLit s) return structLit(s, life);
    return control.expr(e, life);
  }

  private Operand aggregate(List<Expr> elems, Ty t, Span span, Builder.Life life) {
    List<Operand> ops = new ArrayList<>();
    for (Expr x : elems) ops.add(evaluated(operand(x, Operand.Why.PLAIN, life), x.span(), false));
    return temp(new Rvalue.Aggregate(ops), t, span, life);
  }

  private Operand borrow(Expr.Borrow br, Builder.Life life) {
    Place p = place(br.operand(), br.mutable() ? Mode.MUTATE : Mode.READ, life);
    Ty t = type(br);
    if (p == null) return Operand.CONST;
    // In `let r = &&x;` the outer borrow borrows the inner reference's temporary: extended with it.
    int tmp = ref(p, br.mutable(), br.span(), Rvalue.RefKind.EXPLICIT, t, null, life);
    return use(Place.local(tmp), br.span(), t, Operand.Why.PLAIN);
  }

  private Operand binary(Expr.Binary e, Builder.Life life) {
    Ty t = type(e);
    switch (e.op()) {
      case AND:
      case OR:
        return control.shortCircuit(e, life);
      case EQ:
      case NE:
      case LT:
      case LE:
      case GT:
      case GE:
        // PartialEq and PartialOrd take their operands by reference.
        return temp(new Rvalue.Aggregate(List.of(evaluated(inspect(e.left()), e.left().span(), false),
            inspect(e.right()))), t, e.span(), life);
      default:
        return temp(new Rvalue.Aggregate(List.of(evaluated(operand(e.left()), e.left().span(), false),
            operand(e.right()))), t, e.span(), life);
    }
  }

  /** An operand that is only looked at: Copy values are copied, others borrowed. */
  Operand inspect(Expr e) {
    Ty t = type(e);
    if (isCopy(t) || !isPlaceExpr(e)) return operand(e);
    Place p = place(e, Mode.READ, Builder.Life.STATEMENT);
    if (p == null) return Operand.CONST;
    Ty rt = new Ty.Ref(t, false);
    return new Operand.Move(Place.local(ref(p, false, e.span(), Rvalue.RefKind.AUTOREF, rt)), e.span(), rt,
        Operand.Why.PLAIN);
  }

  private Operand structLit(Expr.StructLit s, Builder.Life life) {
    Ty t = type(s);
    List<Operand> ops = new ArrayList<>();
    AdtDef.VariantDef vd = null;
    Ty.Adt adt = t instanceof Ty.Adt a ? a : null;
    if (tables.res[s.id()] instanceof Res.Variant v && adt != null) vd = adt.def().variants.get(v.variant());
    boolean[] given = new boolean[vd == null ? 0 : vd.fields().size()];
    for (Expr.FieldInit f : s.fields()) {
      int i = vd == null ? -1 : vd.fieldIndex(f.name());
      if (i >= 0) given[i] = true;
      Ty ft = i >= 0 ? Layouts.fieldTypes(adt, vd).get(i) : null;
      if (ft instanceof Ty.Ref r && r.mutable() && isPlaceExpr(f.value()) && type(f.value()) instanceof Ty.Ref) {
        Place p = place(f.value(), Mode.READ, life);
        ops.add(p == null ? Operand.CONST : reborrow(p, true, f.value().span()));
      } else {
        ops.add(evaluated(operand(f.value(), Operand.Why.PLAIN, life), f.value().span(), false));
      }
    }
    if (s.base() != null && vd != null) {
      // `..base` moves (or copies) each field not written out.
      Place base = place(s.base(), Mode.READ, Builder.Life.STATEMENT);
      List<Ty> fts = Layouts.fieldTypes(adt, vd);
      for (int i = 0; i < given.length; i++) {
        if (given[i] || base == null) continue;
        Place fp = base.project(new Place.Field(i, vd.fields().get(i).name()));
        ops.add(use(fp, s.base().span(), Builder.zonk(fts.get(i)), Operand.Why.PLAIN));
      }
    } else if (s.base() != null) {
      ops.add(operand(s.base()));
    }
    return temp(new Rvalue.Aggregate(ops), t, s.span(), life);
  }

  // ---- assignments ----

  private void assign(Expr.Assign a) {
    Operand v = operand(a.value());
    if (!isLocalPath(a.target())) v = evaluated(v, a.value().span(), true);
    Place dest = place(a.target(), Mode.MUTATE, Builder.Life.STATEMENT);
    if (dest == null) return;
    b.assign(dest, new Rvalue.Use(v), type(a.target()), a.span(), a.target().span(), Statement.AssignKind.USER);
  }

  private void compoundAssign(Expr.CompoundAssign a) {
    Ty t = type(a.target());
    Operand v = operand(a.value());
    if (!isLocalPath(a.target())) v = evaluated(v, a.value().span(), true);
    Place dest = place(a.target(), Mode.MUTATE, Builder.Life.STATEMENT);
    if (dest == null) return;
    if (t instanceof Prim) {
      b.assign(dest, new Rvalue.Aggregate(List.of(new Operand.Copy(dest, a.span()), v)), t, a.span(),
          a.target().span(), Statement.AssignKind.COMPOUND);
      return;
    }
    // `s += "x"` on a String is AddAssign::add_assign(&mut s, "x").
    Ty rt = new Ty.Ref(t, true);
    int r = ref(dest, true, a.target().span(), Rvalue.RefKind.TWO_PHASE, rt, a.span());
    Operand recv = new Operand.Move(Place.local(r), a.target().span(), rt, Operand.Why.PLAIN);
    temp(new Rvalue.Call(List.of(recv, v), CallFlow.all(2), a.span()), Ty.UNIT, a.span(), Builder.Life.STATEMENT);
  }

  private boolean isLocalPath(Expr e) {
    return e instanceof Expr.PathExpr p && tables.res[p.id()] instanceof Res.Local;
  }

  // ---- places ----

  /** Evaluates e as a place; a value expression is stored in a temporary that lives as life says. */
  Place place(Expr e, Mode mode, Builder.Life life) {
    return places.place(e, mode, life);
  }

  /** Applies n implicit derefs to a place of type t. */
  Place derefs(Place p, Ty t, int n) {
    return places.derefs(p, t, n);
  }

  /** The body local of a binding, for patterns. */
  int localOf(LocalVar v) {
    return b.localOf(v);
  }
}
