package rustle.interp;

import rustle.ast.Expr;
import rustle.check.Res;
import rustle.types.AdtDef;
import rustle.types.Infer;
import rustle.types.Layouts;
import rustle.types.Prim;
import rustle.types.Ty;

/** Compiles place expressions (locals, fields, indexing, derefs) to address computations. */
final class PlaceCompiler {
  private final FnCompiler f;

  PlaceCompiler(FnCompiler f) {
    this.f = f;
  }

  boolean isPlace(Expr e) {
    if (e instanceof Expr.PathExpr p) return f.t.res[p.id()] instanceof Res.Local;
    if (e instanceof Expr.Field || e instanceof Expr.TupleField) return true;
    if (e instanceof Expr.Index i) return !(i.index() instanceof Expr.Range);
    if (e instanceof Expr.Unary u) return u.op() == Expr.UnOp.DEREF;
    return false;
  }

  /** A place and the type stored there (after the implicit derefs of its projection). */
  Place place(Expr e) {
    if (e instanceof Expr.PathExpr p && f.t.res[p.id()] instanceof Res.Local l) {
      return f.localPlace(l.var());
    }
    if (e instanceof Expr.Field fe) {
      Ty recv = f.ty(fe.receiver());
      Deref d = derefs(fe.receiver(), recv, f.t.derefs[fe.id()]);
      Ty.Adt adt = (Ty.Adt) d.ty;
      int idx = (Integer) f.t.res[fe.id()];
      return Places.field(d.place, f.layout(adt).offsets[idx]);
    }
    if (e instanceof Expr.TupleField tf) {
      Ty recv = f.ty(tf.receiver());
      Deref d = derefs(tf.receiver(), recv, f.t.derefs[tf.id()]);
      return Places.field(d.place, f.layout(d.ty).offsets[tf.index()]);
    }
    if (e instanceof Expr.Index ix) return index(ix);
    if (e instanceof Expr.Unary u && u.op() == Expr.UnOp.DEREF) {
      Ty ot = Infer.shallow(f.ty(u.operand()));
      int off = rustle.types.SmartPtrs.derefOffset(f.layouts, ot);
      if (isPlace(u.operand())) return Places.field(new Places.DerefAt(place(u.operand())), off);
      if (Kind.of(ot) == null) {
        // A Ref/RefMut temporary (16 bytes): its value pointer is its first word.
        return new Places.DerefAt(f.ownedTemp(f.exprs.value(u.operand()), ot));
      }
      return Places.field(new Places.Deref(f.exprs.intVal(u.operand())), off);
    }
    Ty ty = f.ty(e);
    return f.ownedTemp(f.exprs.value(e), ty);
  }

  /** Result of walking implicit derefs: the place reached, its type, and whether it is a fat pointer's place. */
  record Deref(Place place, Ty ty, boolean fat) {}

  /** Applies n implicit derefs to a receiver expression's place. */
  Deref derefs(Expr recv, Ty ty, int n) {
    Place p = place(recv);
    Ty cur = Infer.shallow(ty);
    boolean fat = false;
    for (int i = 0; i < n; i++) {
      Ty next = derefTarget(cur);
      if (Layouts.isUnsized(next)) {
        fat = true;
      } else {
        p = Places.field(new Places.DerefAt(p), rustle.types.SmartPtrs.derefOffset(f.layouts, cur));
      }
      cur = Infer.shallow(next);
    }
    return new Deref(p, cur, fat);
  }

  static Ty derefTarget(Ty t) {
    if (t instanceof Ty.Ref r) return Infer.shallow(r.inner());
    Ty smart = rustle.types.SmartPtrs.derefTarget(t);
    if (smart != null) return Infer.shallow(smart);
    throw new IllegalStateException("not derefable: " + t);
  }

  private Place index(Expr.Index ix) {
    Ty recv = f.ty(ix.receiver());
    Deref d = derefs(ix.receiver(), recv, f.t.derefs[ix.id()]);
    IntNode idx = f.exprs.intVal(ix.index());
    Ty ty = d.ty;
    if (ty instanceof Ty.Array a) {
      return new Places.IndexArray(d.place, idx, a.len(), f.size(a.elem()), ix.span());
    }
    if (ty instanceof Ty.Slice s) {
      return new Places.IndexSlice(d.place, idx, f.size(s.elem()), ix.span());
    }
    Ty.Adt v = (Ty.Adt) ty;
    return new Places.IndexVec(d.place, idx, f.size(v.args().get(0)), bracket(ix));
  }

  /** Where std's Index impls report their panics: the `[` right after the receiver. */
  static rustle.ast.Span bracket(Expr.Index ix) {
    rustle.ast.Span r = ix.receiver().span();
    return new rustle.ast.Span(r.end(), r.end() + 1, r.endLine(), r.endCol(), r.endLine(), r.endCol() + 1);
  }

  /**
   * Reads a value out of a place expression. Moving a field out of a local (a partial move) marks that
   * field as moved, so that the local's drop at scope end skips it.
   */
  Node load(Expr e, Ty ty) {
    Place p = place(e);
    int moved = partialMoveFlag(e, ty);
    if (moved != 0) return new Loads.MoveField(p, f.size(ty), moved, Rep.of(ty) == Rep.INT ? Kind.of(ty) : null);
    switch (Rep.of(ty)) {
      case INT: return Loads.load(p, Kind.of(ty));
      case FLOAT: return new Loads.LoadFloat(p, ty == Prim.F32);
      default: return new Loads.Copy(p, f.size(ty), 0);
    }
  }

  /** The moved-out flag of field e of an owning local, when reading e by value moves it; else 0. */
  private int partialMoveFlag(Expr e, Ty ty) {
    if (!(e instanceof Expr.Field fe) || f.t.derefs[fe.id()] != 0) return 0;
    if (!(fe.receiver() instanceof Expr.PathExpr pe) || !(f.t.res[pe.id()] instanceof Res.Local l)) return 0;
    if (rustle.check.CopyRules.isCopy(ty) || f.c.drops.of(ty) == null) return 0;
    DropSlot ds = f.isCaptured(l.var()) ? null : f.dropSlots.get(l.var());
    if (ds == null) return 0;
    Ty.Adt adt = (Ty.Adt) Infer.shallow(f.ty(fe.receiver()));
    if (ds.movedFlags == null) {
      java.util.List<Ty> fts = Layouts.fieldTypes(adt, adt.def().variants.get(0));
      int n = fts.size();
      ds.movedFlags = new int[n];
      ds.fieldOffs = f.layout(adt).offsets;
      ds.fieldDroppers = new Dropper[n];
      for (int i = 0; i < n; i++) {
        ds.movedFlags[i] = f.frame.flag();
        ds.fieldDroppers[i] = f.c.drops.of(fts.get(i));
      }
    }
    return ds.movedFlags[(Integer) f.t.res[fe.id()]];
  }

  /** {@code &e} / {@code &mut e}: the address of the place, or a fat pointer for slices. */
  Node borrow(Expr.Borrow b, Ty refTy) {
    Expr op = b.operand();
    if (op instanceof Expr.Index ix && ix.index() instanceof Expr.Range r) return Slicing.compile(f, ix, r);
    Ty inner = Infer.shallow(((Ty.Ref) Infer.shallow(refTy)).inner());
    if (Layouts.isUnsized(inner)) {
      // &*s where s is a &str / &[T]: the fat pointer itself.
      if (op instanceof Expr.Unary u && u.op() == Expr.UnOp.DEREF) return f.exprs.value(u.operand());
      return f.exprs.value(op);
    }
    return new Loads.AddrOf(place(op));
  }
}
