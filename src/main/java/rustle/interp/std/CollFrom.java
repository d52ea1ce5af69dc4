package rustle.interp.std;

import static rustle.memory.HeapTypes.LEN;
import static rustle.memory.HeapTypes.PTR;
import java.util.List;
import rustle.ast.Span;
import rustle.interp.FnCompiler;
import rustle.interp.drop.CloneGlue;
import rustle.interp.rt.Machine;
import rustle.memory.HeapTypes;
import rustle.types.AdtDef;
import rustle.types.Infer;
import rustle.types.Layout;
import rustle.types.Prim;
import rustle.types.Ty;

/**
 * Native bodies of the prelude's generic {@code Vec::from}, {@code HashMap::from} and {@code HashSet::from}
 * (the sources check.CollFroms accepts), allocating as std does: an array moves into a block of exactly
 * its length (std boxes it and turns the box into a Vec), a borrowed slice is cloned into one of its
 * length (to_vec), a String's or a boxed slice's buffer is taken over, and a table is built as
 * {@code from_iter} builds it from the array's IntoIter.
 */
final class CollFrom {
  private CollFrom() {}

  static Intrinsics.Impl of(FnCompiler f, String owner, Intrinsics.Args a, List<Ty> targs) {
    Ty src = Infer.shallow(targs.get(targs.size() - 1));
    if (!owner.equals("Vec")) return table(f, owner.equals("HashSet"), a, targs, (Ty.Array) src);
    Ty elem = Infer.shallow(targs.get(0));
    Layout el = f.layout(elem);
    int size = el.size;
    int align = Math.max(1, el.align);
    if (src instanceof Ty.Array arr) {
      long n = arr.len();
      return new Intrinsics.Impl() {
        @Override
        public void callInto(Machine m, int fp, int dst, Span span) {
          m.heapTypes.withCapacity(dst, n, size, align, span);
          if (size > 0 && n > 0) m.mem.copy(a.at(fp, 0), HeapTypes.ptr(m.mem, dst), (int) (n * size));
          HeapTypes.setLen(m.mem, dst, n);
        }
      };
    }
    if (src instanceof Ty.Ref r) {
      Ty in = Infer.shallow(r.inner());
      if (in == Prim.STR) {
        return new Intrinsics.Impl() {
          @Override
          public void callInto(Machine m, int fp, int dst, Span span) {
            m.heapTypes.fromBytes(dst, a.ptr(m, fp, 0), (int) m.mem.getLong(a.at(fp, 0) + 8), span);
          }
        };
      }
      // &[T; N] is a thin pointer (N from the type), &[T] a fat one.
      long fixed = in instanceof Ty.Array arr ? arr.len() : -1;
      CloneGlue g = CloneGlue.of(f, elem, Span.NONE);
      return new Intrinsics.Impl() {
        @Override
        public void callInto(Machine m, int fp, int dst, Span span) {
          int p = a.ptr(m, fp, 0);
          long n = fixed >= 0 ? fixed : m.mem.getLong(a.at(fp, 0) + 8);
          m.heapTypes.withCapacity(dst, n, size, align, span);
          for (long i = 0; i < n; i++) {
            int slot = m.heapTypes.pushSlot(dst, size, align, span);
            g.clone(m, p + (int) i * size, slot);
          }
        }
      };
    }
    Ty.Adt sa = (Ty.Adt) src;
    if (sa.def().builtin == AdtDef.Builtin.BOX) {
      // Box<[T]> is (pointer, length); its block becomes the Vec's buffer, capacity the length.
      return new Intrinsics.Impl() {
        @Override
        public void callInto(Machine m, int fp, int dst, Span span) {
          long p = m.mem.getLong(a.at(fp, 0));
          long n = m.mem.getLong(a.at(fp, 0) + 8);
          m.mem.putLong(dst + PTR, p);
          m.mem.putLong(dst + HeapTypes.CAP, size == 0 ? 0 : n);
          m.mem.putLong(dst + LEN, n);
        }
      };
    }
    // String (its bytes) and Vec (From<T> for T): the same three words.
    return new Intrinsics.Impl() {
      @Override
      public void callInto(Machine m, int fp, int dst, Span span) {
        m.mem.copy(a.at(fp, 0), dst, HeapTypes.VEC_SIZE);
      }
    };
  }

  /** HashMap::from / HashSet::from an array: the array's IntoIter collected as std's from_iter does. */
  private static Intrinsics.Impl table(FnCompiler f, boolean set, Intrinsics.Args a, List<Ty> targs, Ty.Array arr) {
    Ty item = set ? Infer.shallow(targs.get(0)) : new Ty.Tuple(List.of(Infer.shallow(targs.get(0)), Infer.shallow(targs.get(1))));
    Ty.Adt it = new Ty.Adt(f.c.program.items().std("ArrayIntoIter"), List.of(item, arr));
    Ty.Adt target = new Ty.Adt(f.c.program.items().std(set ? "HashSet" : "HashMap"),
        set ? List.of(item) : List.of(targs.get(0), targs.get(1)));
    Layout il = f.layout(it);
    int arrSize = f.size(arr);
    int itemSize = Math.max(8, f.size(item));
    TableCollect tc = TableCollect.of(f, target, item, Steppers.of(f, it), it, Span.NONE);
    return new Intrinsics.Impl() {
      @Override
      public void callInto(Machine m, int fp, int dst, Span span) {
        int sp0 = m.sp;
        m.pushFrame(il.size + itemSize + 32);
        int iter = m.sp;
        int scratch = (iter + il.size + 15) & ~15;
        if (arrSize > 0) m.mem.copy(a.at(fp, 0), iter + il.offsets[0], arrSize);
        m.mem.putLong(iter + il.offsets[1], 0);
        m.mem.putLong(iter + il.offsets[2], arr.len());
        try {
          tc.fill(m, iter, scratch, dst);
        } finally {
          m.sp = sp0;
        }
      }
    };
  }
}
