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
    if (t instanceof Ty.Tuple tu) return struct(tu.elems());
    if (t instanceof Ty.Array a) {
      Layout e = of(a.elem());
      return new Layout((int) Math.min(Integer.MAX_VALUE, e.size * a.len()), e.align, new int[0]);
    }
    if (t instanceof Ty.Slice) return new Layout(0, 1, new int[0]);
    if (t instanceof Ty.FnDef || t instanceof Ty.Closure) return new Layout(0, 1, new int[0]);
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
    int n = fields.size();
    Integer[] order = new Integer[n];
    Layout[] ls = new Layout[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
      ls[i] = of(fields.get(i));
    }
    Arrays.sort(order, (x, y) -> Integer.compare(ls[y].align, ls[x].align));
    int[] offsets = new int[n];
    int off = 0;
    int align = 1;
    for (int i : order) {
      off = Layout.alignUp(off, ls[i].align);
      offsets[i] = off;
      off += ls[i].size;
      align = Math.max(align, ls[i].align);
    }
    return new Layout(Layout.alignUp(off, align), align, offsets);
  }

  private Layout enumLayout(Ty.Adt a) {
    AdtDef def = a.def();
    int nv = def.variants.size();
    long[] discs = new long[nv];
    for (int v = 0; v < nv; v++) discs[v] = def.variants.get(v).discriminant();
    if (nv == 0) return new Layout(0, 1, new int[0], new int[0][], -1, 0, false, 0, -1, -1, discs);
    // Niche: one variant with data, all others unit, and a forbidden value inside the data.
    int dataVariant = -1;
    int dataCount = 0;
    for (int v = 0; v < nv; v++) {
      if (!def.variants.get(v).fields().isEmpty()) {
        dataCount++;
        dataVariant = v;
      }
    }
    if (nv == 2 && dataCount == 1) {
      List<Ty> fs = fieldTypes(a, def.variants.get(dataVariant));
      Layout s = struct(fs);
      int[] nicheAt = findNiche(fs, s);
      if (nicheAt != null) {
        int[][] vo = new int[2][];
        vo[dataVariant] = s.offsets;
        vo[1 - dataVariant] = new int[0];
        return new Layout(s.size, s.align, new int[0], vo, nicheAt[0], nicheAt[1], true,
            nicheAt[2], 1 - dataVariant, dataVariant, discs);
      }
    }
    long max = 0;
    long min = 0;
    for (long d : discs) {
      max = Math.max(max, d);
      min = Math.min(min, d);
    }
    int tagSize = (min >= -128 && max <= 255) ? 1 : (min >= -32768 && max <= 65535) ? 2 : 4;
    int[][] vo = new int[nv][];
    int size = tagSize;
    int align = tagSize;
    for (int v = 0; v < nv; v++) {
      List<Ty> fs = fieldTypes(a, def.variants.get(v));
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
    return new Layout(Layout.alignUp(size, align), align, new int[0], vo, 0, tagSize, false, 0, -1, -1, discs);
  }

  /** {offset, size, invalid value} of a niche inside the fields, or null. */
  private int[] findNiche(List<Ty> fields, Layout s) {
    for (int i = 0; i < fields.size(); i++) {
      int[] n = nicheOf(fields.get(i));
      if (n != null) return new int[] {s.offsets[i] + n[0], n[1], n[2]};
    }
    return null;
  }

  private int[] nicheOf(Ty t) {
    t = Infer.shallow(t);
    if (t == Prim.BOOL) return new int[] {0, 1, 2};
    if (t == Prim.CHAR) return new int[] {0, 4, 0x110000};
    if (t instanceof Ty.Ref) return new int[] {0, 8, 0};
    if (t instanceof Ty.FnPtr) return new int[] {0, 8, 0};
    if (t instanceof Ty.Adt a) {
      switch (a.def().builtin) {
        case STRING:
        case VEC:
        case BOX:
          return new int[] {0, 8, 0};
        default:
          break;
      }
      if (!a.def().isEnum) {
        List<Ty> fs = fieldTypes(a, a.def().variants.get(0));
        return findNiche(fs, of(a));
      }
    }
    if (t instanceof Ty.Tuple tu) return findNiche(tu.elems(), of(tu));
    return null;
  }
}
