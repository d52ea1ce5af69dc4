package rustle.interp.nodes;

import java.util.List;
import rustle.ast.Expr;
import rustle.check.Res;
import rustle.interp.FnCompiler;
import rustle.interp.drop.Dropper;
import rustle.interp.drop.Unwind;
import rustle.interp.rt.Kind;
import rustle.interp.rt.Machine;
import rustle.interp.rt.MemNode;
import rustle.interp.rt.Node;
import rustle.interp.rt.Place;
import rustle.interp.rt.Rep;
import rustle.types.AdtDef;
import rustle.types.Layout;
import rustle.types.Layouts;
import rustle.types.Ty;

/** Building tuples, arrays, structs and enum variants in place at their destination. */
public final class Aggregates {
  private Aggregates() {}

  /**
   * Writes each part at dst + its offset, in evaluation order. If a part panics or jumps away (a
   * {@code ?}, {@code break} or {@code return} inside it), the parts already written are dropped through
   * {@link Unwind}: the half-built value has no drop flag of its own, so nobody else would.
   */
  public static final class Build extends MemNode {
    final Node[] parts;
    final int[] offs;
    final EnumAccess tag;
    final int variant;
    /** Per part, its drop glue, or null; the array itself is null when no part owns anything. */
    Dropper[] drops;

    public Build(int size, Node[] parts, int[] offs, EnumAccess tag, int variant) {
      super(size);
      this.parts = parts;
      this.offs = offs;
      this.tag = tag;
      this.variant = variant;
    }

    /** Gives the build the drop glue of its parts (the expressions, in part order). */
    Build owning(FnCompiler f, List<Expr> exprs) {
      Dropper[] ds = new Dropper[exprs.size()];
      boolean any = false;
      for (int i = 0; i < ds.length; i++) {
        ds[i] = f.c.drops.of(f.ty(exprs.get(i)));
        any |= ds[i] != null;
      }
      drops = any ? ds : null;
      return this;
    }

    @Override
    public void evalInto(Machine m, int fp, int dst) {
      if (drops == null) {
        for (int i = 0; i < parts.length; i++) parts[i].evalInto(m, fp, dst + offs[i]);
      } else {
        buildOwning(m, fp, dst);
      }
      if (tag != null) tag.setVariant(m.mem, dst, variant);
    }

    private void buildOwning(Machine m, int fp, int dst) {
      int i = 0;
      try {
        for (; i < parts.length; i++) parts[i].evalInto(m, fp, dst + offs[i]);
      } catch (RuntimeException e) {
        int built = i;
        throw Unwind.leave(m, e, () -> {
          for (int k = built - 1; k >= 0; k--) if (drops[k] != null) drops[k].drop(m, dst + offs[k]);
        });
      }
    }
  }

  public static Node tuple(FnCompiler f, Expr.Tuple t, Ty ty) {
    if (t.elems().isEmpty()) return new Loads.Unit(null);
    Layout l = f.layout(ty);
    Node[] parts = new Node[t.elems().size()];
    for (int i = 0; i < parts.length; i++) parts[i] = f.exprs.value(t.elems().get(i));
    return new Build(l.size, parts, l.offsets, null, 0).owning(f, t.elems());
  }

  public static Node array(FnCompiler f, Expr.Array a, Ty ty) {
    Ty elem = ((Ty.Array) ty).elem();
    int stride = f.size(elem);
    Node[] parts = new Node[a.elems().size()];
    int[] offs = new int[parts.length];
    for (int i = 0; i < parts.length; i++) {
      parts[i] = f.exprs.value(a.elems().get(i));
      offs[i] = i * stride;
    }
    return new Build(f.size(ty), parts, offs, null, 0).owning(f, a.elems());
  }

  public static Node repeat(FnCompiler f, Expr.ArrayRepeat a, Ty ty) {
    Ty.Array at = (Ty.Array) ty;
    int stride = f.size(at.elem());
    Node v = f.exprs.value(a.value());
    long n = at.len();
    return new MemNode(f.size(ty)) {
      @Override
      public void evalInto(Machine m, int fp, int dst) {
        if (n == 0) return;
        v.evalInto(m, fp, dst);
        for (long i = 1; i < n; i++) m.mem.copy(dst, (int) (dst + i * stride), stride);
      }
    };
  }

  public static Node structLit(FnCompiler f, Expr.StructLit s, Ty ty) {
    Res.Variant v = (Res.Variant) f.t.res[s.id()];
    Ty.Adt adt = (Ty.Adt) ty;
    AdtDef.VariantDef vd = adt.def().variants.get(v.variant());
    Layout l = f.layout(adt);
    int[] offsets = adt.def().isEnum ? l.variantOffsets[v.variant()] : l.offsets;
    Node[] parts = new Node[vd.fields().size()];
    int[] offs = new int[parts.length];
    int n = 0;
    List<Expr> values = new java.util.ArrayList<>();
    for (Expr.FieldInit fi : s.fields()) {
      values.add(fi.value());
      int i = vd.fieldIndex(fi.name());
      parts[n] = f.exprs.value(fi.value());
      offs[n++] = offsets[i];
    }
    if (s.base() != null) return update(f, s, adt, vd, l, java.util.Arrays.copyOf(parts, n), java.util.Arrays.copyOf(offs, n));
    return new Build(l.size, java.util.Arrays.copyOf(parts, n), java.util.Arrays.copyOf(offs, n),
        adt.def().isEnum ? new EnumAccess(l) : null, v.variant()).owning(f, values);
  }

  /**
   * Functional update {@code S { a, ..base }}: only the fields not named are taken from base. From a
   * local, each is moved (or copied) out as a field access would be, so base keeps and later drops
   * the fields it still owns. Another base is built in a scratch slot whose named fields, which the
   * new value does not take, are dropped at once.
   */
  private static Node update(FnCompiler f, Expr.StructLit s, Ty.Adt adt, AdtDef.VariantDef vd, Layout l,
      Node[] named, int[] namedOffs) {
    java.util.Set<Integer> given = new java.util.HashSet<>();
    for (Expr.FieldInit fi : s.fields()) given.add(vd.fieldIndex(fi.name()));
    List<Ty> fts = Layouts.fieldTypes(adt, vd);
    int rest = fts.size() - given.size();
    Node[] all = new Node[rest + named.length];
    int[] allOffs = new int[all.length];
    rustle.check.LocalVar baseLocal = s.base() instanceof Expr.PathExpr p && f.t.res[p.id()] instanceof Res.Local rl
        ? rl.var() : null;
    int k = 0;
    if (baseLocal != null && !f.isCaptured(baseLocal)) {
      Place bp = f.localPlace(baseLocal);
      for (int i = 0; i < fts.size(); i++) {
        if (given.contains(i)) continue;
        Ty ft = f.sub(fts.get(i));
        Place fp = Places.field(bp, l.offsets[i]);
        int moved = rustle.check.CopyRules.isCopy(ft) || f.c.drops.of(ft) == null ? 0
            : f.places.movedFlag(baseLocal, adt, i);
        all[k] = moved != 0 ? new Loads.MoveField(fp, f.size(ft), moved, Rep.of(ft) == Rep.INT ? Kind.of(ft) : null)
            : new Loads.Copy(fp, f.size(ft), 0);
        allOffs[k++] = l.offsets[i];
      }
      System.arraycopy(named, 0, all, k, named.length);
      System.arraycopy(namedOffs, 0, allOffs, k, named.length);
      return new Build(l.size, all, allOffs, null, 0);
    }
    Node base = f.exprs.value(s.base());
    int tmp = f.temp(adt);
    List<Integer> restIdx = new java.util.ArrayList<>();
    List<Dropper> namedDrops = new java.util.ArrayList<>();
    List<Integer> namedDropOffs = new java.util.ArrayList<>();
    for (int i = 0; i < fts.size(); i++) {
      if (!given.contains(i)) {
        restIdx.add(i);
      } else if (f.c.drops.of(f.sub(fts.get(i))) != null) {
        namedDrops.add(f.c.drops.of(f.sub(fts.get(i))));
        namedDropOffs.add(l.offsets[i]);
      }
    }
    int[] sizes = new int[fts.size()];
    for (int i = 0; i < sizes.length; i++) sizes[i] = f.size(f.sub(fts.get(i)));
    return new MemNode(l.size) {
      @Override
      public void evalInto(Machine m, int fp, int dst) {
        for (int i = 0; i < named.length; i++) named[i].evalInto(m, fp, dst + namedOffs[i]);
        base.evalInto(m, fp, fp + tmp);
        for (int i : restIdx) m.mem.copy(fp + tmp + l.offsets[i], dst + l.offsets[i], sizes[i]);
        for (int i = 0; i < namedDrops.size(); i++) namedDrops.get(i).drop(m, fp + tmp + namedDropOffs.get(i));
      }
    };
  }

  public static Node unitVariant(FnCompiler f, Ty.Adt adt, int variant) {
    Layout l = f.layout(adt);
    return new Build(l.size, new Node[0], new int[0], adt.def().isEnum ? new EnumAccess(l) : null, variant);
  }

  /** {@code Variant(a, b)} or {@code TupleStruct(a, b)}. */
  public static Node ctor(FnCompiler f, Ty.Adt adt, int variant, List<Expr> args) {
    Layout l = f.layout(adt);
    int[] offsets = adt.def().isEnum ? l.variantOffsets[variant] : l.offsets;
    Node[] parts = new Node[args.size()];
    for (int i = 0; i < parts.length; i++) parts[i] = f.exprs.value(args.get(i));
    return new Build(l.size, parts, java.util.Arrays.copyOf(offsets, parts.length),
        adt.def().isEnum ? new EnumAccess(l) : null, variant).owning(f, args);
  }

  public static Node range(FnCompiler f, Expr.Range r, Ty ty) {
    Ty.Adt adt = (Ty.Adt) ty;
    Layout l = f.layout(adt);
    List<Ty> fts = Layouts.fieldTypes(adt, adt.def().variants.get(0));
    int n = (r.lo() != null ? 1 : 0) + (r.hi() != null ? 1 : 0);
    Node[] parts = new Node[n + (adt.def().name.equals("RangeInclusive") ? 1 : 0)];
    int[] offs = new int[parts.length];
    int i = 0;
    if (r.lo() != null) {
      parts[i] = f.exprs.value(r.lo());
      offs[i++] = l.offsets[0];
    }
    if (r.hi() != null) {
      parts[i] = f.exprs.value(r.hi());
      offs[i++] = l.offsets[r.lo() != null ? 1 : 0];
    }
    if (i < parts.length) {
      parts[i] = new Loads.ConstInt(0, Kind.U8);
      offs[i] = l.offsets[2];
    }
    return new Build(l.size, parts, offs, null, 0);
  }
}
