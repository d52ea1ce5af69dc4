package rustle.types;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import rustle.memory.HeapTypes;

/**
 * Computes (and caches) the layout of concrete types: the one source of sizes for frames, heap values
 * and {@code std::mem::size_of}. Layouts follow rustc 1.95's algorithm ({@link Univariant} for structs,
 * tuples and variants, {@link EnumLayouts} for enums), so sizes, field offsets and the bytes that encode
 * an enum's variant agree with rustc's.
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
          return new Layout(0, 1, new int[0]);
        case NEVER: {
          Layout l = new Layout(0, 1, new int[0]);
          l.uninhabited = true;
          return l;
        }
        case BOOL:
          return scalar(1, 0, 1);
        case CHAR:
          return scalar(4, 0, 0x10FFFF);
        default:
          return new Layout(p.size, Math.min(p.size, 16), new int[0]);
      }
    }
    if (t instanceof Ty.Ref r) return pointer(isUnsized(r.inner()));
    if (t instanceof Ty.Tuple tu) return struct(tu.elems(), tu.elems().isEmpty() ? Univariant.Kind.ALWAYS_SIZED
        : Univariant.Kind.MAYBE_UNSIZED);
    if (t instanceof Ty.Array a) {
      Layout e = of(a.elem());
      Layout l = new Layout((int) Math.min(Integer.MAX_VALUE, e.size * a.len()), e.align, new int[0]);
      // The first element's niche is the array's (rustc takes it from element 0).
      if (a.len() > 0) {
        l.largestNiche = e.largestNiche;
        l.uninhabited = e.uninhabited;
      }
      return l;
    }
    if (t instanceof Ty.Slice || t instanceof Ty.Dyn) return new Layout(0, 1, new int[0]);
    if (t instanceof Ty.Closure c) return struct(c.captures(), Univariant.Kind.ALWAYS_SIZED);
    if (t instanceof Ty.FnDef) return new Layout(0, 1, new int[0]);
    if (t instanceof Ty.FnPtr) return pointer(false);
    if (t instanceof Ty.Adt a) return adt(a);
    throw new IllegalStateException("no layout for non-concrete type " + TyPrinter.show(t));
  }

  /** A scalar of size bytes whose valid values are start..=end. */
  private static Layout scalar(int size, long start, long end) {
    Layout l = new Layout(size, size, new int[0]);
    l.largestNiche = Niche.of(0, size, start, end);
    return l;
  }

  /**
   * References, Box, fn pointers: never null, so 0 is their niche; a fat one adds a length (slices) or a
   * vtable pointer (trait objects) after it.
   */
  private static Layout pointer(boolean fat) {
    Layout l = fat ? new Layout(16, 8, new int[] {0, 8}) : new Layout(8, 8, new int[] {0});
    l.largestNiche = Niche.of(0, 8, 1, -1L);
    return l;
  }

  /** T's layout as seen through UnsafeCell: same bytes, but no free values for an enclosing enum. */
  private static Layout hideNiche(Layout t) {
    Layout l = new Layout(t.size, t.align, new int[] {0});
    l.uninhabited = t.uninhabited;
    return l;
  }

  public static boolean isUnsized(Ty t) {
    t = Infer.shallow(t);
    return t == Prim.STR || t instanceof Ty.Slice || t instanceof Ty.Dyn;
  }

  private Layout adt(Ty.Adt a) {
    switch (a.def().builtin) {
      case STRING:
      case VEC: {
        // offsets: pointer, capacity, length. The capacity is a usize below 2^63 (rustc's Cap type), the
        // niche Option<String> and Result<u32, String> use.
        Layout l = new Layout(HeapTypes.VEC_SIZE, 8, new int[] {HeapTypes.PTR, HeapTypes.CAP, HeapTypes.LEN});
        l.largestNiche = Niche.of(HeapTypes.CAP, 8, 0, Long.MAX_VALUE);
        return l;
      }
      case BOX:
        return pointer(isUnsized(a.args().get(0)));
      case RC:
      case WEAK:
        // A pointer to the RcBox (Weak::new() holds usize::MAX, still never 0).
        return pointer(false);
      case RAW_PTR:
        // A thin raw pointer may be null: no niche (Option<*const T> is 16 bytes, as in rustc).
        return new Layout(8, 8, new int[] {0});
      case REF:
      case REF_MUT: {
        // The value pointer, then the pointer to the RefCell's borrow flag; both never null.
        Layout l = new Layout(16, 8, new int[] {SmartPtrs.REF_VALUE, SmartPtrs.REF_FLAG});
        l.largestNiche = Niche.of(0, 8, 1, -1L);
        return l;
      }
      case REF_CELL:
        // { borrow: Cell<isize>, value: UnsafeCell<T> }: UnsafeCell hides T's niche, and T: ?Sized keeps
        // the value last (rustc does not reorder a maybe-unsized last field), so the flag is always first.
        return Univariant.of(new Layout[] {of(Prim.ISIZE), hideNiche(of(a.args().get(0)))},
            Univariant.Kind.MAYBE_UNSIZED, 0, 1);
      case CELL:
        return hideNiche(of(a.args().get(0)));
      case HASH_MAP:
      case HASH_SET:
        return HashTables.headerLayout();
      default:
        break;
    }
    AdtDef def = a.def();
    if (!def.isEnum) return struct(fieldTypes(a, def.variants.get(0)), Univariant.Kind.ALWAYS_SIZED);
    int nv = def.variants.size();
    Layout[][] variants = new Layout[nv][];
    long[] discs = new long[nv];
    for (int v = 0; v < nv; v++) {
      discs[v] = def.variants.get(v).discriminant();
      variants[v] = fieldLayouts(fieldTypes(a, def.variants.get(v)));
    }
    return EnumLayouts.of(variants, discs);
  }

  /** Field types of one variant with the ADT's arguments substituted. */
  public static List<Ty> fieldTypes(Ty.Adt a, AdtDef.VariantDef v) {
    List<Ty> out = new ArrayList<>(v.fields().size());
    for (AdtDef.FieldDef f : v.fields()) out.add(Subst.apply(f.ty(), a.args()));
    return out;
  }

  private Layout[] fieldLayouts(List<Ty> fields) {
    Layout[] ls = new Layout[fields.size()];
    for (int i = 0; i < ls.length; i++) ls[i] = of(fields.get(i));
    return ls;
  }

  private Layout struct(List<Ty> fields, Univariant.Kind kind) {
    return Univariant.of(fieldLayouts(fields), kind, 0, 1);
  }
}
