package rustle.interp.std;

import static rustle.memory.HeapTypes.CAP;
import static rustle.memory.HeapTypes.LEN;
import static rustle.memory.HeapTypes.PTR;
import java.util.List;
import rustle.ast.Span;
import rustle.interp.FnCompiler;
import rustle.interp.rt.Machine;
import rustle.interp.rt.RustPanic;
import rustle.types.Layout;
import rustle.types.Ty;

/**
 * Native {@code Vec} methods that move elements between buffers or set an exact capacity:
 * reserve_exact, shrink_to, append, split_off, drain and into_boxed_slice, with std 1.95's capacities.
 */
final class VecParts {
  private VecParts() {}

  static Intrinsics.Impl of(FnCompiler f, String name, Intrinsics.Args a, Ty elem) {
    Layout el = f.layout(elem);
    int size = el.size;
    int align = Math.max(1, el.align);
    switch (name) {
      case "reserve_exact":
        return new Intrinsics.Impl() {
          @Override
          public void callInto(Machine m, int fp, int dst, Span span) {
            if (size > 0) m.heapTypes.reserveExact(a.ptr(m, fp, 0), a.word(m, fp, 1), size, align, span);
          }
        };
      case "shrink_to":
        // std: shrinks to max(len, min_capacity) when the capacity is above that, else does nothing.
        return new Intrinsics.Impl() {
          @Override
          public void callInto(Machine m, int fp, int dst, Span span) {
            int v = a.ptr(m, fp, 0);
            long len = m.mem.getLong(v + LEN);
            long target = Math.max(len, a.word(m, fp, 1));
            if (size == 0 || m.mem.getLong(v + CAP) <= target) return;
            m.mem.putLong(v + LEN, target);
            m.heapTypes.shrinkToFit(v, size, align, span);
            m.mem.putLong(v + LEN, len);
          }
        };
      case "append":
        return new Intrinsics.Impl() {
          @Override
          public void callInto(Machine m, int fp, int dst, Span span) {
            int v = a.ptr(m, fp, 0);
            int o = a.ptr(m, fp, 1);
            long n = m.mem.getLong(o + LEN);
            if (size > 0) m.heapTypes.reserve(v, n, size, align, span);
            long len = m.mem.getLong(v + LEN);
            if (size > 0 && n > 0) {
              m.mem.copy((int) m.mem.getLong(o + PTR), (int) (m.mem.getLong(v + PTR) + len * size), (int) (n * size));
            }
            m.mem.putLong(v + LEN, len + n);
            m.mem.putLong(o + LEN, 0);
          }
        };
      case "split_off":
        return new Intrinsics.Impl() {
          @Override
          public void callInto(Machine m, int fp, int dst, Span span) {
            int v = a.ptr(m, fp, 0);
            long at = a.word(m, fp, 1);
            long len = m.mem.getLong(v + LEN);
            if (Long.compareUnsigned(at, len) > 0) {
              throw new RustPanic("`at` split index (is " + Long.toUnsignedString(at) + ") should be <= len (is " + len + ")",
                  m.callerSpan() != null ? m.callerSpan() : span);
            }
            long n = len - at;
            m.heapTypes.initEmpty(dst, align);
            if (size > 0) {
              m.heapTypes.withCapacity(dst, n, size, align, span);
              if (n > 0) m.mem.copy((int) (m.mem.getLong(v + PTR) + at * size), (int) m.mem.getLong(dst + PTR), (int) (n * size));
            }
            m.mem.putLong(dst + LEN, n);
            m.mem.putLong(v + LEN, at);
          }
        };
      case "drain": {
        // The drained elements move to a buffer of their own, iterated (and dropped if unconsumed) as
        // an IntoIter: the Vec's capacity is untouched, as with std's Drain.
        RangeArgs range = RangeArgs.of(f, f.code.typeArgs.get(f.code.typeArgs.size() - 1));
        Layout il = f.layout(new Ty.Adt(f.c.program.items().std("IntoIter"), List.of(elem)));
        return new Intrinsics.Impl() {
          @Override
          public void callInto(Machine m, int fp, int dst, Span span) {
            int v = a.ptr(m, fp, 0);
            long len = m.mem.getLong(v + LEN);
            long[] b = range.bounds(m, a.at(fp, 1), len, m.callerSpan() != null ? m.callerSpan() : span);
            long n = b[1] - b[0];
            int buf = m.heapTypes.boxNew((int) (n * size), align, span);
            int p = (int) m.mem.getLong(v + PTR);
            if (n * size > 0) {
              m.mem.copy((int) (p + b[0] * size), buf, (int) (n * size));
              m.mem.copy((int) (p + b[1] * size), (int) (p + b[0] * size), (int) ((len - b[1]) * size));
            }
            m.mem.putLong(v + LEN, len - n);
            m.mem.putLong(dst + il.offsets[0], buf);
            m.mem.putLong(dst + il.offsets[1], n * size > 0 ? n : 0);
            m.mem.putLong(dst + il.offsets[2], buf);
            m.mem.putLong(dst + il.offsets[3], buf + n * size);
          }
        };
      }
      case "into_boxed_slice":
        return new Intrinsics.Impl() {
          @Override
          public void callInto(Machine m, int fp, int dst, Span span) {
            int v = a.at(fp, 0);
            if (size > 0) m.heapTypes.shrinkToFit(v, size, align, span);
            m.mem.putLong(dst, m.mem.getLong(v + PTR));
            m.mem.putLong(dst + 8, m.mem.getLong(v + LEN));
          }
        };
      default:
        throw new IllegalStateException("Vec::" + name);
    }
  }
}
