package rustle.interp;

import java.util.ArrayList;
import java.util.List;
import rustle.ast.Expr;
import rustle.ast.Pattern;
import rustle.check.LocalVar;
import rustle.check.Res;
import rustle.check.Tables;
import rustle.interp.drop.DropSlot;
import rustle.interp.drop.ScopedDrops;
import rustle.interp.nodes.MatchNode;
import rustle.interp.nodes.PatBinds;
import rustle.interp.nodes.PatLits;
import rustle.interp.nodes.PatSlices;
import rustle.interp.nodes.Places;
import rustle.interp.rt.IntNode;
import rustle.interp.rt.Kind;
import rustle.interp.rt.Machine;
import rustle.interp.rt.Node;
import rustle.interp.rt.Place;
import rustle.types.Layout;
import rustle.types.Layouts;
import rustle.types.Ty;

/**
 * Compiles patterns into a test (does the value at an address match?) and a binding step (copy or
 * borrow the matched parts into the pattern's locals), plus match, if-let and let-else built on them.
 */
public final class PatCompiler {
  private final FnCompiler f;

  PatCompiler(FnCompiler f) {
    this.f = f;
  }

  /** The bindings a pattern declares, in order. */
  public static List<LocalVar> bindings(Pattern p, Tables t) {
    List<LocalVar> out = new ArrayList<>();
    collect(p, t, out);
    return out;
  }

  private static void collect(Pattern p, Tables t, List<LocalVar> out) {
    if (p instanceof Pattern.IdentPat ip) {
      if (t.res[p.id()] instanceof LocalVar v) out.add(v);
      if (ip.sub() != null) collect(ip.sub(), t, out);
    } else if (p instanceof Pattern.TuplePat tp) {
      for (Pattern x : tp.elems()) collect(x, t, out);
    } else if (p instanceof Pattern.TupleStructPat tp) {
      for (Pattern x : tp.elems()) collect(x, t, out);
    } else if (p instanceof Pattern.StructPat sp) {
      for (Pattern.FieldPat fp : sp.fields()) collect(fp.pattern(), t, out);
    } else if (p instanceof Pattern.RefPat rp) {
      collect(rp.inner(), t, out);
    } else if (p instanceof Pattern.OrPat op) {
      collect(op.alts().get(0), t, out);
    } else if (p instanceof Pattern.SlicePat sp) {
      for (Pattern x : sp.elems()) collect(x, t, out);
    }
  }

  /** Tests whether the value at addr matches. */
  public abstract static class Test {
    public abstract boolean test(Machine m, int fp, int addr);
  }

  /**
   * A test of one tag byte or word (width 1 or 8) at off against value: equal, or for the data variant
   * of a niche, not equal (eq false). A two-arm MatchNode reads such a tag itself.
   */
  public abstract static class TagTest extends Test {
    public final int off;
    public final int width;
    public final long value;
    public final boolean eq;

    protected TagTest(int off, int width, long value, boolean eq) {
      this.off = off;
      this.width = width;
      this.value = value;
      this.eq = eq;
    }
  }

  /** Binds the pattern's locals from the value at addr (frame-relative slots). */
  public abstract static class Bind {
    public abstract void bind(Machine m, int fp, int addr);
  }

  public static final Test ALWAYS = new Test() {
    @Override
    public boolean test(Machine m, int fp, int addr) {
      return true;
    }
  };

  public static int follow(Machine m, int addr, int derefs) {
    for (int i = 0; i < derefs; i++) addr = (int) m.mem.getLong(addr);
    return addr;
  }

  public Test test(Pattern p, Ty ty) {
    int n = f.patDerefs(p);
    Ty vt = peel(ty, n);
    // A slice is matched at its fat pointer, so the last reference is not followed.
    int derefs = PatSlices.derefsToFollow(p, vt, n);
    Test inner = testPeeled(p, vt);
    if (inner == ALWAYS || derefs == 0) return inner;
    return new Test() {
      @Override
      public boolean test(Machine m, int fp, int addr) {
        return inner.test(m, fp, follow(m, addr, derefs));
      }
    };
  }

  private Ty peel(Ty ty, int n) {
    ty = rustle.types.Infer.shallow(ty);
    for (int i = 0; i < n; i++) ty = rustle.types.Infer.shallow(((Ty.Ref) ty).inner());
    return ty;
  }

  private Test testPeeled(Pattern p, Ty ty) {
    if (p instanceof Pattern.WildPat || p instanceof Pattern.RestPat) return ALWAYS;
    if (p instanceof Pattern.IdentPat ip) {
      if (f.t.res[p.id()] instanceof Res.Variant v) return variantTest(ty, v.variant());
      if (f.t.res[p.id()] instanceof Res.Const c) return PatLits.constant(f, c.def(), ty);
      return ip.sub() == null ? ALWAYS : test(ip.sub(), ty);
    }
    if (p instanceof Pattern.LitPat lp) return PatLits.literal(f, lp.lit(), ty);
    if (p instanceof Pattern.RangePat rp) return PatLits.range(f, rp, ty);
    if (p instanceof Pattern.RefPat rp) {
      Ty inner = rustle.types.Infer.shallow(((Ty.Ref) ty).inner());
      Test t = test(rp.inner(), inner);
      if (t == ALWAYS || PatSlices.atFatPointer(rp.inner(), inner)) return t;
      return new Test() {
        @Override
        public boolean test(Machine m, int fp, int addr) {
          return t.test(m, fp, (int) m.mem.getLong(addr));
        }
      };
    }
    if (p instanceof Pattern.OrPat op) {
      List<Test> alts = new ArrayList<>();
      for (Pattern a : op.alts()) alts.add(test(a, ty));
      return new Test() {
        @Override
        public boolean test(Machine m, int fp, int addr) {
          for (Test t : alts) if (t.test(m, fp, addr)) return true;
          return false;
        }
      };
    }
    if (p instanceof Pattern.PathPat pp) {
      Object r = f.t.res[p.id()];
      if (r instanceof Res.Variant v) return variantTest(ty, v.variant());
      if (r instanceof Res.Const c) return PatLits.constant(f, c.def(), ty);
      return ALWAYS;
    }
    if (p instanceof Pattern.SlicePat sp) return PatSlices.test(f, sp, ty);
    List<Pattern> subs;
    List<Integer> fieldIdx = new ArrayList<>();
    int variant = 0;
    boolean isEnum = false;
    List<Ty> fieldTys;
    int[] offs;
    if (p instanceof Pattern.TuplePat tp) {
      subs = tp.elems();
      fieldTys = ((Ty.Tuple) ty).elems();
      offs = f.layout(ty).offsets;
      indexWithRest(subs, fieldTys.size(), fieldIdx);
    } else {
      Res.Variant v = (Res.Variant) f.t.res[p.id()];
      Ty.Adt adt = (Ty.Adt) ty;
      variant = v.variant();
      isEnum = adt.def().isEnum;
      Layout l = f.layout(adt);
      offs = isEnum ? l.variantOffsets[variant] : l.offsets;
      fieldTys = Layouts.fieldTypes(adt, adt.def().variants.get(variant));
      if (p instanceof Pattern.TupleStructPat tsp) {
        subs = tsp.elems();
        indexWithRest(subs, fieldTys.size(), fieldIdx);
      } else {
        Pattern.StructPat sp = (Pattern.StructPat) p;
        subs = new ArrayList<>();
        for (Pattern.FieldPat fp : sp.fields()) {
          subs.add(fp.pattern());
          fieldIdx.add(adt.def().variants.get(variant).fieldIndex(fp.name()));
        }
      }
    }
    List<Test> tests = new ArrayList<>();
    List<Integer> toffs = new ArrayList<>();
    for (int i = 0; i < subs.size(); i++) {
      int fi = fieldIdx.get(i);
      if (fi < 0) continue;
      Test t = test(subs.get(i), fieldTys.get(fi));
      if (t != ALWAYS) {
        tests.add(t);
        toffs.add(offs[fi]);
      }
    }
    Test vt = isEnum ? variantTest(ty, variant) : ALWAYS;
    if (tests.isEmpty()) return vt;
    Test[] ta = tests.toArray(new Test[0]);
    int[] oa = toffs.stream().mapToInt(Integer::intValue).toArray();
    return new Test() {
      @Override
      public boolean test(Machine m, int fp, int addr) {
        if (!vt.test(m, fp, addr)) return false;
        for (int i = 0; i < ta.length; i++) if (!ta[i].test(m, fp, addr + oa[i])) return false;
        return true;
      }
    };
  }

  /** Maps sub-patterns to field indexes, skipping a {@code ..} (index -1). */
  public static void indexWithRest(List<Pattern> subs, int nFields, List<Integer> out) {
    int rest = -1;
    for (int i = 0; i < subs.size(); i++) if (subs.get(i) instanceof Pattern.RestPat) rest = i;
    for (int i = 0; i < subs.size(); i++) {
      if (i == rest) out.add(-1);
      else if (rest >= 0 && i > rest) out.add(nFields - (subs.size() - i));
      else out.add(i);
    }
  }

  private Test variantTest(Ty ty, int variant) {
    Ty.Adt adt = (Ty.Adt) rustle.types.Infer.shallow(ty);
    if (!adt.def().isEnum) return ALWAYS;
    return VariantTests.of(f.layout(adt), variant);
  }

  /** Binding: moves bindings also clear the drop flag at moveFlag (the scrutinee's), when non-zero. */
  public Bind bind(Pattern p, Ty ty, List<DropSlot> drops) {
    Bind flat = PatBinds.flat(f, p, ty);
    return flat != null ? flat : PatBinds.bind(f, p, ty, drops);
  }

  // ---- constructs ----

  /** The place a scrutinee is read from, plus the flag to clear if a binding moves out of it. */
  record Scrutinee(Place place, int flag) {}

  /**
   * The scrutinee {@code &place} (or {@code &mut place}) when every pattern goes through the reference
   * (the checker's implicit deref, or a wildcard): the patterns are then matched against the place
   * itself, with that deref skipped (FnCompiler.patDerefs), instead of storing the reference in a
   * temporary and reading it back in each test and binding. Null when e is not of that shape.
   */
  private Place throughRef(Expr e, List<Pattern> pats) {
    if (!(e instanceof Expr.Borrow b) || !f.places.isPlace(b.operand())) return null;
    if (rustle.types.Layouts.isUnsized(f.ty(b.operand()))) return null;
    for (Pattern p : pats) {
      if (!(p instanceof Pattern.WildPat) && f.t.derefs[p.id()] < 1) return null;
    }
    return f.places.place(b.operand());
  }

  /** Compiles p's test and binding against a place, with p's first deref skipped when skip is set. */
  private void testAndBind(Pattern p, Ty ty, boolean skip, Test[] tests, Bind[] binds, int i, List<DropSlot> drops) {
    f.derefSkipped = skip && !(p instanceof Pattern.WildPat) ? p.id() : -1;
    try {
      tests[i] = test(p, ty);
      binds[i] = bind(p, ty, drops);
    } finally {
      f.derefSkipped = -1;
    }
  }

  Scrutinee scrutinee(Expr e) {
    Ty ty = f.ty(e);
    if (rustle.types.Infer.shallow(ty) instanceof Ty.Slice && e instanceof Expr.Unary u && u.op() == Expr.UnOp.DEREF) {
      // `match *s` on a slice: matched at the fat pointer s (slices are, see PatSlices), so `s` is the place.
      return scrutinee(u.operand());
    }
    if (f.places.isPlace(e)) {
      int flag = 0;
      if (e instanceof Expr.PathExpr pe && f.t.res[pe.id()] instanceof Res.Local l) flag = f.flag(l.var());
      return new Scrutinee(f.places.place(e), flag);
    }
    Places.Temp tmp = f.ownedTemp(f.exprs.value(e), ty);
    return new Scrutinee(tmp, tmp.flagOff);
  }

  IntNode condition(Expr cond) {
    if (!(cond instanceof Expr.Let l)) return f.exprs.intVal(cond);
    Ty ty = f.ty(l.value());
    Place direct = throughRef(l.value(), List.of(l.pattern()));
    Scrutinee s = direct != null ? new Scrutinee(direct, 0) : scrutinee(l.value());
    Ty pt = direct != null ? rustle.types.Infer.shallow(((Ty.Ref) rustle.types.Infer.shallow(ty)).inner()) : ty;
    Test[] ts = new Test[1];
    Bind[] bs = new Bind[1];
    List<DropSlot> drops = new ArrayList<>();
    testAndBind(l.pattern(), pt, direct != null, ts, bs, 0, drops);
    Test t = ts[0];
    boolean moves = PatBinds.moves(f, l.pattern(), ty);
    int whole = moves ? s.flag() : 0;
    if (direct == null && moves) capturedMove(l.value(), l.pattern());
    int[] boxRest = moves && direct == null && whole == 0 ? boxEnumRest(l.value(), l.pattern()) : null;
    if (boxRest != null) {
      // As in match: the box's own flag cleared, the rest's set once the pattern matched.
      whole = boxRest[0];
      bs[0] = thenSetFlag(bs[0], boxRest[1]);
    }
    int[] parts = !moves || direct != null || boxRest != null ? null : whole == 0 ? boxContentMove(l.value(), l.pattern()) : partialMoves(l.value(), l.pattern(), ty);
    if (parts == null && whole != 0 && direct == null
        && (s.place() instanceof Places.Temp tmp && tmp.flagOff != 0 || localSlot(l.value()) != null)) {
      int rest = residue(s.place(), l.value(), l.pattern(), ty);
      if (rest != 0) {
        // The temporary's own flag is cleared below (moveFlag), its rest's set by the binder.
        bs[0] = thenSetFlag(bs[0], rest);
      }
    }
    Bind b = parts == null ? bs[0] : rustle.interp.nodes.PartialMoves.marking(bs[0], parts);
    int moveFlag = parts == null ? whole : 0;
    return new IntNode(Kind.U8) {
      @Override
      public long evalLong(Machine m, int fp) {
        int a = s.place().addr(m, fp);
        if (!t.test(m, fp, a)) return 0;
        b.bind(m, fp, a);
        if (moveFlag != 0) m.mem.putByte(fp + moveFlag, (byte) 0);
        return 1;
      }
    };
  }

  /** Drops the owning bindings of an if-let/while-let condition after the construct ran. */
  Node scoped(Node n, Expr cond) {
    List<DropSlot> drops = new ArrayList<>();
    f.collectDrops(((Expr.Let) cond).pattern(), drops);
    if (drops.isEmpty()) return n;
    DropSlot[] da = drops.toArray(new DropSlot[0]);
    return new ScopedDrops(n, da);
  }

  Node bindIrrefutable(Pattern p, Place place, Ty ty, List<DropSlot> drops) {
    Bind b = bind(p, ty, drops);
    f.collectDrops(p, drops);
    if (place instanceof Places.Local l) {
      // A parameter's pattern: the matched value sits in a slot of the frame, no place to evaluate.
      int off = l.offset();
      return new Node() {
        @Override
        public int exec(Machine m, int fp) {
          b.bind(m, fp, fp + off);
          return NORMAL;
        }
      };
    }
    return new Node() {
      @Override
      public int exec(Machine m, int fp) {
        b.bind(m, fp, place.addr(m, fp));
        return NORMAL;
      }
    };
  }

  /**
   * let-else on a temporary: a value that does not match is dropped whole before the else block runs;
   * one that does leaves rest (PatResidue) to drop at once, when the pattern moved only some parts.
   */
  Node letElse(Pattern p, Place place, Ty ty, Node els, List<DropSlot> drops,
      rustle.interp.drop.Dropper rest, rustle.interp.drop.Dropper whole) {
    Test t = test(p, ty);
    Bind b = bind(p, ty, drops);
    f.collectDrops(p, drops);
    return new Node() {
      @Override
      public int exec(Machine m, int fp) {
        int a = place.addr(m, fp);
        if (!t.test(m, fp, a)) {
          if (whole != null) whole.drop(m, a);
          return els.exec(m, fp);
        }
        b.bind(m, fp, a);
        if (rest != null) rest.drop(m, a);
        return NORMAL;
      }
    };
  }

  /** An arm's body, its temporaries dropped at its end (Stmts.TailTemps) when it has any. */
  private Node armBody(Expr body) {
    List<DropSlot> saved = f.temps;
    f.temps = new ArrayList<>();
    Node v = f.exprs.value(body);
    if (!f.temps.isEmpty()) v = new rustle.interp.nodes.Stmts.TailTemps(v, f.temps.toArray(new DropSlot[0]), rustle.interp.rt.Rep.of(f.ty(body)));
    f.temps = saved;
    return v;
  }

  Node match(Expr.Match mt, Ty ty) {
    Ty st = f.ty(mt.scrutinee());
    List<Pattern> pats = new ArrayList<>();
    for (Expr.Arm arm : mt.arms()) pats.add(arm.pattern());
    Place direct = throughRef(mt.scrutinee(), pats);
    Scrutinee s = direct != null ? new Scrutinee(direct, 0) : scrutinee(mt.scrutinee());
    Ty pt = direct != null ? rustle.types.Infer.shallow(((Ty.Ref) rustle.types.Infer.shallow(st)).inner()) : st;
    int n = mt.arms().size();
    Test[] tests = new Test[n];
    Bind[] binds = new Bind[n];
    IntNode[] guards = new IntNode[n];
    Node[] bodies = new Node[n];
    int[] moveFlags = new int[n];
    int[][] partFlags = null;
    DropSlot[][] armDrops = new DropSlot[n][];
    for (int i = 0; i < n; i++) {
      Expr.Arm arm = mt.arms().get(i);
      List<DropSlot> drops = new ArrayList<>();
      testAndBind(arm.pattern(), pt, direct != null, tests, binds, i, drops);
      f.collectDrops(arm.pattern(), drops);
      armDrops[i] = drops.toArray(new DropSlot[0]);
      boolean moves = PatBinds.moves(f, arm.pattern(), st);
      moveFlags[i] = moves ? s.flag() : 0;
      if (direct == null && moves) capturedMove(mt.scrutinee(), arm.pattern());
      int[] boxRest = moves && direct == null && moveFlags[i] == 0 ? boxEnumRest(mt.scrutinee(), arm.pattern()) : null;
      if (boxRest != null) {
        // The box's own flag is cleared when the arm is taken, the rest's set (boxEnumRest).
        moveFlags[i] = boxRest[0];
        if (partFlags == null) partFlags = new int[n][];
        partFlags[i] = new int[] {boxRest[1]};
      }
      int[] parts = !moves || direct != null || boxRest != null ? null
          : moveFlags[i] == 0 ? boxContentMove(mt.scrutinee(), arm.pattern()) : partialMoves(mt.scrutinee(), arm.pattern(), st);
      if (parts != null) {
        // Marked once the guard holds, where the whole local's flag would have been cleared.
        if (partFlags == null) partFlags = new int[n][];
        partFlags[i] = parts;
        moveFlags[i] = 0;
      }
      // A guard and an arm's body are temporary scopes (the Reference, "Temporary scopes"): their
      // temporaries are dropped when they are done, before the arm's bindings.
      guards[i] = arm.guard() == null ? null : f.condition(() -> f.exprs.intVal(arm.guard()));
      bodies[i] = armBody(arm.body());
    }
    if (direct == null && (s.place() instanceof Places.Temp tmp && tmp.flagOff != 0 || localSlot(mt.scrutinee()) != null)) {
      for (int i = 0; i < n; i++) {
        if (moveFlags[i] == 0) continue;
        int rest = residue(s.place(), mt.scrutinee(), mt.arms().get(i).pattern(), st);
        if (rest == 0) continue;
        if (partFlags == null) partFlags = new int[n][];
        partFlags[i] = new int[] {rest};
      }
    }
    // Exhaustiveness (checked, E0004): a value that no earlier arm took matches an unguarded last arm.
    if (n > 0 && guards[n - 1] == null) tests[n - 1] = null;
    MatchNode node = new MatchNode(s.place(), tests, binds, guards, bodies, moveFlags, armDrops, mt.span());
    node.partFlags = partFlags;
    return f.exprs.wrap(node, ty);
  }

  /**
   * A temporary scrutinee p moves some parts out of: the drop flag of a second slot over the temporary
   * that drops what p leaves (PatResidue), set when p's arm is taken (the temporary's own flag is then
   * cleared), so that the rest is dropped with the temporaries; 0 when p leaves nothing.
   */
  private int residue(Place place, Expr scrutinee, Pattern p, Ty ty) {
    rustle.interp.drop.Dropper rest = rustle.interp.nodes.PatResidue.of(f, p, ty);
    if (rest == null) return 0;
    int flag = f.frame.flag();
    DropSlot local = localSlot(scrutinee);
    // An owning local keeps the rest until its own drop (its scope end, an assignment over it).
    if (local != null) local.addResidue(flag, rest);
    else f.temps.add(new DropSlot(((Places.Temp) place).offset(), flag, rest, "temporary"));
    return flag;
  }

  /**
   * A pattern moving out of a variable a closure captured: the closure would have to be FnOnce and its
   * call consume it (FnCompiler.takeCapture), which rustle does only for the moves check finds.
   */
  private void capturedMove(Expr scrutinee, Pattern p) {
    if (scrutinee instanceof Expr.PathExpr pe && f.t.res[pe.id()] instanceof Res.Local l && f.isCaptured(l.var())) {
      throw new Unsupported("moving a captured value out of a closure (an `FnOnce` closure)", p.span());
    }
  }

  /** The drop slot of the owning local e names (not captured, not through a reference), or null. */
  private DropSlot localSlot(Expr e) {
    if (!(e instanceof Expr.PathExpr pe) || !(f.t.res[pe.id()] instanceof Res.Local l) || f.isCaptured(l.var())) return null;
    return f.dropSlots.get(l.var());
  }

  /**
   * For {@code match *b} on a Box local b whose arm moves something out: the flag saying b's content was
   * moved, so that b's drop only frees the box, or for a struct or tuple content the flags of the fields
   * the arm moves, so that b's drop also drops the others. (An enum content counts as moved whole: the
   * fields an arm leaves in place are not dropped, a leak rather than a double drop.) Null for other
   * scrutinees.
   */
  private int[] boxContentMove(Expr e, Pattern p) {
    if (!(e instanceof Expr.Unary u) || u.op() != Expr.UnOp.DEREF) return null;
    if (!(u.operand() instanceof Expr.PathExpr pe) || !(f.t.res[pe.id()] instanceof Res.Local l)) return null;
    Ty bt = rustle.types.Infer.shallow(f.ty(pe));
    if (!(bt instanceof Ty.Adt b) || b.def().builtin != rustle.types.AdtDef.Builtin.BOX) return null;
    int[] fields = rustle.interp.nodes.PartialMoves.boxContentFlags(f, p, bt, l.var());
    if (fields != null) return fields;
    int flag = f.places.movedFlag(l.var(), bt, 0);
    return flag == 0 ? null : new int[] {flag};
  }

  /**
   * For {@code match *b} on a Box local b holding an enum whose arm p moves some fields out and leaves
   * others: b's own drop flag and the flag of a residue of b that drops the fields p leaves, then frees
   * the box, when b is next dropped (its scope end, an assignment over it), as rustc's drop elaboration
   * does. Null for other scrutinees and patterns.
   */
  private int[] boxEnumRest(Expr e, Pattern p) {
    if (!(e instanceof Expr.Unary u) || u.op() != Expr.UnOp.DEREF) return null;
    DropSlot local = localSlot(u.operand());
    if (local == null) return null;
    int own = f.flag(((Res.Local) f.t.res[u.operand().id()]).var());
    Ty bt = rustle.types.Infer.shallow(f.ty(u.operand()));
    if (own == 0 || !(bt instanceof Ty.Adt b) || b.def().builtin != rustle.types.AdtDef.Builtin.BOX) return null;
    Ty content = rustle.types.Infer.shallow(f.sub(b.args().get(0)));
    if (!(content instanceof Ty.Adt a) || !a.def().isEnum) return null;
    rustle.interp.drop.Dropper rest = rustle.interp.nodes.PatResidue.of(f, p, content);
    if (rest == null) return null;
    int size = f.size(content);
    int flag = f.frame.flag();
    local.addResidue(flag, new rustle.interp.drop.Dropper() {
      @Override
      public void drop(Machine m, int addr) {
        int ptr = (int) m.mem.getLong(addr);
        rest.drop(m, ptr);
        m.heapTypes.boxFree(ptr, size);
      }
    });
    return new int[] {own, flag};
  }

  /** The moved flags of the fields p moves out of the owning local e, or null (see nodes.PartialMoves). */
  private int[] partialMoves(Expr e, Pattern p, Ty ty) {
    if (!(e instanceof Expr.PathExpr pe) || !(f.t.res[pe.id()] instanceof Res.Local l)) return null;
    if (f.t.derefs[p.id()] != 0) return null;
    return rustle.interp.nodes.PartialMoves.flags(f, p, ty, l.var());
  }

  /** A binder that binds as inner does, then sets the drop flag at flagOff (the rest left to drop). */
  private static Bind thenSetFlag(Bind inner, int flagOff) {
    return new Bind() {
      @Override
      public void bind(Machine m, int fp, int addr) {
        inner.bind(m, fp, addr);
        m.mem.putByte(fp + flagOff, (byte) 1);
      }
    };
  }
}
