package rustle.interp.nodes;

import rustle.ast.Expr;
import rustle.interp.FnCompiler;
import rustle.interp.rt.IntNode;
import rustle.interp.rt.Kind;
import rustle.interp.rt.Machine;
import rustle.interp.rt.Place;
import rustle.interp.rt.Rep;
import rustle.memory.HeapTypes;
import rustle.types.AdtDef;
import rustle.types.Infer;
import rustle.types.Layout;
import rustle.types.Layouts;
import rustle.types.Prim;
import rustle.types.Ty;

/**
 * {@code ==}, {@code <} and friends: scalars compare as numbers, strings by content, and other types
 * structurally (as derived PartialEq does) through an {@link Eq} glue built per type.
 */
public final class Equality {
  private Equality() {}

  public static IntNode compare(FnCompiler f, Compare.Op op, Expr l, Expr r) {
    // `*s == *"b"`: an unsized str has no place of its own to compare from; compare what it is read
    // through (a String, &str or &String), which holds the same text.
    if (unsizedStrDeref(f, l) && unsizedStrDeref(f, r)) {
      l = ((Expr.Unary) l).operand();
      r = ((Expr.Unary) r).operand();
    }
    Ty lt = Operators.valueType(f, l);
    Ty rt = Operators.valueType(f, r);
    if (Rep.of(lt) == Rep.FLOAT) {
      return new Compare.Floats(op, Operators.floatOperand(f, l), Operators.floatOperand(f, r));
    }
    if (Rep.of(lt) == Rep.INT && !(lt instanceof Ty.Ref) && (!(lt instanceof Ty.Adt) || rustle.types.RawPtrs.is(lt))) {
      Kind k = Kind.of(lt);
      if (k != Kind.U64) return Fast.Cmp.make(op, Operators.operand(f, l), Operators.operand(f, r));
      return Fast.Cmp.makeUnsigned(op, Operators.operand(f, l), Operators.operand(f, r));
    }
    // Compare through memory: evaluate both sides into temps (or use their places) and compare.
    Place lp = placeOf(f, l);
    Place rp = placeOf(f, r);
    Ty base = f.ty(l);
    Eq eq = glue(f, base, Infer.shallow(f.ty(r)));
    return new Structural(op, lp, rp, eq);
  }

  private static boolean unsizedStrDeref(FnCompiler f, Expr e) {
    return e instanceof Expr.Unary u && u.op() == Expr.UnOp.DEREF && Infer.shallow(f.ty(e)) == Prim.STR
        && isStrLike(f.ty(u.operand()));
  }

  private static Place placeOf(FnCompiler f, Expr e) {
    if (f.places.isPlace(e)) return f.places.place(e);
    return f.ownedTemp(f.exprs.value(e), f.ty(e));
  }

  /** Compares values of type a (left) and b (right) stored at two addresses: -1, 0, 1, or 2 for unordered. */
  public abstract static class Eq {
    public abstract int cmp(Machine m, int a, int b);

    /** {@code ==}: by default the comparison says equal; a user PartialEq impl answers itself. */
    public boolean eq(Machine m, int a, int b) {
      return cmp(m, a, b) == 0;
    }

    /**
     * Ord::cmp (std's max, min, max_by_key, binary_search, cmp): by default the comparison above
     * (PartialOrd's, which sort uses through lt); a user Ord impl answers itself.
     */
    public int total(Machine m, int a, int b) {
      return cmp(m, a, b);
    }
  }

  public static Eq glue(FnCompiler f, Ty a, Ty b) {
    return glue(f, a, b, new java.util.HashMap<>());
  }

  /**
   * A recursive type (a tree of Boxes, a Vec of itself) reaches itself again while its glue is built:
   * there it gets a forwarder to the glue being built (building is in progress per type in building).
   */
  static final class Forward extends Eq {
    Eq target;

    @Override
    public int cmp(Machine m, int a, int b) {
      return target.cmp(m, a, b);
    }

    @Override
    public boolean eq(Machine m, int a, int b) {
      return target.eq(m, a, b);
    }

    @Override
    public int total(Machine m, int a, int b) {
      return target.total(m, a, b);
    }
  }

  private static Eq glue(FnCompiler f, Ty a, Ty b, java.util.Map<Ty, Forward> building) {
    a = Infer.shallow(a);
    b = Infer.shallow(b);
    if (isStrLike(a) && isStrLike(b)) return new StrEq(strForm(a), strForm(b));
    SeqForm sa = SeqForm.of(a);
    SeqForm sb = SeqForm.of(b);
    if (sa != null && sb != null) {
      return new SeqEq(sa, sb, glue(f, sa.elem, sb.elem, building), f.size(sa.elem), f.size(sb.elem));
    }
    if (a instanceof Ty.Ref ra && b instanceof Ty.Ref rb) {
      Ty ia = Infer.shallow(ra.inner());
      Ty ib = Infer.shallow(rb.inner());
      if (Layouts.isUnsized(ia) || Layouts.isUnsized(ib)) return glue(f, ia, ib, building);
      return new Through(glue(f, ia, ib, building));
    }
    Kind k = Kind.of(a);
    if (k != null && !(a instanceof Ty.Adt)) {
      return new Eq() {
        @Override
        public int cmp(Machine m, int x, int y) {
          if (k.isFloat()) {
            double dx = k == Kind.F32 ? m.mem.getFloat(x) : m.mem.getDouble(x);
            double dy = k == Kind.F32 ? m.mem.getFloat(y) : m.mem.getDouble(y);
            return Double.isNaN(dx) || Double.isNaN(dy) ? 2 : Double.compare(dx == 0 ? 0 : dx, dy == 0 ? 0 : dy);
          }
          long vx = k.load(m.mem, x);
          long vy = k.load(m.mem, y);
          return k == Kind.U64 ? Long.compareUnsigned(vx, vy) : Long.compare(vx, vy);
        }
      };
    }
    if (a instanceof Ty.Tuple tu) return fields(f, tu.elems(), f.layout(a).offsets, building);
    if (a instanceof Ty.Adt adt) {
      if (adt.def().builtin == AdtDef.Builtin.BOX) {
        return new Through(glue(f, adt.args().get(0), adt.args().get(0), building));
      }
      Forward pending = building.get(adt);
      if (pending != null) return pending;
      Forward fwd = new Forward();
      building.put(adt, fwd);
      Eq user = UserCmp.of(f, adt, building);
      fwd.target = user != null ? user : structural(f, adt, building);
      building.remove(adt);
      return fwd.target;
    }
    // The checker accepted a comparison rustle has no glue for: refusing beats a silent wrong answer.
    throw new IllegalStateException("no equality glue for " + a + " and " + b);
  }

  /** Comparison through a pointer (a reference or a Box): the pointees compare. */
  private static final class Through extends Eq {
    final Eq inner;

    Through(Eq inner) {
      this.inner = inner;
    }

    @Override
    public int cmp(Machine m, int x, int y) {
      return inner.cmp(m, (int) m.mem.getLong(x), (int) m.mem.getLong(y));
    }

    @Override
    public boolean eq(Machine m, int x, int y) {
      return inner.eq(m, (int) m.mem.getLong(x), (int) m.mem.getLong(y));
    }

    @Override
    public int total(Machine m, int x, int y) {
      return inner.total(m, (int) m.mem.getLong(x), (int) m.mem.getLong(y));
    }
  }

  /** The derived comparison of a struct or enum: variant first, then field by field. */
  static Eq structural(FnCompiler f, Ty.Adt adt) {
    return structural(f, adt, new java.util.HashMap<>());
  }

  static Eq structural(FnCompiler f, Ty.Adt adt, java.util.Map<Ty, Forward> building) {
    {
      Ty a = adt;
      Layout l = f.layout(a);
      if (!adt.def().isEnum) return fields(f, Layouts.fieldTypes(adt, adt.def().variants.get(0)), l.offsets, building);
      int nv = adt.def().variants.size();
      Eq[] per = new Eq[nv];
      for (int v = 0; v < nv; v++) {
        per[v] = fields(f, Layouts.fieldTypes(adt, adt.def().variants.get(v)), l.variantOffsets[v], building);
      }
      EnumAccess acc = new EnumAccess(l);
      return new Eq() {
        @Override
        public int cmp(Machine m, int x, int y) {
          int vx = acc.variant(m.mem, x);
          int vy = acc.variant(m.mem, y);
          if (vx != vy) return Integer.compare(vx, vy);
          return per[vx].cmp(m, x, y);
        }

        @Override
        public boolean eq(Machine m, int x, int y) {
          int vx = acc.variant(m.mem, x);
          return vx == acc.variant(m.mem, y) && per[vx].eq(m, x, y);
        }

        @Override
        public int total(Machine m, int x, int y) {
          int vx = acc.variant(m.mem, x);
          int vy = acc.variant(m.mem, y);
          if (vx != vy) return Integer.compare(vx, vy);
          return per[vx].total(m, x, y);
        }
      };
    }
  }

  private static Eq fields(FnCompiler f, java.util.List<Ty> types, int[] offs, java.util.Map<Ty, Forward> building) {
    int n = types.size();
    Eq[] es = new Eq[n];
    for (int i = 0; i < n; i++) es[i] = glue(f, types.get(i), types.get(i), building);
    return new Eq() {
      @Override
      public int cmp(Machine m, int x, int y) {
        for (int i = 0; i < n; i++) {
          int c = es[i].cmp(m, x + offs[i], y + offs[i]);
          if (c != 0) return c;
        }
        return 0;
      }

      @Override
      public boolean eq(Machine m, int x, int y) {
        for (int i = 0; i < n; i++) if (!es[i].eq(m, x + offs[i], y + offs[i])) return false;
        return true;
      }

      @Override
      public int total(Machine m, int x, int y) {
        for (int i = 0; i < n; i++) {
          int c = es[i].total(m, x + offs[i], y + offs[i]);
          if (c != 0) return c;
        }
        return 0;
      }
    };
  }

  static boolean isStrLike(Ty t) {
    t = Infer.shallow(t);
    if (t instanceof Ty.Ref r) return isStrLike(r.inner());
    return t == Prim.STR || t instanceof Ty.Adt a && a.def().builtin == AdtDef.Builtin.STRING;
  }

  /** 0: a String header; 1: a &str fat pointer; 2: a &String (pointer to header); 3: &&str. */
  private static int strForm(Ty t) {
    t = Infer.shallow(t);
    if (t instanceof Ty.Adt) return 0;
    Ty in = Infer.shallow(((Ty.Ref) t).inner());
    if (in == Prim.STR) return 1;
    if (in instanceof Ty.Adt) return 2;
    return 3;
  }

  static final class StrEq extends Eq {
    final int fa;
    final int fb;

    StrEq(int fa, int fb) {
      this.fa = fa;
      this.fb = fb;
    }

    static long ptr(Machine m, int a, int form) {
      switch (form) {
        case 0: return m.mem.getLong(a + HeapTypes.PTR);
        case 1: return m.mem.getLong(a);
        case 2: return m.mem.getLong((int) m.mem.getLong(a) + HeapTypes.PTR);
        default: return m.mem.getLong((int) m.mem.getLong(a));
      }
    }

    static long len(Machine m, int a, int form) {
      switch (form) {
        case 0: return m.mem.getLong(a + HeapTypes.LEN);
        case 1: return m.mem.getLong(a + 8);
        case 2: return m.mem.getLong((int) m.mem.getLong(a) + HeapTypes.LEN);
        default: return m.mem.getLong((int) m.mem.getLong(a) + 8);
      }
    }

    @Override
    public int cmp(Machine m, int x, int y) {
      int px = (int) ptr(m, x, fa);
      int py = (int) ptr(m, y, fb);
      long lx = len(m, x, fa);
      long ly = len(m, y, fb);
      int c = m.mem.compare(px, py, (int) Math.min(lx, ly));
      return c != 0 ? c : Long.compare(lx, ly);
    }
  }

  static final class Structural extends IntNode {
    final Compare.Op op;
    final Place l;
    final Place r;
    final Eq eq;

    Structural(Compare.Op op, Place l, Place r, Eq eq) {
      super(Kind.U8);
      this.op = op;
      this.l = l;
      this.r = r;
      this.eq = eq;
    }

    @Override
    public long evalLong(Machine m, int fp) {
      int a = l.addr(m, fp);
      int b = r.addr(m, fp);
      if (op == Compare.Op.EQ) return eq.eq(m, a, b) ? 1 : 0;
      if (op == Compare.Op.NE) return eq.eq(m, a, b) ? 0 : 1;
      int c = eq.cmp(m, a, b);
      if (c == 2) return op == Compare.Op.NE ? 1 : 0;
      return Compare.test(op, c) ? 1 : 0;
    }
  }
}
