package rustle.interp.std;

import static rustle.memory.HeapTypes.LEN;
import static rustle.memory.HeapTypes.PTR;
import java.nio.charset.StandardCharsets;
import java.util.List;
import rustle.ast.Span;
import rustle.interp.FnCompiler;
import rustle.interp.rt.Machine;
import rustle.interp.rt.RustPanic;
import rustle.memory.HeapTypes;
import rustle.types.Layout;
import rustle.types.Prim;
import rustle.types.Ty;

/**
 * Native {@code String} methods that edit or split the UTF-8 buffer at a byte index: truncate,
 * insert_str, split_off, drain, retain, reserve_exact, shrink_to, into_bytes and into_boxed_str, with
 * std 1.95's char-boundary assertions and capacities.
 */
final class StringParts {
  private StringParts() {}

  static Intrinsics.Impl of(FnCompiler f, String name, Intrinsics.Args a) {
    switch (name) {
      case "truncate":
        return new Intrinsics.Impl() {
          @Override
          public void callInto(Machine m, int fp, int dst, Span span) {
            int s = a.ptr(m, fp, 0);
            long n = a.word(m, fp, 1);
            long len = m.mem.getLong(s + LEN);
            if (Long.compareUnsigned(n, len) >= 0) return;
            if (!boundary(m, s, n)) throw assertion("new_len", m, span);
            m.heapTypes.truncate(s, n);
          }
        };
      case "insert_str":
        return new Intrinsics.Impl() {
          @Override
          public void callInto(Machine m, int fp, int dst, Span span) {
            int s = a.ptr(m, fp, 0);
            long idx = a.word(m, fp, 1);
            int src = a.ptr(m, fp, 2);
            int n = (int) m.mem.getLong(a.at(fp, 2) + 8);
            if (!boundary(m, s, idx)) throw assertion("idx", m, span);
            long len = m.mem.getLong(s + LEN);
            m.heapTypes.reserve(s, n, 1, 1, span);
            int p = (int) m.mem.getLong(s + PTR);
            m.mem.copy((int) (p + idx), (int) (p + idx + n), (int) (len - idx));
            m.mem.copy(src, (int) (p + idx), n);
            m.mem.putLong(s + LEN, len + n);
          }
        };
      case "split_off":
        return new Intrinsics.Impl() {
          @Override
          public void callInto(Machine m, int fp, int dst, Span span) {
            int s = a.ptr(m, fp, 0);
            long at = a.word(m, fp, 1);
            if (!boundary(m, s, at)) throw assertion("at", m, span);
            long n = m.mem.getLong(s + LEN) - at;
            m.heapTypes.initEmpty(dst, 1);
            m.heapTypes.withCapacity(dst, n, 1, 1, span);
            if (n > 0) m.mem.copy((int) (m.mem.getLong(s + PTR) + at), (int) m.mem.getLong(dst + PTR), (int) n);
            m.mem.putLong(dst + LEN, n);
            m.mem.putLong(s + LEN, at);
          }
        };
      case "drain": {
        // The drained chars are decoded into a buffer of their own, iterated as a vec::IntoIter<char>.
        RangeArgs range = RangeArgs.of(f, f.code.typeArgs.get(f.code.typeArgs.size() - 1));
        Layout il = f.layout(new Ty.Adt(f.c.program.items().std("IntoIter"), List.of(Prim.CHAR)));
        return new Intrinsics.Impl() {
          @Override
          public void callInto(Machine m, int fp, int dst, Span span) {
            int s = a.ptr(m, fp, 0);
            long len = m.mem.getLong(s + LEN);
            Span at = m.callerSpan() != null ? m.callerSpan() : span;
            long[] b = range.bounds(m, a.at(fp, 1), len, at);
            if (!boundary(m, s, b[0])) throw assertion("start", m, span);
            if (!boundary(m, s, b[1])) throw assertion("end", m, span);
            int p = (int) m.mem.getLong(s + PTR);
            int[] cps = new String(m.mem.read((int) (p + b[0]), (int) (b[1] - b[0])), StandardCharsets.UTF_8)
                .codePoints().toArray();
            int buf = m.heapTypes.boxNew(cps.length * 4, 4, span);
            for (int i = 0; i < cps.length; i++) m.mem.putInt(buf + 4 * i, cps[i]);
            m.mem.copy((int) (p + b[1]), (int) (p + b[0]), (int) (len - b[1]));
            m.mem.putLong(s + LEN, len - (b[1] - b[0]));
            m.mem.putLong(dst + il.offsets[0], buf);
            m.mem.putLong(dst + il.offsets[1], cps.length);
            m.mem.putLong(dst + il.offsets[2], buf);
            m.mem.putLong(dst + il.offsets[3], buf + 4L * cps.length);
          }
        };
      }
      case "retain": {
        FnCaller call = new FnCaller(f, f.code.typeArgs.get(f.code.typeArgs.size() - 1), Prim.CHAR);
        return new Intrinsics.Impl() {
          @Override
          public void callInto(Machine m, int fp, int dst, Span span) {
            int s = a.ptr(m, fp, 0);
            long len = m.mem.getLong(s + LEN);
            long read = 0;
            long kept = 0;
            while (read < len) {
              int p = (int) m.mem.getLong(s + PTR);
              long end = read + 1;
              while (end < len && (m.mem.getByte((int) (p + end)) & 0xC0) == 0x80) end++;
              int w = (int) (end - read);
              int cp = new String(m.mem.read((int) (p + read), w), StandardCharsets.UTF_8).codePointAt(0);
              int nfp = call.enter(m, a.at(fp, 1));
              m.mem.putInt(call.arg(nfp, 0), cp);
              if (call.callLong(m, nfp) != 0) {
                if (kept != read) m.mem.copy((int) (p + read), (int) (p + kept), w);
                kept += w;
              }
              read = end;
            }
            m.mem.putLong(s + LEN, kept);
          }
        };
      }
      case "reserve_exact":
        return new Intrinsics.Impl() {
          @Override
          public void callInto(Machine m, int fp, int dst, Span span) {
            m.heapTypes.reserveExact(a.ptr(m, fp, 0), a.word(m, fp, 1), 1, 1, span);
          }
        };
      case "shrink_to":
        return new Intrinsics.Impl() {
          @Override
          public void callInto(Machine m, int fp, int dst, Span span) {
            int s = a.ptr(m, fp, 0);
            long len = m.mem.getLong(s + LEN);
            long target = Math.max(len, a.word(m, fp, 1));
            if (HeapTypes.cap(m.mem, s) <= target) return;
            m.mem.putLong(s + LEN, target);
            m.heapTypes.shrinkToFit(s, 1, 1, span);
            m.mem.putLong(s + LEN, len);
          }
        };
      case "into_bytes":
        return new Intrinsics.Impl() {
          @Override
          public void callInto(Machine m, int fp, int dst, Span span) {
            m.mem.copy(a.at(fp, 0), dst, HeapTypes.VEC_SIZE);
          }
        };
      case "into_boxed_str":
        return new Intrinsics.Impl() {
          @Override
          public void callInto(Machine m, int fp, int dst, Span span) {
            int s = a.at(fp, 0);
            m.heapTypes.shrinkToFit(s, 1, 1, span);
            m.mem.putLong(dst, m.mem.getLong(s + PTR));
            m.mem.putLong(dst + 8, m.mem.getLong(s + LEN));
          }
        };
      default:
        throw new IllegalStateException("String::" + name);
    }
  }

  /** str::is_char_boundary on the String at s: 0, len, or a byte that does not continue a char. */
  private static boolean boundary(Machine m, int s, long idx) {
    long len = m.mem.getLong(s + LEN);
    if (idx == 0 || idx == len) return true;
    if (Long.compareUnsigned(idx, len) > 0) return false;
    return (m.mem.getByte((int) (m.mem.getLong(s + PTR) + idx)) & 0xC0) != 0x80;
  }

  private static RustPanic assertion(String what, Machine m, Span span) {
    return new RustPanic("assertion failed: self.is_char_boundary(" + what + ")", m.callerSpan() != null ? m.callerSpan() : span);
  }
}
