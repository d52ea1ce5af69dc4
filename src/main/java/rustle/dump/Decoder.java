package rustle.dump;

import java.nio.charset.StandardCharsets;
import java.util.List;
import rustle.fmt.Fmt;
import rustle.fmt.FormatSpec;
import rustle.memory.HeapTypes;
import rustle.memory.Memory;
import rustle.types.AdtDef;
import rustle.types.Infer;
import rustle.types.Layout;
import rustle.types.Layouts;
import rustle.types.Prim;
import rustle.types.Ty;
import rustle.types.TyPrinter;

/**
 * Reads values of known types out of the simulated memory: their Rust Debug notation, and a walk
 * over the pointers they hold (borrowed references, and the heap blocks owned by String, Vec, Box and Rc),
 * each reached by a place path such as {@code v[2]} or {@code (*b).name}.
 */
final class Decoder {
  /** Told about each pointer a walked value holds. */
  interface Walker {
    /** A reference or raw pointer stored at from (len is the element count of a fat pointer, or -1). */
    void ref(int from, int to, String path, Ty pointee, long len);

    /**
     * A heap pointer owned by a String, Vec, Box or Rc header at header (its ptr field at from); whether
     * it is the block's first owner found (an Rc's block is walked once, from its first owner).
     */
    boolean owned(int from, int to, String path, Ty owner, int header);

    /** A Weak at from (of type owner) that keeps the Rc block at to allocated without owning its value. */
    default void weak(int from, int to, String path, Ty owner) {}
  }

  private static final int MAX_ELEMS = 16;
  private static final int MAX_DEPTH = 6;
  /**
   * How deep the walk for pointers goes: deeper than a Debug summary, so that the blocks of a list of
   * a dozen Box or Rc nodes still find their owners (an Rc's block is walked once, so cycles end).
   */
  private static final int MAX_WALK_DEPTH = 40;
  final Memory mem;
  final Layouts layouts;

  /** The concrete type behind each vtable address (trait objects); empty when the program has none. */
  java.util.Map<Integer, Ty> vtableTypes = java.util.Map.of();

  Decoder(Memory mem, Layouts layouts) {
    this.mem = mem;
    this.layouts = layouts;
  }

  /** The concrete type of the trait object whose fat pointer is at a, or null when unknown. */
  Ty dynType(int a) {
    return vtableTypes.get((int) mem.getLong(a + 8));
  }

  static Ty adtArg(Ty t) {
    return ((Ty.Adt) t).args().get(0);
  }

  static AdtDef.Builtin builtin(Ty t) {
    return t instanceof Ty.Adt a ? a.def().builtin : null;
  }

  /** The value at addr in Rust's Debug notation ({@code <unreadable>} past the mapped memory). */
  String show(Ty ty, int addr) {
    StringBuilder sb = new StringBuilder();
    try {
      show(sb, Infer.shallow(ty), addr, 0);
    } catch (RuntimeException e) {
      sb.append("<unreadable>");
    }
    return sb.toString();
  }

  void show(StringBuilder sb, Ty t, int a, int depth) {
    if (depth > MAX_DEPTH) {
      sb.append("..");
      return;
    }
    if (t instanceof Prim p) {
      prim(sb, p, a);
    } else if (t instanceof Ty.Ref r) {
      Ty in = Infer.shallow(r.inner());
      if (in == Prim.STR) {
        Fmt.debugStr(sb, utf8((int) mem.getLong(a), mem.getLong(a + 8)));
      } else if (in instanceof Ty.Slice s) {
        seq(sb, s.elem(), (int) mem.getLong(a), mem.getLong(a + 8), depth);
      } else if (in instanceof Ty.Dyn && dynType(a) != null) {
        sb.append(String.format("0x%08x (%s)", (int) mem.getLong(a), TyPrinter.show(dynType(a))));
      } else {
        sb.append(String.format("0x%08x", (int) mem.getLong(a)));
      }
    } else if (t instanceof Ty.Tuple tu) {
      Layout l = layouts.of(t);
      sb.append('(');
      for (int i = 0; i < tu.elems().size(); i++) {
        if (i > 0) sb.append(", ");
        show(sb, Infer.shallow(tu.elems().get(i)), a + l.offsets[i], depth + 1);
      }
      sb.append(tu.elems().size() == 1 ? ",)" : ")");
    } else if (t instanceof Ty.Array ar) {
      seq(sb, ar.elem(), a, ar.len(), depth);
    } else if (rustle.types.RawPtrs.is(t)) {
      sb.append(String.format("0x%08x", (int) mem.getLong(a)));
    } else if (t instanceof Ty.Adt ad) {
      adt(sb, ad, a, depth);
    } else if (t instanceof Ty.Closure) {
      sb.append("{closure}");
    } else if (t instanceof Ty.FnPtr) {
      sb.append(String.format("fn@0x%08x", (int) mem.getLong(a)));
    } else {
      sb.append("?");
    }
  }

  private void prim(StringBuilder sb, Prim p, int a) {
    switch (p) {
      case BOOL -> sb.append(mem.getByte(a) != 0);
      case CHAR -> Fmt.debugChar(sb, mem.getInt(a));
      case F32 -> Fmt.formatFloat(sb, mem.getFloat(a), true, FormatSpec.DEBUG, -1, -1);
      case F64 -> Fmt.formatFloat(sb, mem.getDouble(a), false, FormatSpec.DEBUG, -1, -1);
      case I128, U128 -> sb.append(new java.math.BigInteger(1, reversed(a, 16))
          .subtract(p.signed && mem.getByte(a + 15) < 0 ? java.math.BigInteger.ONE.shiftLeft(128)
              : java.math.BigInteger.ZERO));
      case STR, NEVER -> sb.append("?");
      default -> {
        long v = p.signed ? mem.getSigned(a, p.size) : mem.getUnsigned(a, p.size);
        sb.append(p.signed || p.size < 8 ? Long.toString(v) : Long.toUnsignedString(v));
      }
    }
  }

  private byte[] reversed(int a, int n) {
    byte[] b = new byte[n];
    for (int i = 0; i < n; i++) b[n - 1 - i] = mem.getByte(a + i);
    return b;
  }

  private void seq(StringBuilder sb, Ty elem, int a, long len, int depth) {
    Ty e = Infer.shallow(elem);
    int stride = layouts.size(e);
    sb.append('[');
    for (long i = 0; i < len; i++) {
      if (i > 0) sb.append(", ");
      if (i == MAX_ELEMS) {
        sb.append("..");
        break;
      }
      show(sb, e, a + (int) i * stride, depth + 1);
    }
    sb.append(']');
  }

  String utf8(int ptr, long len) {
    if (len <= 0) return "";
    return new String(mem.read(ptr, (int) Math.min(len, 1 << 20)), StandardCharsets.UTF_8);
  }

  private void adt(StringBuilder sb, Ty.Adt ad, int a, int depth) {
    if (Deques.is(ad)) {
      Deques.show(this, sb, ad, a, depth, MAX_ELEMS);
      return;
    }
    if (Deques.isBTree(ad)) {
      Deques.showBTree(this, sb, ad, a, depth, MAX_ELEMS);
      return;
    }
    if (Smart.handles(ad.def().builtin)) {
      Smart.show(this, sb, ad, a, depth);
      return;
    }
    switch (ad.def().builtin) {
      case STRING -> {
        Fmt.debugStr(sb, utf8(HeapTypes.ptr(mem, a), HeapTypes.len(mem, a)));
        return;
      }
      case VEC -> {
        seq(sb, adtArg(ad), HeapTypes.ptr(mem, a), HeapTypes.len(mem, a), depth);
        return;
      }
      case BOX -> {
        Ty in = Infer.shallow(adtArg(ad));
        if (in instanceof Ty.Dyn) in = dynType(a) == null ? in : dynType(a);
        show(sb, in, (int) mem.getLong(a), depth + 1);
        return;
      }
      case HASH_MAP, HASH_SET -> {
        table(sb, ad, a, depth);
        return;
      }
      default -> { }
    }
    Layout l = layouts.of(ad);
    int v = ad.def().isEnum ? variant(l, a) : 0;
    if (v < 0) {
      sb.append("<invalid discriminant>");
      return;
    }
    AdtDef.VariantDef vd = ad.def().variants.get(v);
    int[] offs = ad.def().isEnum ? l.variantOffsets[v] : l.offsets;
    List<Ty> fts = Layouts.fieldTypes(ad, vd);
    sb.append(ad.def().isEnum ? vd.name() : ad.def().name);
    if (fts.isEmpty()) return;
    boolean named = vd.kind() == rustle.ast.Item.StructKind.NAMED;
    sb.append(named ? " { " : "(");
    for (int i = 0; i < fts.size(); i++) {
      if (i > 0) sb.append(", ");
      if (named) sb.append(vd.fields().get(i).name()).append(": ");
      show(sb, Infer.shallow(fts.get(i)), a + offs[i], depth + 1);
    }
    sb.append(named ? " }" : ")");
  }

  /** A map's {@code {k: v, ..}} or a set's {@code {k, ..}}, in bucket order, as std's Debug prints them. */
  private void table(StringBuilder sb, Ty.Adt ad, int a, int depth) {
    Tables t = Tables.of(this, ad, a);
    sb.append('{');
    int n = 0;
    for (long i = 0; i < t.buckets(); i++) {
      if (!t.full(i)) continue;
      if (n > 0) sb.append(", ");
      if (n++ == MAX_ELEMS) {
        sb.append("..");
        break;
      }
      show(sb, t.key(), t.bucket(i) + t.keyOff(), depth + 1);
      if (t.map()) {
        sb.append(": ");
        show(sb, t.value(), t.bucket(i) + t.valOff(), depth + 1);
      }
    }
    sb.append('}');
  }

  /** The variant index an enum value at a holds, from its tag or niche; -1 if none matches. */
  int variant(Layout l, int a) {
    if (l.tagSize == 0) return l.dataVariant >= 0 ? l.dataVariant : 0;
    long raw = mem.getUnsigned(a + l.tagOffset, l.tagSize);
    if (l.niche) {
      long k = raw - l.nicheStart;
      if (l.tagSize < 8) k &= (1L << (8 * l.tagSize)) - 1;
      return k >= 0 && k < l.nicheVariants.length ? l.nicheVariants[(int) k] : l.dataVariant;
    }
    long mask = l.tagSize >= 8 ? -1L : (1L << (8 * l.tagSize)) - 1;
    for (int i = 0; i < l.discriminants.length; i++) {
      if ((l.discriminants[i] & mask) == raw) return i;
    }
    return -1;
  }

  /** Walks the value at addr, reporting the pointers it holds; owned heap contents are walked too. */
  void walk(Ty ty, int a, String path, Walker w, int depth) {
    Ty t = Infer.shallow(ty);
    if (depth > MAX_WALK_DEPTH) return;
    if (t instanceof Ty.Ref r) {
      Ty in = Infer.shallow(r.inner());
      boolean fat = Layouts.isUnsized(in);
      w.ref(a, (int) mem.getLong(a), path, in, fat ? mem.getLong(a + 8) : -1);
    } else if (t instanceof Ty.Tuple tu) {
      Layout l = layouts.of(t);
      for (int i = 0; i < tu.elems().size(); i++) walk(tu.elems().get(i), a + l.offsets[i], path + "." + i, w, depth + 1);
    } else if (t instanceof Ty.Array ar) {
      int stride = layouts.size(ar.elem());
      for (int i = 0; i < Math.min(ar.len(), 256); i++) walk(ar.elem(), a + i * stride, path + "[" + i + "]", w, depth + 1);
    } else if (rustle.types.RawPtrs.is(t)) {
      // A raw pointer is resolved like a reference (it may also be null or dangling).
      w.ref(a, (int) mem.getLong(a), path, Infer.shallow(rustle.types.RawPtrs.pointee(t)), -1);
    } else if (t instanceof Ty.Adt ad) {
      walkAdt(ad, a, path, w, depth);
    }
  }

  private void walkAdt(Ty.Adt ad, int a, String path, Walker w, int depth) {
    if (Deques.is(ad)) {
      Deques.walk(this, ad, a, path, w, depth);
      return;
    }
    if (Smart.handles(ad.def().builtin)) {
      Smart.walk(this, ad, a, path, w, depth);
      return;
    }
    switch (ad.def().builtin) {
      case STRING -> {
        if (HeapTypes.cap(mem, a) != 0) w.owned(a + HeapTypes.PTR, HeapTypes.ptr(mem, a), path, ad, a);
        return;
      }
      case VEC -> {
        Ty e = Infer.shallow(adtArg(ad));
        int stride = layouts.size(e);
        if (HeapTypes.cap(mem, a) == 0 || stride == 0) return;
        int p = HeapTypes.ptr(mem, a);
        w.owned(a + HeapTypes.PTR, p, path, ad, a);
        long len = Math.min(HeapTypes.len(mem, a), 256);
        for (int i = 0; i < len; i++) walk(e, p + i * stride, path + "[" + i + "]", w, depth + 1);
        return;
      }
      case HASH_MAP, HASH_SET -> {
        // The block is owned through the control-byte pointer, which points into its middle.
        Tables t = Tables.of(this, ad, a);
        if (t.block() < 0) return;
        w.owned(a, t.block(), path, ad, a);
        for (long i = 0; i < Math.min(t.buckets(), 256); i++) {
          if (!t.full(i)) continue;
          walk(t.key(), t.bucket(i) + t.keyOff(), path + ".bucket(" + i + ").0", w, depth + 1);
          if (t.map()) walk(t.value(), t.bucket(i) + t.valOff(), path + ".bucket(" + i + ").1", w, depth + 1);
        }
        return;
      }
      case BOX -> {
        Ty e = Infer.shallow(adtArg(ad));
        if (e instanceof Ty.Dyn && dynType(a) != null) {
          // A Box<dyn Trait> owns a block of its concrete type, which the vtable names.
          e = dynType(a);
          ad = new Ty.Adt(ad.def(), java.util.List.of(e));
        }
        if (layouts.size(e) == 0 || Layouts.isUnsized(e)) return;
        int p = (int) mem.getLong(a);
        w.owned(a, p, path, ad, a);
        walk(e, p, "(*" + path + ")", w, depth + 1);
        return;
      }
      default -> { }
    }
    Layout l = layouts.of(ad);
    int v = ad.def().isEnum ? variant(l, a) : 0;
    if (v < 0) return;
    AdtDef.VariantDef vd = ad.def().variants.get(v);
    int[] offs = ad.def().isEnum ? l.variantOffsets[v] : l.offsets;
    List<Ty> fts = Layouts.fieldTypes(ad, vd);
    for (int i = 0; i < fts.size(); i++) {
      String f = vd.fields().get(i).name() == null ? Integer.toString(i) : vd.fields().get(i).name();
      String p = ad.def().isEnum ? "(" + path + " as " + vd.name() + ")." + f : path + "." + f;
      walk(fts.get(i), a + offs[i], p, w, depth + 1);
    }
  }
}
