package rustle.interp;

import java.util.List;
import rustle.ast.Expr;
import rustle.check.Res;
import rustle.types.AdtDef;
import rustle.types.Layout;
import rustle.types.Layouts;
import rustle.types.Ty;

/** Building tuples, arrays, structs and enum variants in place at their destination. */
final class Aggregates {
  private Aggregates() {}

  /** Writes each part at dst + its offset. */
  static final class Build extends MemNode {
    final Node[] parts;
    final int[] offs;
    final EnumAccess tag;
    final int variant;

    Build(int size, Node[] parts, int[] offs, EnumAccess tag, int variant) {
      super(size);
      this.parts = parts;
      this.offs = offs;
      this.tag = tag;
      this.variant = variant;
    }

    @Override
    void evalInto(Machine m, int fp, int dst) {
      for (int i = 0; i < parts.length; i++) parts[i].evalInto(m, fp, dst + offs[i]);
      if (tag != null) tag.setVariant(m.mem, dst, variant);
    }
  }

  static Node tuple(FnCompiler f, Expr.Tuple t, Ty ty) {
    if (t.elems().isEmpty()) return new Loads.Unit(null);
    Layout l = f.layout(ty);
    Node[] parts = new Node[t.elems().size()];
    for (int i = 0; i < parts.length; i++) parts[i] = f.exprs.value(t.elems().get(i));
    return new Build(l.size, parts, l.offsets, null, 0);
  }

  static Node array(FnCompiler f, Expr.Array a, Ty ty) {
    Ty elem = ((Ty.Array) ty).elem();
    int stride = f.size(elem);
    Node[] parts = new Node[a.elems().size()];
    int[] offs = new int[parts.length];
    for (int i = 0; i < parts.length; i++) {
      parts[i] = f.exprs.value(a.elems().get(i));
      offs[i] = i * stride;
    }
    return new Build(f.size(ty), parts, offs, null, 0);
  }

  static Node repeat(FnCompiler f, Expr.ArrayRepeat a, Ty ty) {
    Ty.Array at = (Ty.Array) ty;
    int stride = f.size(at.elem());
    Node v = f.exprs.value(a.value());
    long n = at.len();
    return new MemNode(f.size(ty)) {
      @Override
      void evalInto(Machine m, int fp, int dst) {
        if (n == 0) return;
        v.evalInto(m, fp, dst);
        for (long i = 1; i < n; i++) m.mem.copy(dst, (int) (dst + i * stride), stride);
      }
    };
  }

  static Node structLit(FnCompiler f, Expr.StructLit s, Ty ty) {
    Res.Variant v = (Res.Variant) f.t.res[s.id()];
    Ty.Adt adt = (Ty.Adt) ty;
    AdtDef.VariantDef vd = adt.def().variants.get(v.variant());
    Layout l = f.layout(adt);
    int[] offsets = adt.def().isEnum ? l.variantOffsets[v.variant()] : l.offsets;
    Node[] parts = new Node[vd.fields().size()];
    int[] offs = new int[parts.length];
    int n = 0;
    for (Expr.FieldInit fi : s.fields()) {
      int i = vd.fieldIndex(fi.name());
      parts[n] = f.exprs.value(fi.value());
      offs[n++] = offsets[i];
    }
    if (s.base() != null) {
      // Functional update: copy the base, then overwrite the named fields.
      Node base = f.exprs.value(s.base());
      Node[] all = new Node[n + 1];
      int[] allOffs = new int[n + 1];
      all[0] = base;
      allOffs[0] = 0;
      System.arraycopy(parts, 0, all, 1, n);
      System.arraycopy(offs, 0, allOffs, 1, n);
      return new Build(l.size, all, allOffs, null, 0);
    }
    return new Build(l.size, java.util.Arrays.copyOf(parts, n), java.util.Arrays.copyOf(offs, n),
        adt.def().isEnum ? new EnumAccess(l) : null, v.variant());
  }

  static Node unitVariant(FnCompiler f, Ty.Adt adt, int variant) {
    Layout l = f.layout(adt);
    return new Build(l.size, new Node[0], new int[0], adt.def().isEnum ? new EnumAccess(l) : null, variant);
  }

  /** {@code Variant(a, b)} or {@code TupleStruct(a, b)}. */
  static Node ctor(FnCompiler f, Ty.Adt adt, int variant, List<Expr> args) {
    Layout l = f.layout(adt);
    int[] offsets = adt.def().isEnum ? l.variantOffsets[variant] : l.offsets;
    Node[] parts = new Node[args.size()];
    for (int i = 0; i < parts.length; i++) parts[i] = f.exprs.value(args.get(i));
    return new Build(l.size, parts, java.util.Arrays.copyOf(offsets, parts.length),
        adt.def().isEnum ? new EnumAccess(l) : null, variant);
  }

  static Node range(FnCompiler f, Expr.Range r, Ty ty) {
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
