package rustle.interp.std;

import static rustle.memory.HeapTypes.CAP;
import static rustle.memory.HeapTypes.LEN;
import static rustle.memory.HeapTypes.PTR;
import java.util.List;
import rustle.ast.Span;
import rustle.interp.FnCompiler;
import rustle.interp.drop.Dropper;
import rustle.interp.nodes.EnumAccess;
import rustle.interp.rt.Kind;
import rustle.interp.rt.Machine;
import rustle.interp.rt.RustPanic;
import rustle.types.Layout;
import rustle.types.Ty;

/** Native bodies of the prelude's {@code impl<T> Vec<T>}; elements are laid out by T's layout. */
final class VecIntrinsics {
  private VecIntrinsics() {}

  static Intrinsics.Impl of(FnCompiler f, String name, Intrinsics.Args a, Ty elem) {
    Layout el = f.layout(elem);
    int size = el.size;
    int align = Math.max(1, el.align);
    Dropper drop = f.c.drops.of(elem);
    switch (name) {
      case "new":
        return new Intrinsics.Impl() {
          @Override
          public void callInto(Machine m, int fp, int dst, Span span) {
            m.heapTypes.initEmpty(dst, align);
          }
        };
      case "with_capacity":
        return new Intrinsics.Impl() {
          @Override
          public void callInto(Machine m, int fp, int dst, Span span) {
            m.heapTypes.initEmpty(dst, align);
            if (size > 0) m.heapTypes.withCapacity(dst, a.word(m, fp, 0), size, align, span);
          }
        };
      case "push":
        return new Intrinsics.Impl() {
          @Override
          public void callInto(Machine m, int fp, int dst, Span span) {
            int v = a.ptr(m, fp, 0);
            int slot = m.heapTypes.pushSlot(v, size, align, span);
            if (size > 0) m.mem.copy(a.at(fp, 1), slot, size);
          }
        };
      case "pop": {
        Ty opt = new Ty.Adt(f.c.program.items().std("Option"), List.of(elem));
        Layout ol = f.layout(opt);
        EnumAccess acc = new EnumAccess(ol);
        int payload = ol.variantOffsets[1][0];
        return new Intrinsics.Impl() {
          @Override
          public void callInto(Machine m, int fp, int dst, Span span) {
            int v = a.ptr(m, fp, 0);
            int slot = m.heapTypes.popSlot(v, size);
            if (slot < 0) {
              acc.setVariant(m.mem, dst, 0);
              return;
            }
            if (size > 0) m.mem.copy(slot, dst + payload, size);
            acc.setVariant(m.mem, dst, 1);
          }
        };
      }
      case "capacity":
        return new Intrinsics.Impl() {
          @Override
          public long callLong(Machine m, int fp, Span span) {
            return size == 0 ? -1L : m.mem.getLong(a.ptr(m, fp, 0) + CAP);
          }
        };
      case "len":
        return new Intrinsics.Impl() {
          @Override
          public long callLong(Machine m, int fp, Span span) {
            return m.mem.getLong(a.ptr(m, fp, 0) + LEN);
          }
        };
      case "is_empty":
        return new Intrinsics.Impl() {
          @Override
          public long callLong(Machine m, int fp, Span span) {
            return m.mem.getLong(a.ptr(m, fp, 0) + LEN) == 0 ? 1 : 0;
          }
        };
      case "clear":
      case "truncate": {
        boolean clear = name.equals("clear");
        return new Intrinsics.Impl() {
          @Override
          public void callInto(Machine m, int fp, int dst, Span span) {
            int v = a.ptr(m, fp, 0);
            long len = m.mem.getLong(v + LEN);
            long n = clear ? 0 : a.word(m, fp, 1);
            if (n >= len) return;
            m.mem.putLong(v + LEN, n);
            if (drop != null) {
              int p = (int) m.mem.getLong(v + PTR);
              for (long i = n; i < len; i++) drop.drop(m, (int) (p + i * size));
            }
          }
        };
      }
      case "__set_len":
        return new Intrinsics.Impl() {
          @Override
          public void callInto(Machine m, int fp, int dst, Span span) {
            m.mem.putLong(a.ptr(m, fp, 0) + LEN, a.word(m, fp, 1));
          }
        };
      case "reserve":
        return new Intrinsics.Impl() {
          @Override
          public void callInto(Machine m, int fp, int dst, Span span) {
            if (size > 0) m.heapTypes.reserve(a.ptr(m, fp, 0), a.word(m, fp, 1), size, align, span);
          }
        };
      case "shrink_to_fit":
        return new Intrinsics.Impl() {
          @Override
          public void callInto(Machine m, int fp, int dst, Span span) {
            if (size > 0) m.heapTypes.shrinkToFit(a.ptr(m, fp, 0), size, align, span);
          }
        };
      case "insert":
        return new Intrinsics.Impl() {
          @Override
          public void callInto(Machine m, int fp, int dst, Span span) {
            int v = a.ptr(m, fp, 0);
            long idx = a.word(m, fp, 1);
            long len = m.mem.getLong(v + LEN);
            if (idx > len) {
              throw new RustPanic("insertion index (is " + idx + ") should be <= len (is " + len + ")", m.callerSpan());
            }
            m.heapTypes.pushSlot(v, size, align, span);
            int p = (int) m.mem.getLong(v + PTR);
            m.mem.copy((int) (p + idx * size), (int) (p + (idx + 1) * size), (int) ((len - idx) * size));
            m.mem.copy(a.at(fp, 2), (int) (p + idx * size), size);
          }
        };
      case "remove":
      case "swap_remove": {
        boolean swap = name.equals("swap_remove");
        return Intrinsics.scalarOut(new Intrinsics.Impl() {
          @Override
          public void callInto(Machine m, int fp, int dst, Span span) {
            int v = a.ptr(m, fp, 0);
            long idx = a.word(m, fp, 1);
            long len = m.mem.getLong(v + LEN);
            if (idx >= len) {
              throw new RustPanic((swap ? "swap_remove" : "removal") + " index (is " + idx + ") should be < len (is "
                  + len + ")", m.callerSpan());
            }
            int p = (int) m.mem.getLong(v + PTR);
            m.mem.copy((int) (p + idx * size), dst, size);
            if (swap) m.mem.copy((int) (p + (len - 1) * size), (int) (p + idx * size), size);
            else m.mem.copy((int) (p + (idx + 1) * size), (int) (p + idx * size), (int) ((len - idx - 1) * size));
            m.mem.putLong(v + LEN, len - 1);
          }
        }, Kind.of(elem));
      }
      case "as_slice":
      case "as_mut_slice":
        return new Intrinsics.Impl() {
          @Override
          public void callInto(Machine m, int fp, int dst, Span span) {
            int v = a.ptr(m, fp, 0);
            m.mem.putLong(dst, m.mem.getLong(v + PTR));
            m.mem.putLong(dst + 8, m.mem.getLong(v + LEN));
          }
        };
      case "into_iter": {
        Ty iterTy = new Ty.Adt(f.c.program.items().std("IntoIter"), List.of(elem));
        Layout l = f.layout(iterTy);
        return new Intrinsics.Impl() {
          @Override
          public void callInto(Machine m, int fp, int dst, Span span) {
            int v = a.at(fp, 0);
            long ptr = m.mem.getLong(v + PTR);
            m.mem.putLong(dst + l.offsets[0], ptr);
            m.mem.putLong(dst + l.offsets[1], m.mem.getLong(v + CAP));
            m.mem.putLong(dst + l.offsets[2], ptr);
            m.mem.putLong(dst + l.offsets[3], ptr + m.mem.getLong(v + LEN) * size);
          }
        };
      }
      default:
        return VecMore.of(f, name, a, elem);
    }
  }
}
