package rustle.interp.drop;

import java.util.List;
import rustle.ast.Span;
import rustle.check.CopyRules;
import rustle.interp.FnCompiler;
import rustle.interp.nodes.EnumAccess;
import rustle.interp.rt.Machine;
import rustle.memory.HeapTypes;
import rustle.types.Infer;
import rustle.types.Layout;
import rustle.types.Layouts;
import rustle.types.Ty;

/** Deep copies as {@code Clone::clone} does: Strings and Vecs get new heap buffers of exactly their length. */
public abstract class CloneGlue {
  public abstract void clone(Machine m, int src, int dst);

  public static CloneGlue of(FnCompiler f, Ty t, Span site) {
    return of(f, t, site, new java.util.HashMap<>());
  }

  /** Stands for the glue of a recursive type (a tree of Boxes) while that glue is being built. */
  private static final class Forward extends CloneGlue {
    CloneGlue target;

    @Override
    public void clone(Machine m, int src, int dst) {
      target.clone(m, src, dst);
    }
  }

  private static CloneGlue of(FnCompiler f, Ty t, Span site, java.util.Map<Ty, Forward> building) {
    t = Infer.shallow(t);
    int size = f.size(t);
    if (CopyRules.isCopy(t)) {
      return new CloneGlue() {
        @Override
        public void clone(Machine m, int src, int dst) {
          if (size > 0) m.mem.copy(src, dst, size);
        }
      };
    }
    if (t instanceof Ty.Tuple tu) return fields(f, tu.elems(), f.layout(t).offsets, size, site, building);
    if (t instanceof Ty.Closure cl) return fields(f, cl.captures(), f.layout(t).offsets, size, site, building);
    if (t instanceof Ty.Array a) {
      CloneGlue e = of(f, a.elem(), site, building);
      int stride = f.size(a.elem());
      long n = a.len();
      return new CloneGlue() {
        @Override
        public void clone(Machine m, int src, int dst) {
          for (long i = 0; i < n; i++) e.clone(m, (int) (src + i * stride), (int) (dst + i * stride));
        }
      };
    }
    Ty.Adt adt = (Ty.Adt) t;
    switch (adt.def().builtin) {
      case STRING:
        return new CloneGlue() {
          @Override
          public void clone(Machine m, int src, int dst) {
            long len = m.mem.getLong(src + HeapTypes.LEN);
            int ptr = (int) m.mem.getLong(src + HeapTypes.PTR);
            m.heapTypes.fromBytes(dst, ptr, (int) len, site); // writes the whole header
          }
        };
      case VEC: {
        Ty elem = adt.args().get(0);
        CloneGlue e = of(f, elem, site, building);
        int stride = f.size(elem);
        int align = Math.max(1, f.layout(elem).align);
        return new CloneGlue() {
          @Override
          public void clone(Machine m, int src, int dst) {
            long len = m.mem.getLong(src + HeapTypes.LEN);
            m.heapTypes.initEmpty(dst, align);
            if (len > 0 && stride > 0) m.heapTypes.withCapacity(dst, len, stride, align, site);
            int sp = (int) m.mem.getLong(src + HeapTypes.PTR);
            int dp = (int) m.mem.getLong(dst + HeapTypes.PTR);
            for (long i = 0; i < len; i++) e.clone(m, (int) (sp + i * stride), (int) (dp + i * stride));
            m.mem.putLong(dst + HeapTypes.LEN, len);
          }
        };
      }
      case RC:
      case WEAK: {
        // A new handle to the same RcBox: one more strong (Rc) or weak (Weak) count in the block.
        int count = adt.def().builtin == rustle.types.AdtDef.Builtin.RC ? rustle.types.SmartPtrs.STRONG
            : rustle.types.SmartPtrs.WEAK;
        return new CloneGlue() {
          @Override
          public void clone(Machine m, int src, int dst) {
            long p = m.mem.getLong(src);
            if (p != rustle.types.SmartPtrs.DANGLING) m.mem.putLong((int) p + count, m.mem.getLong((int) p + count) + 1);
            m.mem.putLong(dst, p);
          }
        };
      }
      case BOX: {
        Ty inner = adt.args().get(0);
        CloneGlue e = of(f, inner, site, building);
        Layout l = f.layout(inner);
        return new CloneGlue() {
          @Override
          public void clone(Machine m, int src, int dst) {
            int p = m.heapTypes.boxNew(l.size, l.align, site);
            e.clone(m, (int) m.mem.getLong(src), p);
            m.mem.putLong(dst, p);
          }
        };
      }
      default:
        break;
    }
    CloneGlue hand = preludeImpl(f, adt);
    if (hand != null) return hand;
    Forward pending = building.get(adt);
    if (pending != null) return pending;
    Forward fwd = new Forward();
    building.put(adt, fwd);
    fwd.target = adt(f, adt, size, site, building);
    building.remove(adt);
    return fwd.target;
  }

  /**
   * The prelude's own {@code impl Clone} of a type written in Rust there (VecDeque, whose ring a field-wise
   * copy would not clone), called on the value in memory; null for any other type.
   */
  private static CloneGlue preludeImpl(FnCompiler f, Ty.Adt adt) {
    if (!adt.def().fromPrelude || !adt.def().name.equals("VecDeque")) return null;
    for (rustle.check.ImplDef impl : f.c.program.items().impls) {
      if (!"Clone".equals(impl.trait) || !(impl.selfTy instanceof Ty.Adt s) || s.def() != adt.def()) continue;
      rustle.interp.rt.FnCode code = f.c.code(impl.methods.get("clone"), adt.args());
      return new CloneGlue() {
        @Override
        public void clone(Machine m, int src, int dst) {
          int sp0 = m.sp;
          int nfp = m.pushFrame(code.frameSize);
          m.mem.putLong(nfp + code.paramOffs[0], src);
          code.callInto(m, nfp, dst);
          m.sp = sp0;
        }
      };
    }
    return null;
  }

  /** A struct's or enum's derived clone: field by field (of its variant). */
  private static CloneGlue adt(FnCompiler f, Ty.Adt adt, int size, Span site, java.util.Map<Ty, Forward> building) {
    Layout l = f.layout(adt);
    if (!adt.def().isEnum) return fields(f, Layouts.fieldTypes(adt, adt.def().variants.get(0)), l.offsets, size, site, building);
    int nv = adt.def().variants.size();
    CloneGlue[] per = new CloneGlue[nv];
    for (int v = 0; v < nv; v++) {
      per[v] = fields(f, Layouts.fieldTypes(adt, adt.def().variants.get(v)), l.variantOffsets[v], size, site, building);
    }
    EnumAccess acc = new EnumAccess(l);
    return new CloneGlue() {
      @Override
      public void clone(Machine m, int src, int dst) {
        m.mem.copy(src, dst, size);
        per[acc.variant(m.mem, src)].clone(m, src, dst);
      }
    };
  }

  private static CloneGlue fields(FnCompiler f, List<Ty> types, int[] offs, int size, Span site,
      java.util.Map<Ty, Forward> building) {
    int n = types.size();
    CloneGlue[] gs = new CloneGlue[n];
    for (int i = 0; i < n; i++) gs[i] = of(f, types.get(i), site, building);
    return new CloneGlue() {
      @Override
      public void clone(Machine m, int src, int dst) {
        if (size > 0) m.mem.copy(src, dst, size);
        for (int i = 0; i < n; i++) gs[i].clone(m, src + offs[i], dst + offs[i]);
      }
    };
  }
}
