package rustle.interp;

import rustle.ast.Expr;
import rustle.check.Res;
import rustle.interp.drop.BoxFree;
import rustle.interp.drop.DropSlot;
import rustle.interp.drop.Dropper;
import rustle.interp.nodes.Loads;
import rustle.interp.nodes.Places;
import rustle.interp.nodes.Slicing;
import rustle.interp.rt.IntNode;
import rustle.interp.rt.Kind;
import rustle.interp.rt.Node;
import rustle.interp.rt.Place;
import rustle.interp.rt.Rep;
import rustle.interp.std.GuardPlaces;
import rustle.types.AdtDef;
import rustle.types.Infer;
import rustle.types.Layouts;
import rustle.types.Prim;
import rustle.types.Ty;

/** Compiles place expressions (locals, fields, indexing, derefs) to address computations. */
public final class PlaceCompiler {
  private final FnCompiler f;

  PlaceCompiler(FnCompiler f) {
    this.f = f;
  }

  public boolean isPlace(Expr e) {
    if (e instanceof Expr.PathExpr p) return f.t.res[p.id()] instanceof Res.Local || StaticMuts.is(f.t.res[p.id()]);
    if (e instanceof Expr.Field || e instanceof Expr.TupleField) return true;
    if (e instanceof Expr.Index i) return !(i.index() instanceof Expr.Range);
    if (e instanceof Expr.Unary u) return u.op() == Expr.UnOp.DEREF;
    return false;
  }

  /** A place and the type stored there (after the implicit derefs of its projection). */
  public Place place(Expr e) {
    if (e instanceof Expr.PathExpr p && f.t.res[p.id()] instanceof Res.Local l) {
      return f.localPlace(l.var());
    }
    if (e instanceof Expr.PathExpr p && StaticMuts.is(f.t.res[p.id()])) return f.c.staticMuts.place(f, p);
    if (e instanceof Expr.Field fe) {
      Ty recv = f.ty(fe.receiver());
      Deref d = derefs(fe.receiver(), recv, f.t.derefs[fe.id()]);
      Ty.Adt adt = (Ty.Adt) d.ty;
      int idx = (Integer) f.t.res[fe.id()];
      return GuardPlaces.field(d.place, f.layout(adt).offsets[idx]);
    }
    if (e instanceof Expr.TupleField tf) {
      Ty recv = f.ty(tf.receiver());
      Deref d = derefs(tf.receiver(), recv, f.t.derefs[tf.id()]);
      return GuardPlaces.field(d.place, f.layout(d.ty).offsets[tf.index()]);
    }
    if (e instanceof Expr.Index ix && ix.index() instanceof Expr.Range r) {
      // An unsized place (`v[1..]`, `s[..2]`) is reached through a fat pointer to it, as after a deref of &[T].
      return f.ownedTemp(Slicing.compile(f, ix, r), new Ty.Ref(f.ty(e), false));
    }
    if (e instanceof Expr.Index ix) return index(ix);
    if (e instanceof Expr.Unary u && u.op() == Expr.UnOp.DEREF) {
      Ty ot = Infer.shallow(f.ty(u.operand()));
      if (rustle.types.RawPtrs.is(ot)) {
        return new rustle.interp.nodes.RawDeref(f.exprs.intVal(u.operand()), f.size(f.ty(e)), u.span());
      }
      if (isUserDeref(ot)) {
        // `*y` is `*Deref::deref(&y)` for the program's own smart pointer, `*DerefMut::deref_mut(&mut y)`
        // where the checker saw the place written (check.IndexTraits.markMut).
        Place owner = isPlace(u.operand()) ? place(u.operand()) : f.ownedTemp(f.exprs.value(u.operand()), ot);
        if (f.t.res[u.id()] instanceof rustle.types.FnSig.Def) {
          IntNode viaMut = FmtImpls.derefMut(f, ot, Loads.addrOf(owner), u.span());
          if (viaMut != null) return new Places.Deref(viaMut);
        }
        return new Places.Deref(FmtImpls.deref(f, ot, Loads.addrOf(owner), u.span()));
      }
      int off = rustle.types.SmartPtrs.derefOffset(f.layouts, ot);
      Ty pointee = f.ty(e);
      if (fatDeref(e)) {
        // `*s` of a String, Vec or Box<unsized> is unsized: reached through a fat pointer to it, as
        // `v[1..]` is (a Box holds that fat pointer itself).
        if (ot instanceof Ty.Adt oa && oa.def().builtin == rustle.types.AdtDef.Builtin.BOX) return place(u.operand());
        return f.ownedTemp(derefToFat(u.operand(), ot), new Ty.Ref(pointee, false));
      }
      if (isPlace(u.operand())) return checked(Places.field(new Places.DerefAt(place(u.operand())), off), pointee, u.span());
      // `*make()` where make returns a Box or an Rc: the owner is a temporary, dropped at the end of the
      // statement; so is a Ref/RefMut temporary (16 bytes), whose value pointer is its first word.
      if (f.c.drops.of(ot) != null || Kind.of(ot) == null) {
        return checked(GuardPlaces.derefField(f.ownedTemp(f.exprs.value(u.operand()), ot), off), pointee, u.span());
      }
      return checked(Places.field(new Places.Deref(f.exprs.intVal(u.operand())), off), pointee, u.span());
    }
    Ty ty = f.ty(e);
    return f.ownedTemp(f.exprs.value(e), ty);
  }

  /** Result of walking implicit derefs: the place reached, its type, and whether it is a fat pointer's place. */
  public record Deref(Place place, Ty ty, boolean fat) {}

  /** Applies n implicit derefs to a receiver expression's place. */
  public Deref derefs(Expr recv, Ty ty, int n) {
    Place p = place(recv);
    Ty cur = Infer.shallow(ty);
    boolean fat = false;
    for (int i = 0; i < n; i++) {
      Ty next = derefTarget(cur);
      if (Layouts.isUnsized(next)) {
        fat = true;
      } else {
        p = checked(GuardPlaces.derefField(p, rustle.types.SmartPtrs.derefOffset(f.layouts, cur)), next,
            recv.span());
      }
      cur = Infer.shallow(next);
    }
    return new Deref(p, cur, fat);
  }

  /** A type of the program's own with a Deref impl (Ref, Box, Rc and friends deref natively). */
  boolean isUserDeref(Ty t) {
    return t instanceof Ty.Adt a && a.def().builtin == rustle.types.AdtDef.Builtin.NONE
        && FmtImpls.code(f, t, "Deref", "deref") != null;
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
    if (f.t.res[ix.id()] instanceof rustle.check.MethodRes r && r.def() != null) {
      // The program's Index impl: `c[i]` is `*Index::index(&c, i)` (index_mut where the checker saw a write).
      Ty refTy = new Ty.Ref(f.ty(ix), false);
      java.util.List<rustle.interp.rt.Node> args = java.util.List.of(Loads.addrOf(d.place), f.exprs.value(ix.index()));
      java.util.List<Ty> typeArgs = new java.util.ArrayList<>();
      for (Ty t : r.args()) typeArgs.add(f.sub(t));
      rustle.interp.rt.Node call = new CallCompiler(f).invoke(r.def(), typeArgs, args, refTy, bracket(ix));
      // An unsized Output (`[f64]`, `str`) is reached through the fat pointer index returned, as after `*s`.
      if (Layouts.isUnsized(Infer.shallow(f.ty(ix)))) return f.ownedTemp(call, refTy);
      return checked(new Places.Deref(ExprCompiler.asInt(call, refTy)), f.ty(ix), ix.span());
    }
    if (d.ty instanceof Ty.Adt ma && ma.def().builtin == rustle.types.AdtDef.Builtin.HASH_MAP) {
      return rustle.interp.std.MapIndex.of(f, d.place, ma, ix.index(), bracket(ix));
    }
    IntNode idx = f.exprs.intVal(ix.index());
    Ty ty = d.ty;
    if (ty instanceof Ty.Array a) {
      return new Places.IndexArray(d.place, idx, a.len(), f.size(a.elem()), ix.span());
    }
    if (ty instanceof Ty.Slice s) {
      return checked(new Places.IndexSlice(d.place, idx, f.size(s.elem()), ix.span()), s.elem(), ix.span());
    }
    Ty.Adt v = (Ty.Adt) ty;
    return checked(new Places.IndexVec(d.place, idx, f.size(v.args().get(0)), f.trackCaller ? null : bracket(ix)), v.args().get(0),
        ix.span());
  }

  /**
   * In a {@code --unchecked} run, a place reached through a pointer is checked before every use (its bytes
   * must lie in one live allocation); an ordinary run gets the place itself, with no cost.
   */
  private Place checked(Place p, Ty ty, rustle.ast.Span span) {
    if (!f.c.unchecked || Layouts.isUnsized(Infer.shallow(ty))) return p;
    return new rustle.interp.nodes.UbChecks.Checked(p, f.size(ty), span);
  }

  /** Where std's Index impls report their panics: the `[` right after the receiver. */
  public static rustle.ast.Span bracket(Expr.Index ix) {
    rustle.ast.Span r = ix.receiver().span();
    return new rustle.ast.Span(r.end(), r.end() + 1, r.endLine(), r.endCol(), r.endLine(), r.endCol() + 1);
  }

  /**
   * Reads a value out of a place expression. Moving a field out of a local (a partial move) marks that
   * field as moved, so that the local's drop at scope end skips it.
   */
  Node load(Expr e, Ty ty) {
    Place p = e instanceof Expr.Unary u && u.op() == Expr.UnOp.DEREF && !isPlace(u.operand())
        && f.c.drops.of(ty) != null && !rustle.check.CopyRules.isCopy(ty) ? moveOutOfBoxTemp(u, ty) : null;
    if (p == null) p = moveOutOfTemp(e, ty);
    if (p == null) p = place(e);
    int moved = partialMoveFlag(e, ty);
    if (moved != 0) return new Loads.MoveField(p, f.size(ty), moved, Rep.of(ty) == Rep.INT ? Kind.of(ty) : null);
    switch (Rep.of(ty)) {
      case INT: return Loads.load(p, Kind.of(ty));
      case FLOAT: return Loads.loadFloat(p, ty == Prim.F32);
      default: return new Loads.Copy(p, f.size(ty), 0);
    }
  }

  /**
   * {@code pair().1}, {@code make().a.b} read by value: the field moves out of a temporary, which is
   * dropped at the end of the statement without it (PatResidue.except). Null for other expressions.
   */
  private Place moveOutOfTemp(Expr e, Ty ty) {
    if (f.c.drops.of(ty) == null || rustle.check.CopyRules.isCopy(ty)) return null;
    java.util.ArrayDeque<Integer> idx = new java.util.ArrayDeque<>();
    Expr cur = e;
    while (true) {
      if (cur instanceof Expr.Field fe && f.t.derefs[fe.id()] == 0) {
        idx.addFirst((Integer) f.t.res[fe.id()]);
        cur = fe.receiver();
      } else if (cur instanceof Expr.TupleField tf && f.t.derefs[tf.id()] == 0) {
        idx.addFirst(tf.index());
        cur = tf.receiver();
      } else {
        break;
      }
    }
    if (idx.isEmpty() || isPlace(cur)) return null;
    int[] path = idx.stream().mapToInt(Integer::intValue).toArray();
    Ty rootTy = Infer.shallow(f.ty(cur));
    rustle.interp.drop.Dropper rest = rustle.interp.nodes.PatResidue.except(f, rootTy, path, 0);
    int off = f.temp(rootTy);
    int fl = rest == null ? 0 : f.frame.flag();
    if (rest != null) f.temps.add(new DropSlot(off, fl, rest, "temporary"));
    Place p = new Places.Temp(f.exprs.value(cur), off, fl);
    Ty owner = rootTy;
    for (int i : path) {
      p = Places.field(p, f.layout(owner).offsets[i]);
      owner = Infer.shallow(f.sub(rustle.interp.nodes.PatResidue.fieldTypes(owner).get(i)));
    }
    return p;
  }

  /** `*make()` read by value: the contents move out, the temporary Box is only freed. */
  private Place moveOutOfBoxTemp(Expr.Unary u, Ty inner) {
    return moveOutOfBoxTemp(u.operand(), inner);
  }

  /** The content of the Box that box (no place) evaluates to, moved out: the box's block alone is freed. */
  Place moveOutOfBoxTemp(Expr box, Ty inner) {
    Ty boxTy = f.ty(box);
    int off = f.temp(boxTy);
    int fl = f.frame.flag();
    f.temps.add(new DropSlot(off, fl, new BoxFree(f.size(inner)), "temporary"));
    return new Places.DerefAt(new Places.Temp(f.exprs.value(box), off, fl));
  }

  /**
   * A field path of an owning local ({@code s.a.b}, {@code t.1.0}, no dereference on the way): the
   * local, the type owning each step's field, and each step's field index; null for other places.
   */
  public record FieldPath(rustle.check.LocalVar var, java.util.List<Ty> owners, int[] index) {}

  public FieldPath fieldPath(Expr e) {
    java.util.ArrayDeque<Integer> idx = new java.util.ArrayDeque<>();
    java.util.ArrayDeque<Ty> owners = new java.util.ArrayDeque<>();
    Expr cur = e;
    while (true) {
      if (cur instanceof Expr.Field fe && f.t.derefs[fe.id()] == 0) {
        idx.addFirst((Integer) f.t.res[fe.id()]);
        owners.addFirst(Infer.shallow(f.ty(fe.receiver())));
        cur = fe.receiver();
      } else if (cur instanceof Expr.TupleField tf && f.t.derefs[tf.id()] == 0) {
        idx.addFirst(tf.index());
        owners.addFirst(Infer.shallow(f.ty(tf.receiver())));
        cur = tf.receiver();
      } else if (boxLocalField(cur)) {
        // `b.next` of a local `b: Box<Node>`: the Box's content (part 0) is the first step, then its field.
        Expr recv = cur instanceof Expr.Field fe ? fe.receiver() : ((Expr.TupleField) cur).receiver();
        Ty boxTy = Infer.shallow(f.ty(recv));
        idx.addFirst(cur instanceof Expr.Field fe ? (Integer) f.t.res[fe.id()] : ((Expr.TupleField) cur).index());
        owners.addFirst(Infer.shallow(((Ty.Adt) boxTy).args().get(0)));
        idx.addFirst(0);
        owners.addFirst(boxTy);
        cur = recv;
        break;
      } else {
        break;
      }
    }
    if (idx.isEmpty() || !(cur instanceof Expr.PathExpr pe) || !(f.t.res[pe.id()] instanceof Res.Local l)) return null;
    int[] ix = new int[idx.size()];
    int i = 0;
    for (int x : idx) ix[i++] = x;
    return new FieldPath(l.var(), java.util.List.copyOf(owners), ix);
  }

  /** Whether e is a field of a struct or tuple in a Box local, reached through the Box's one auto-deref. */
  private boolean boxLocalField(Expr e) {
    Expr recv;
    int id;
    if (e instanceof Expr.Field fe) {
      recv = fe.receiver();
      id = fe.id();
    } else if (e instanceof Expr.TupleField tf) {
      recv = tf.receiver();
      id = tf.id();
    } else {
      return false;
    }
    if (f.t.derefs[id] != 1 || !(recv instanceof Expr.PathExpr pe) || !(f.t.res[pe.id()] instanceof Res.Local)) return false;
    if (!(Infer.shallow(f.ty(recv)) instanceof Ty.Adt b) || b.def().builtin != AdtDef.Builtin.BOX) return false;
    Ty content = Infer.shallow(b.args().get(0));
    return content instanceof Ty.Tuple || content instanceof Ty.Adt a && a.def().builtin == AdtDef.Builtin.NONE && !a.def().isEnum;
  }

  /** The moved-out flag of the part p names, made (with its ancestors' tracking) on first use; 0 if untracked. */
  int pathFlag(FieldPath p) {
    int top = movedFlag(p.var(), p.owners().get(0), p.index()[0]);
    if (top == 0 || p.index().length == 1) return top;
    DropSlot ds = f.dropSlots.get(p.var());
    if (ds.fieldParts == null) ds.fieldParts = new rustle.interp.drop.MovePaths[ds.movedFlags.length];
    rustle.interp.drop.MovePaths[] level = ds.fieldParts;
    for (int k = 1; ; k++) {
      int at = p.index()[k - 1];
      if (level[at] == null) level[at] = parts(p.owners().get(k));
      rustle.interp.drop.MovePaths mp = level[at];
      if (k == p.index().length - 1) return mp.flags[p.index()[k]];
      level = mp.children;
    }
  }

  /** The moved-out flag of field i of the struct or tuple content of Box local v; 0 if untracked. */
  public int boxFieldFlag(rustle.check.LocalVar v, Ty boxTy, Ty content, int i) {
    return pathFlag(new FieldPath(v, java.util.List.of(boxTy, content), new int[] {0, i}));
  }

  /** Move-path tracking for the fields of a struct or tuple (one flag each). */
  private rustle.interp.drop.MovePaths parts(Ty owner) {
    java.util.List<Ty> fts = owner instanceof Ty.Tuple tu ? tu.elems()
        : Layouts.fieldTypes((Ty.Adt) owner, ((Ty.Adt) owner).def().variants.get(0));
    int[] flags = new int[fts.size()];
    Dropper[] ds = new Dropper[fts.size()];
    for (int i = 0; i < flags.length; i++) {
      flags[i] = f.frame.flag();
      ds[i] = f.c.drops.of(fts.get(i));
    }
    return new rustle.interp.drop.MovePaths(flags, f.layout(owner).offsets, ds);
  }

  /** The moved-out flag of field e of an owning local, when reading e by value moves it; else 0. */
  private int partialMoveFlag(Expr e, Ty ty) {
    Expr recv;
    int index;
    if (e instanceof Expr.Field || e instanceof Expr.TupleField) {
      FieldPath p = fieldPath(e);
      if (p == null || f.isCaptured(p.var())) return 0;
      if (rustle.check.CopyRules.isCopy(ty) || f.c.drops.of(ty) == null) return 0;
      return pathFlag(p);
    } else if (e instanceof Expr.Unary u && u.op() == Expr.UnOp.DEREF
        && Infer.shallow(f.ty(u.operand())) instanceof Ty.Adt b && b.def().builtin == AdtDef.Builtin.BOX) {
      // `let s = *b;` moves the content out of a Box local; the box itself is still freed at b's end.
      recv = u.operand();
      index = 0;
    } else {
      return 0;
    }
    if (rustle.check.CopyRules.isCopy(ty) || f.c.drops.of(ty) == null) return 0;
    if (recv instanceof Expr.Field || recv instanceof Expr.TupleField) throw boxInField(e.span());
    if (!(recv instanceof Expr.PathExpr pe) || !(f.t.res[pe.id()] instanceof Res.Local l)) return 0;
    return movedFlag(l.var(), Infer.shallow(f.ty(recv)), index);
  }

  /**
   * Moving the content out of a Box held in a field ({@code *s.b}, {@code s.b.consume()} with a {@code
   * self} method of the content): the drop of s would have to free that box without its content, which
   * the move paths do not track; named, where it used to drop the content a second time.
   */
  static Unsupported boxInField(rustle.ast.Span span) {
    return new Unsupported("moving the content out of a `Box` held in a field", span);
  }

  /**
   * The moved-out flag of part index of local v (a field of a struct or tuple, or a Box's content),
   * or 0 when v owns nothing to track. The local's drop then skips the parts moved out.
   */
  public int movedFlag(rustle.check.LocalVar v, Ty owner, int index) {
    DropSlot ds = f.isCaptured(v) ? null : f.dropSlots.get(v);
    if (ds == null) return 0;
    if (ds.movedFlags == null) {
      java.util.List<Ty> fts;
      int[] offs;
      if (owner instanceof Ty.Adt b && b.def().builtin == AdtDef.Builtin.BOX) {
        Ty content = b.args().get(0);
        fts = java.util.List.of(content);
        offs = new int[] {0};
        ds.boxContentSize = f.size(content);
      } else if (owner instanceof Ty.Array a) {
        fts = java.util.Collections.nCopies((int) a.len(), a.elem());
        offs = f.arrayOffsets(a);
      } else {
        fts = owner instanceof Ty.Tuple tu ? tu.elems()
            : Layouts.fieldTypes((Ty.Adt) owner, ((Ty.Adt) owner).def().variants.get(0));
        offs = f.layout(owner).offsets;
      }
      int n = fts.size();
      ds.movedFlags = new int[n];
      ds.fieldOffs = offs;
      ds.fieldDroppers = new Dropper[n];
      for (int i = 0; i < n; i++) {
        ds.movedFlags[i] = f.frame.flag();
        ds.fieldDroppers[i] = f.c.drops.of(fts.get(i));
      }
    }
    if (owner instanceof Ty.Array) arrayDropOrder(ds, index);
    return ds.movedFlags[index];
  }

  /** Per array local, the elements some move in its function moves out of (rustc's move paths). */
  private final java.util.Map<DropSlot, boolean[]> arrayMoves = new java.util.IdentityHashMap<>();

  /** The order a partly moved array local's elements are dropped in, as rustc's (PatResidue.arrayDropOrder). */
  private void arrayDropOrder(DropSlot ds, int index) {
    boolean[] keep = arrayMoves.computeIfAbsent(ds, k -> new boolean[ds.movedFlags.length]);
    keep[index] = true;
    ds.fieldOrder = rustle.interp.nodes.PatResidue.arrayDropOrder(keep);
  }

  /** Whether e is {@code *x} of a String, Vec or Box of unsized data: a place held as a fat pointer. */
  boolean fatDeref(Expr e) {
    if (!(e instanceof Expr.Unary u) || u.op() != Expr.UnOp.DEREF) return false;
    if (!(Infer.shallow(f.ty(u.operand())) instanceof Ty.Adt a)) return false;
    switch (a.def().builtin) {
      case STRING:
      case VEC:
        return true;
      case BOX:
        return Layouts.isUnsized(Infer.shallow(a.args().get(0)));
      default:
        return false;
    }
  }

  /**
   * {@code &*x} of an owner of unsized data, which stays where it is (only borrowed): a String or Vec
   * gives (buffer, length), a Box of str, a slice or a trait object the fat pointer it holds, an Rc one
   * the fat pointer moved to the value inside its RcBox.
   */
  private Node derefToFat(Expr owner, Ty ot) {
    Place at = place(owner);
    if (ot instanceof Ty.Adt a && (a.def().builtin == rustle.types.AdtDef.Builtin.STRING
        || a.def().builtin == rustle.types.AdtDef.Builtin.VEC)) {
      return new Coercions.HeaderToFat(Loads.addrOf(at));
    }
    if (ot instanceof Ty.Adt a && a.def().builtin == rustle.types.AdtDef.Builtin.BOX) return new Loads.Copy(at, 16, 0);
    if (isUserDeref(ot) && Coercions.userTargetUnsized(f, ot)) return FmtImpls.derefFat(f, ot, Loads.addrOf(at), null);
    if (ot instanceof Ty.Adt a && a.def().builtin == rustle.types.AdtDef.Builtin.RC) {
      // The value sits after the counts, where the rest of rustle finds it (SmartPtrs.derefOffset).
      int off = rustle.types.SmartPtrs.derefOffset(f.layouts, ot);
      Loads.Copy fat = new Loads.Copy(at, 16, 0);
      return new rustle.interp.rt.MemNode(16) {
        @Override
        public void evalInto(rustle.interp.rt.Machine m, int fp, int dst) {
          fat.evalInto(m, fp, dst);
          m.mem.putLong(dst, m.mem.getLong(dst) + off);
        }
      };
    }
    throw new IllegalStateException("&* of " + ot);
  }

  /** {@code &e} / {@code &mut e}: the address of the place, or a fat pointer for slices. */
  Node borrow(Expr.Borrow b, Ty refTy) {
    Expr op = b.operand();
    if (op instanceof Expr.Index ix && ix.index() instanceof Expr.Range r) return Slicing.compile(f, ix, r);
    Ty inner = Infer.shallow(((Ty.Ref) Infer.shallow(refTy)).inner());
    if (Layouts.isUnsized(inner)) {
      if (op instanceof Expr.Unary u && u.op() == Expr.UnOp.DEREF) {
        Ty ot = Infer.shallow(f.ty(u.operand()));
        // &*s where s is a &str / &[T] / &dyn Tr: the fat pointer itself.
        if (ot instanceof Ty.Ref) return f.exprs.value(u.operand());
        return derefToFat(u.operand(), ot);
      }
      // `&c[i]` with an unsized Output of the program's Index: its place holds the fat pointer index returned.
      if (op instanceof Expr.Index) return new Loads.Copy(place(op), 16, 0);
      return f.exprs.value(op);
    }
    if (!b.mutable() && !isPlace(op) && rustle.check.Promotion.promotable(op, f.t)) return Loads.addrOf(Promoted.of(f, op));
    if (b.mutable() && rustle.check.Promotion.promotableMut(op, f.t)) return Loads.addrOf(Promoted.of(f, op));
    return Loads.addrOf(place(op));
  }
}
