package rustle.types;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Computes (and caches) the layout of concrete types: the one source of sizes for frames, heap values
 * and {@code std::mem::size_of}. Struct and tuple fields are reordered by decreasing alignment as rustc
 * does, so sizes agree with rustc's.
 */
public final class Layouts {
  private final Map<Ty, Layout> cache = new HashMap<>();

  public Layout of(Ty t) {
    t = Infer.shallow(t);
    Layout l = cache.get(t);
    if (l == null) {
      l = compute(t);
      cache.put(t, l);
    }
    return l;
  }

  public int size(Ty t) {
    return of(t).size;
  }

  private Layout compute(Ty t) {
    Layout l = compute0(t);
    long[] sa = scalarAvail(Infer.shallow(t));
    if (sa != null && l.availOffset < 0) {
      l.availOffset = 0;
      l.availSize = (int) sa[0];
      l.availStart = sa[1];
      l.availCount = sa[2];
    }
    return l;
  }

  private Layout compute0(Ty t) {
    if (t instanceof Prim p) {
      switch (p) {
        case STR:
        case NEVER:
          return new Layout(0, 1, new int[0]);
        default:
          return new Layout(p.size, Math.min(p.size, 16), new int[0]);
      }
    }
    if (t instanceof Ty.Ref r) {
      return isUnsized(r.inner()) ? new Layout(16, 8, new int[] {0, 8}) : new Layout(8, 8, new int[] {0});
    }
    if (t instanceof Ty.Tuple tu) return struct(tu.elems(), true);
    if (t instanceof Ty.Array a) {
      Layout e = of(a.elem());
      Layout l = new Layout((int) Math.min(Integer.MAX_VALUE, e.size * a.len()), e.align, new int[0]);
      if (a.len() > 0) copyAvail(e, l, 0);
      return l;
    }
    if (t instanceof Ty.Slice) return new Layout(0, 1, new int[0]);
    if (t instanceof Ty.Closure c) return struct(c.captures());
    if (t instanceof Ty.FnDef) return new Layout(0, 1, new int[0]);
    if (t instanceof Ty.FnPtr) return new Layout(8, 8, new int[] {0});
    if (t instanceof Ty.Adt a) return adt(a);
    throw new IllegalStateException("no layout for non-concrete type " + TyPrinter.show(t));
  }

  public static boolean isUnsized(Ty t) {
    t = Infer.shallow(t);
    return t == Prim.STR || t instanceof Ty.Slice;
  }

  private Layout adt(Ty.Adt a) {
    switch (a.def().builtin) {
      case STRING:
      case VEC:
        return new Layout(24, 8, new int[] {0, 8, 16});
      case BOX:
        return isUnsized(a.args().get(0)) ? new Layout(16, 8, new int[] {0, 8}) : new Layout(8, 8, new int[] {0});
      default:
        break;
    }
    if (!a.def().isEnum) {
      return struct(fieldTypes(a, a.def().variants.get(0)));
    }
    return enumLayout(a);
  }

  /** Field types of one variant with the ADT's arguments substituted. */
  public static List<Ty> fieldTypes(Ty.Adt a, AdtDef.VariantDef v) {
    List<Ty> out = new ArrayList<>(v.fields().size());
    for (AdtDef.FieldDef f : v.fields()) out.add(Subst.apply(f.ty(), a.args()));
    return out;
  }

  private Layout struct(List<Ty> fields) {
    return struct(fields, false);
  }

  /**
   * Lays out fields by decreasing alignment. A tuple may end in an unsized type, so rustc keeps its last
   * field last and reorders only the others (keepLast).
   */
  private Layout struct(List<Ty> fields, boolean keepLast) {
    int n = fields.size();
    Integer[] order = new Integer[n];
    Layout[] ls = new Layout[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
      ls[i] = of(fields.get(i));
    }
    Arrays.sort(order, 0, keepLast && n > 0 ? n - 1 : n, (x, y) -> Integer.compare(ls[y].align, ls[x].align));
    int[] offsets = new int[n];
    int off = 0;
    int align = 1;
    for (int i : order) {
      off = Layout.alignUp(off, ls[i].align);
      offsets[i] = off;
      off += ls[i].size;
      align = Math.max(align, ls[i].align);
    }
    Layout l = new Layout(Layout.alignUp(off, align), align, offsets);
    for (int i = 0; i < n; i++) {
      Layout fl = ls[i];
      if (fl.availOffset >= 0 && fl.availCount > l.availCount) copyAvail(fl, l, offsets[i]);
    }
    return l;
  }

  private Layout enumLayout(Ty.Adt a) {
    AdtDef def = a.def();
    int nv = def.variants.size();
    long[] discs = new long[nv];
    for (int v = 0; v < nv; v++) discs[v] = def.variants.get(v).discriminant();
    if (nv == 0) return new Layout(0, 1, new int[0], new int[0][], -1, 0, false, 0, null, -1, discs);
    List<List<Ty>> fields = new ArrayList<>();
    int dataVariant = -1;
    int dataCount = 0;
    for (int v = 0; v < nv; v++) {
      List<Ty> fs = fieldTypes(a, def.variants.get(v));
      fields.add(fs);
      int sz = 0;
      for (Ty f : fs) sz += of(f).size;
      if (sz > 0) {
        dataCount++;
        dataVariant = v;
      }
    }
    boolean explicitDiscs = false;
    for (int v = 0; v < nv; v++) if (discs[v] != v) explicitDiscs = true;
    // One variant and no explicit discriminant: no tag at all, just the variant's fields.
    if (nv == 1 && !explicitDiscs) {
      Layout s = struct(fields.get(0));
      int[][] vo = {s.offsets};
      Layout l = new Layout(s.size, s.align, new int[0], vo, 0, 0, false, 0, null, -1, discs);
      copyAvail(s, l, 0);
      return l;
    }
    // Niche: one variant with data, the others empty, and enough values the data can never hold.
    if (dataCount == 1 && !explicitDiscs) {
      Layout s = struct(fields.get(dataVariant));
      if (s.availOffset >= 0 && s.availCount >= nv - 1) {
        int[] others = new int[nv - 1];
        int k = 0;
        int[][] vo = new int[nv][];
        for (int v = 0; v < nv; v++) {
          if (v == dataVariant) {
            vo[v] = s.offsets;
          } else {
            others[k++] = v;
            vo[v] = new int[fields.get(v).size()];
          }
        }
        Layout l = new Layout(s.size, s.align, new int[0], vo, s.availOffset, s.availSize, true, s.availStart,
            others, dataVariant, discs);
        l.availOffset = s.availOffset;
        l.availSize = s.availSize;
        l.availStart = s.availStart + (nv - 1);
        l.availCount = s.availCount - (nv - 1);
        return l;
      }
    }
    long max = 0;
    long min = 0;
    for (long d : discs) {
      max = Math.max(max, d);
      min = Math.min(min, d);
    }
    int tagSize;
    if (min < 0) {
      tagSize = (min >= -128 && max <= 127) ? 1 : (min >= -32768 && max <= 32767) ? 2 : 4;
    } else {
      tagSize = max <= 255 ? 1 : max <= 65535 ? 2 : 4;
    }
    int[][] vo = new int[nv][];
    int size = tagSize;
    int align = tagSize;
    for (int v = 0; v < nv; v++) {
      List<Ty> fs = fields.get(v);
      int n = fs.size();
      Integer[] order = new Integer[n];
      Layout[] ls = new Layout[n];
      for (int i = 0; i < n; i++) {
        order[i] = i;
        ls[i] = of(fs.get(i));
      }
      // rustc places small fields first in variants so they can share the tag's padding.
      Arrays.sort(order, (x, y) -> Integer.compare(ls[x].align, ls[y].align));
      int off = tagSize;
      int[] offs = new int[n];
      for (int i : order) {
        off = Layout.alignUp(off, ls[i].align);
        offs[i] = off;
        off += ls[i].size;
        align = Math.max(align, ls[i].align);
      }
      vo[v] = offs;
      size = Math.max(size, off);
    }
    Layout l = new Layout(Layout.alignUp(size, align), align, new int[0], vo, 0, tagSize, false, 0, null, -1, discs);
    if (min >= 0 && !explicitDiscs) {
      // Tag values past the last discriminant are never used: an enclosing enum may use them.
      l.availOffset = 0;
      l.availSize = tagSize;
      l.availStart = nv;
      l.availCount = (1L << (8 * tagSize)) - nv;
    }
    return l;
  }

  /** Copies a component's unused values into l, offset by where the component sits. */
  private static void copyAvail(Layout from, Layout l, int at) {
    if (from.availOffset < 0) return;
    l.availOffset = at + from.availOffset;
    l.availSize = from.availSize;
    l.availStart = from.availStart;
    l.availCount = from.availCount;
  }

  /** The unused values of a scalar type, or null. */
  private static long[] scalarAvail(Ty t) {
    if (t == Prim.BOOL) return new long[] {1, 2, 254};
    if (t == Prim.CHAR) return new long[] {4, 0x110000, 0xFFFFFFFFL - 0x110000 + 1};
    if (t instanceof Ty.Ref || t instanceof Ty.FnPtr) return new long[] {8, 0, 1};
    if (t instanceof Ty.Adt a && (a.def().builtin == AdtDef.Builtin.BOX || a.def().builtin == AdtDef.Builtin.STRING
        || a.def().builtin == AdtDef.Builtin.VEC)) {
      return new long[] {8, 0, 1};
    }
    return null;
}
}
