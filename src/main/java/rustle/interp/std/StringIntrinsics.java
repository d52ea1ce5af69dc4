package rustle.interp.std;

import rustle.ast.Span;
import rustle.interp.FnCompiler;
import rustle.interp.rt.Machine;
import rustle.memory.HeapTypes;

/** Native bodies of the prelude's {@code impl String}. Argument 0 is {@code &self} (or the first parameter). */
final class StringIntrinsics {
  private StringIntrinsics() {}

  static Intrinsics.Impl of(FnCompiler f, String name, Intrinsics.Args a) {
    switch (name) {
      case "new":
        return new Intrinsics.Impl() {
          @Override
          public void callInto(Machine m, int fp, int dst, Span span) {
            m.heapTypes.initEmpty(dst);
          }
        };
      case "from":
        return new Intrinsics.Impl() {
          @Override
          public void callInto(Machine m, int fp, int dst, Span span) {
            m.heapTypes.initEmpty(dst);
            m.heapTypes.fromBytes(dst, a.ptr(m, fp, 0), (int) m.mem.getLong(a.at(fp, 0) + 8), span);
          }
        };
      case "with_capacity":
        return new Intrinsics.Impl() {
          @Override
          public void callInto(Machine m, int fp, int dst, Span span) {
            m.heapTypes.initEmpty(dst);
            m.heapTypes.withCapacity(dst, a.word(m, fp, 0), 1, 1, span);
          }
        };
      case "push":
        return new Intrinsics.Impl() {
          @Override
          public void callInto(Machine m, int fp, int dst, Span span) {
            m.heapTypes.pushChar(a.ptr(m, fp, 0), m.mem.getInt(a.at(fp, 1)), span);
          }
        };
      case "push_str":
        return new Intrinsics.Impl() {
          @Override
          public void callInto(Machine m, int fp, int dst, Span span) {
            int s = a.at(fp, 1);
            m.heapTypes.pushBytes(a.ptr(m, fp, 0), (int) m.mem.getLong(s), (int) m.mem.getLong(s + 8), span);
          }
        };
      case "capacity":
        return word(a, HeapTypes.CAP);
      case "len":
        return word(a, HeapTypes.LEN);
      case "is_empty":
        return new Intrinsics.Impl() {
          @Override
          public long callLong(Machine m, int fp, Span span) {
            return m.mem.getLong(a.ptr(m, fp, 0) + HeapTypes.LEN) == 0 ? 1 : 0;
          }
        };
      case "as_str":
        return new Intrinsics.Impl() {
          @Override
          public void callInto(Machine m, int fp, int dst, Span span) {
            int s = a.ptr(m, fp, 0);
            m.mem.putLong(dst, m.mem.getLong(s + HeapTypes.PTR));
            m.mem.putLong(dst + 8, m.mem.getLong(s + HeapTypes.LEN));
          }
        };
      case "clear":
        return new Intrinsics.Impl() {
          @Override
          public void callInto(Machine m, int fp, int dst, Span span) {
            m.heapTypes.clear(a.ptr(m, fp, 0));
          }
        };
      case "reserve":
        return new Intrinsics.Impl() {
          @Override
          public void callInto(Machine m, int fp, int dst, Span span) {
            m.heapTypes.reserve(a.ptr(m, fp, 0), a.word(m, fp, 1), 1, 1, span);
          }
        };
      case "shrink_to_fit":
        return new Intrinsics.Impl() {
          @Override
          public void callInto(Machine m, int fp, int dst, Span span) {
            m.heapTypes.shrinkToFit(a.ptr(m, fp, 0), 1, 1, span);
          }
        };
      case "pop":
        return new Intrinsics.Impl() {
          @Override
          public void callInto(Machine m, int fp, int dst, Span span) {
            int s = a.ptr(m, fp, 0);
            long len = m.mem.getLong(s + HeapTypes.LEN);
            if (len == 0) {
              m.mem.putInt(dst, 0x110000);
              return;
            }
            int p = (int) m.mem.getLong(s + HeapTypes.PTR);
            int e = (int) (p + len);
            int st = e - 1;
            while ((m.mem.getByte(st) & 0xC0) == 0x80) st--;
            String ch = new String(m.mem.read(st, e - st), java.nio.charset.StandardCharsets.UTF_8);
            m.mem.putInt(dst, ch.codePointAt(0));
            m.mem.putLong(s + HeapTypes.LEN, st - p);
          }
        };
      case "insert":
        return StringEdit.insert(a);
      case "remove":
        return StringEdit.remove(a);
      default:
        return StringParts.of(f, name, a);
    }
  }

  private static Intrinsics.Impl word(Intrinsics.Args a, int off) {
    return new Intrinsics.Impl() {
      @Override
      public long callLong(Machine m, int fp, Span span) {
        return m.mem.getLong(a.ptr(m, fp, 0) + off);
      }
    };
  }
}
