package rustle.interp.drop;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import rustle.check.CopyRules;
import rustle.interp.Compiler;
import rustle.interp.nodes.EnumAccess;
import rustle.interp.observe.Observer;
import rustle.interp.rt.FnCode;
import rustle.interp.rt.Machine;
import rustle.memory.HeapTypes;
import rustle.types.Layout;
import rustle.types.Layouts;
import rustle.types.Ty;

/**
 * Builds the drop glue of each concrete type, as rustc's drop elaboration does: a user {@code Drop}
 * impl runs first, then fields in declaration order; Vec drops its elements in order, then frees its
 * buffer; Box drops its contents, then frees its block; String frees its buffer.
 */
public final class DropGlue {
  private final Compiler compiler;
  private final Layouts layouts;
  private final Map<Ty, Dropper> cache = new HashMap<>();

  public DropGlue(Compiler compiler, Layouts layouts) {
    this.compiler = compiler;
    this.layouts = layouts;
  }

  /** The dropper of t, or null when dropping t does nothing. */
  public Dropper of(Ty t) {
    if (!CopyRules.needsDrop(t)) return null;
    Dropper d = cache.get(t);
    if (d != null) return d;
    Lazy lazy = new Lazy();
    cache.put(t, lazy);
    lazy.real = build(t);
    cache.put(t, lazy.real);
    return lazy.real;
  }

  /** Breaks cycles for recursive types (a Box<Node> inside Node). */
  static final class Lazy extends Dropper {
    Dropper real;

    @Override
    public void drop(Machine m, int addr) {
      real.drop(m, addr);
    }
  }

  private Dropper build(Ty t) {
    if (t instanceof Ty.Tuple tu) return fields(tu.elems(), layouts.of(t).offsets, null);
    if (t instanceof Ty.Closure cl) return fields(ownedCaptures(cl), layouts.of(t).offsets, null);
    if (t instanceof Ty.Array a) {
      Dropper e = of(a.elem());
      int stride = layouts.size(a.elem());
      long n = a.len();
      return new Dropper() {
        @Override
        public void drop(Machine m, int addr) {
          for (long i = 0; i < n; i++) e.drop(m, (int) (addr + i * stride));
        }
      };
    }
    Ty.Adt adt = (Ty.Adt) t;
    switch (adt.def().builtin) {
      case STRING:
        return new Dropper() {
          @Override
          public void drop(Machine m, int addr) {
            m.heapTypes.freeBuffer(addr, 1);
          }
        };
      case VEC: {
        Ty elem = adt.args().get(0);
        Dropper e = of(elem);
        int size = layouts.size(elem);
        return new Dropper() {
          @Override
          public void drop(Machine m, int addr) {
            if (e != null) {
              long len = m.mem.getLong(addr + HeapTypes.LEN);
              int ptr = (int) m.mem.getLong(addr + HeapTypes.PTR);
              for (long i = 0; i < len; i++) e.drop(m, (int) (ptr + i * size));
            }
            m.heapTypes.freeBuffer(addr, size);
          }
        };
      }
      case BOX: {
        Ty inner = adt.args().get(0);
        if (rustle.types.Infer.shallow(inner) instanceof Ty.Dyn) return new DynBoxDrop(compiler.codeTable());
        Ty unsized = rustle.types.Infer.shallow(inner);
        if (unsized == rustle.types.Prim.STR || unsized instanceof Ty.Slice) {
          // Box<str> / Box<[T]> (from into_boxed_slice/str): a fat pointer to len elements.
          Ty elem = unsized instanceof Ty.Slice sl ? sl.elem() : rustle.types.Prim.U8;
          Dropper e = of(elem);
          int size = layouts.size(elem);
          return new Dropper() {
            @Override
            public void drop(Machine m, int addr) {
              int ptr = (int) m.mem.getLong(addr);
              long len = m.mem.getLong(addr + 8);
              if (e != null) for (long i = 0; i < len; i++) e.drop(m, (int) (ptr + i * size));
              m.heapTypes.boxFree(ptr, (int) (len * size));
            }
          };
        }
        return new BoxDrops.BoxDrop(of(inner), layouts.size(inner));
      }
      case RC:
      case WEAK:
      case REF:
      case REF_MUT:
      case REF_CELL:
      case CELL:
        return SmartDrops.of(this, layouts, adt);
      case HASH_MAP:
      case HASH_SET:
      case MAP_INTO_ITER:
      case SET_INTO_ITER:
        return MapDrops.of(this, layouts, adt);
      case INTO_ITER: {
        // Drops the elements not yet yielded, then frees the buffer the Vec handed over.
        Ty elem = adt.args().get(0);
        Dropper e = of(elem);
        int size = layouts.size(elem);
        int[] o = layouts.of(t).offsets;
        return new Dropper() {
          @Override
          public void drop(Machine m, int addr) {
            long p = m.mem.getLong(addr + o[2]);
            long end = m.mem.getLong(addr + o[3]);
            if (e != null) for (; p < end; p += size) e.drop(m, (int) p);
            if (m.mem.getLong(addr + o[1]) != 0 && size > 0) m.heap.free((int) m.mem.getLong(addr + o[0]));
          }
        };
      }
      case ARRAY_INTO_ITER: {
        // Drops the elements not yet moved out: indices start..end of the array it holds.
        Ty elem = adt.args().get(0);
        Dropper e = of(elem);
        if (e == null) return null;
        int size = layouts.size(elem);
        int[] o = layouts.of(t).offsets;
        return new Dropper() {
          @Override
          public void drop(Machine m, int addr) {
            long end = m.mem.getLong(addr + o[2]);
            for (long i = m.mem.getLong(addr + o[1]); i < end; i++) e.drop(m, (int) (addr + o[0] + i * size));
          }
        };
      }
      default:
        break;
    }
    FnCode userDrop = adt.def().dropFn == null ? null : compiler.code(adt.def().dropFn, adt.args());
    Layout l = layouts.of(t);
    if (!adt.def().isEnum) {
      return observed(fields(Layouts.fieldTypes(adt, adt.def().variants.get(0)), l.offsets, userDrop), userDrop);
    }
    int nv = adt.def().variants.size();
    Dropper[] perVariant = new Dropper[nv];
    for (int v = 0; v < nv; v++) {
      perVariant[v] = fields(Layouts.fieldTypes(adt, adt.def().variants.get(v)), l.variantOffsets[v], null);
    }
    int only = onlyDropping(perVariant);
    if (userDrop == null && only >= 0) {
      // One variant owns something (Option<Box<T>>, Option<String>): test for it, no decoding.
      Dropper d = perVariant[only];
      Dropper box = BoxDrops.optionBox(l, only, d);
      if (box != null) return box;
      Dropper rc = SmartDrops.optionRc(this, layouts, l, only, Layouts.fieldTypes(adt, adt.def().variants.get(only)));
      if (rc != null) return rc;
      rustle.interp.PatCompiler.Test is = rustle.interp.VariantTests.of(l, only);
      return new Dropper() {
        @Override
        public void drop(Machine m, int addr) {
          if (is.test(m, 0, addr)) d.drop(m, addr);
        }
      };
    }
    EnumAccess access = new EnumAccess(l);
    return observed(new Dropper() {
      @Override
      public void drop(Machine m, int addr) {
        if (userDrop != null) callDrop(m, userDrop, addr);
        Dropper d = perVariant[access.variant(m.mem, addr)];
        if (d != null) d.drop(m, addr);
      }
    }, userDrop);
  }

  /** The one variant with drop glue, or -1 when none or several have it. */
  private static int onlyDropping(Dropper[] perVariant) {
    int only = -1;
    for (int v = 0; v < perVariant.length; v++) {
      if (perVariant[v] == null) continue;
      if (only >= 0) return -1;
      only = v;
    }
    return only;
  }

  /** When observing, a user's Drop::drop reports its frame like any call (its frame top is the sp). */
  private Dropper observed(Dropper d, FnCode userDrop) {
    if (compiler.probes == null || userDrop == null || d == null) return d;
    if (compiler.reach != null) {
      compiler.reach.drop(userDrop);
      if (!compiler.reach.wraps(userDrop)) return d;
    }
    Observer obs = compiler.observer;
    return new Dropper() {
      @Override
      public void drop(Machine m, int addr) {
        int top = m.sp;
        obs.enter(userDrop.map, top, null);
        try {
          d.drop(m, addr);
        } finally {
          obs.leave(userDrop.map, top);
        }
      }
    };
  }

  /** A closure's capture types, with a unit for each capture it holds only a copy of (fieldCopies). */
  private List<Ty> ownedCaptures(Ty.Closure cl) {
    rustle.check.ClosureInfo info = compiler.program.tables().closures.get(cl.exprId());
    if (info == null || info.fieldCopies().isEmpty()) return cl.captures();
    List<Ty> out = new ArrayList<>(cl.captures());
    for (int k = 0; k < out.size() && k < info.captures().size(); k++) {
      if (info.fieldCopies().contains(info.captures().get(k))) out.set(k, new Ty.Tuple(List.of()));
    }
    return out;
  }

  private Dropper fields(List<Ty> types, int[] offsets, FnCode userDrop) {
    List<Dropper> ds = new ArrayList<>();
    List<Integer> offs = new ArrayList<>();
    for (int i = 0; i < types.size(); i++) {
      Dropper d = of(types.get(i));
      if (d != null) {
        ds.add(d);
        offs.add(offsets[i]);
      }
    }
    if (ds.isEmpty() && userDrop == null) return null;
    Dropper[] da = ds.toArray(new Dropper[0]);
    int[] oa = offs.stream().mapToInt(Integer::intValue).toArray();
    if (userDrop == null && da.length == 1) return Shifted.of(da[0], oa[0]);
    return new Dropper() {
      @Override
      public void drop(Machine m, int addr) {
        if (userDrop != null) callDrop(m, userDrop, addr);
        for (int i = 0; i < da.length; i++) da[i].drop(m, addr + oa[i]);
      }
    };
  }

  /** Runs a user's {@code Drop::drop(&mut self)} on the value at addr. */
  static void callDrop(Machine m, FnCode code, int addr) {
    // Drops run while a return or break value waits in the machine's registers (a scope's drops run
    // after `return v` stored v): the Drop impl's own returns must not overwrite it.
    long retLong = m.retLong;
    double retDouble = m.retDouble;
    long breakLong = m.breakLong;
    double breakDouble = m.breakDouble;
    int pending = m.pendingStatus;
    int target = m.target;
    int sp0 = m.sp;
    int nfp = m.pushFrame(code.frameSize);
    m.mem.putLong(nfp + code.paramOffs[0], addr);
    code.callInto(m, nfp, 0);
    m.sp = sp0;
    m.retLong = retLong;
    m.retDouble = retDouble;
    m.breakLong = breakLong;
    m.breakDouble = breakDouble;
    m.pendingStatus = pending;
    m.target = target;
  }
}
