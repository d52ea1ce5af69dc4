package rustle.interp.std;

import java.util.List;
import rustle.ast.Span;
import rustle.interp.FnCompiler;
import rustle.interp.drop.CloneGlue;
import rustle.interp.nodes.EnumAccess;
import rustle.interp.nodes.Equality;
import rustle.interp.rt.Machine;
import rustle.types.Infer;
import rustle.types.Layout;
import rustle.types.Ty;

/**
 * Native slice methods: windows, chunks (iterators over sub-slices), contains, binary_search, to_vec,
 * and the sorts ({@link SliceSort}). Argument 0 is the slice's fat pointer.
 */
final class SliceMore {
  private SliceMore() {}

  static Intrinsics.Impl of(FnCompiler f, String name, Intrinsics.Args a, Ty elem) {
    int size = f.size(elem);
    switch (name) {
      case "windows":
      case "chunks": {
        Layout l = f.layout(new Ty.Adt(f.c.program.items().std(name.equals("windows") ? "Windows" : "Chunks"), List.of(elem)));
        String what = name.equals("windows") ? "window size must be non-zero" : "chunk size must be non-zero";
        return new Intrinsics.Impl() {
          @Override
          public void callInto(Machine m, int fp, int dst, Span span) {
            long n = a.word(m, fp, 1);
            if (n == 0) throw new rustle.interp.rt.RustPanic(what, span);
            m.mem.putLong(dst + l.offsets[0], m.mem.getLong(a.at(fp, 0)));
            m.mem.putLong(dst + l.offsets[1], m.mem.getLong(a.at(fp, 0) + 8));
            m.mem.putLong(dst + l.offsets[2], n);
          }
        };
      }
      case "contains": {
        Equality.Eq eq = Equality.glue(f, elem, elem);
        return new Intrinsics.Impl() {
          @Override
          public long callLong(Machine m, int fp, Span span) {
            int p = a.ptr(m, fp, 0);
            long n = m.mem.getLong(a.at(fp, 0) + 8);
            int x = a.ptr(m, fp, 1);
            for (long i = 0; i < n; i++) if (eq.eq(m, p + (int) i * size, x)) return 1;
            return 0;
          }
        };
      }
      case "binary_search": {
        Equality.Eq cmp = Equality.glue(f, elem, elem);
        Layout rl = f.layout(Infer.shallow(f.sub(f.code.def.ret)));
        EnumAccess acc = new EnumAccess(rl);
        return new Intrinsics.Impl() {
          @Override
          public void callInto(Machine m, int fp, int dst, Span span) {
            int p = a.ptr(m, fp, 0);
            long n = m.mem.getLong(a.at(fp, 0) + 8);
            int x = a.ptr(m, fp, 1);
            // std 1.95's loop: halve the range while comparing the midpoint's element with x.
            long lo = 0;
            long sz = n;
            if (sz == 0) {
              m.mem.putLong(dst + rl.variantOffsets[1][0], 0);
              acc.setVariant(m.mem, dst, 1);
              return;
            }
            while (sz > 1) {
              long half = sz / 2;
              long mid = lo + half;
              if (cmp.total(m, p + (int) mid * size, x) <= 0) lo = mid;
              sz -= half;
            }
            int c = cmp.total(m, p + (int) lo * size, x);
            int v = c == 0 ? 0 : 1;
            long at = c == 0 ? lo : lo + (c < 0 ? 1 : 0);
            m.mem.putLong(dst + rl.variantOffsets[v][0], at);
            acc.setVariant(m.mem, dst, v);
          }
        };
      }
      case "to_vec": {
        CloneGlue g = CloneGlue.of(f, elem, Span.NONE);
        int align = Math.max(1, f.layout(elem).align);
        return new Intrinsics.Impl() {
          @Override
          public void callInto(Machine m, int fp, int dst, Span span) {
            int p = a.ptr(m, fp, 0);
            long n = m.mem.getLong(a.at(fp, 0) + 8);
            m.heapTypes.initEmpty(dst);
            m.mem.putLong(dst + rustle.memory.HeapTypes.PTR, align);
            if (n > 0 && size > 0) m.heapTypes.withCapacity(dst, n, size, align, span);
            for (long i = 0; i < n; i++) {
              int slot = m.heapTypes.pushSlot(dst, size, align, span);
              g.clone(m, p + (int) i * size, slot);
            }
          }
        };
      }
      default:
        return SliceSort.of(f, name, a, elem);
    }
  }

  /**
   * {@code into_iter} of {@code &[T; N]}, {@code &[T]} or {@code &Vec<T>} (and their {@code &mut}): the
   * slice's Iter or IterMut, as {@code iter()} makes it.
   */
  // (`stride`, not `size`: the MemNodes below have a field of that name.)
  static rustle.interp.rt.Node refIntoIter(FnCompiler f, rustle.interp.rt.Node recv, Ty inner, Ty ret) {
    int[] o = f.layout(ret).offsets;
    if (inner instanceof Ty.Slice sl) {
      int stride = f.size(sl.elem());
      rustle.interp.rt.MemNode fat = (rustle.interp.rt.MemNode) rustle.interp.ExprCompilerAccess.mem(recv, 16);
      return new rustle.interp.rt.MemNode(f.size(ret)) {
        @Override
        public void evalInto(Machine m, int fp, int dst) {
          fat.evalInto(m, fp, dst);
          long p = m.mem.getLong(dst);
          long len = m.mem.getLong(dst + 8);
          m.mem.putLong(dst + o[0], p);
          m.mem.putLong(dst + o[1], p + len * stride);
        }
      };
    }
    rustle.interp.rt.IntNode ptr = rustle.interp.ExprCompiler.asInt(recv, new Ty.Ref(inner, false));
    boolean vec = !(inner instanceof Ty.Array);
    Ty elem = inner instanceof Ty.Array a ? a.elem() : ((Ty.Adt) inner).args().get(0);
    int stride = f.size(elem);
    long n = inner instanceof Ty.Array a ? a.len() : 0;
    return new rustle.interp.rt.MemNode(f.size(ret)) {
      @Override
      public void evalInto(Machine m, int fp, int dst) {
        int at = (int) ptr.evalLong(m, fp);
        long p = vec ? rustle.memory.HeapTypes.ptr(m.mem, at) : at;
        long len = vec ? rustle.memory.HeapTypes.len(m.mem, at) : n;
        m.mem.putLong(dst + o[0], p);
        m.mem.putLong(dst + o[1], p + len * stride);
      }
    };
  }
}
