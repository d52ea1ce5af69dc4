package rustle.interp.std;

import java.nio.charset.StandardCharsets;
import rustle.ast.Span;
import rustle.interp.rt.Machine;
import rustle.interp.rt.RustPanic;
import rustle.memory.HeapTypes;

/** {@code String::insert} and {@code String::remove}: edits in the middle of a String's UTF-8 buffer. */
final class StringEdit {
  private StringEdit() {}

  static Intrinsics.Impl insert(Intrinsics.Args a) {
    return new Intrinsics.Impl() {
      @Override
      public void callInto(Machine m, int fp, int dst, Span span) {
        int s = a.ptr(m, fp, 0);
        long idx = a.word(m, fp, 1);
        byte[] ch = new String(Character.toChars(m.mem.getInt(a.at(fp, 2)))).getBytes(StandardCharsets.UTF_8);
        long len = HeapTypes.len(m.mem, s);
        if (Long.compareUnsigned(idx, len) > 0 || !isBoundary(m, HeapTypes.ptr(m.mem, s), len, idx)) {
          throw new RustPanic("assertion failed: self.is_char_boundary(idx)", m.callerSpan());
        }
        m.heapTypes.reserve(s, ch.length, 1, 1, span);
        int p = HeapTypes.ptr(m.mem, s);
        m.mem.copy((int) (p + idx), (int) (p + idx + ch.length), (int) (len - idx));
        for (int i = 0; i < ch.length; i++) m.mem.putByte((int) (p + idx + i), ch[i]);
        HeapTypes.setLen(m.mem, s, len + ch.length);
      }
    };
  }

  static Intrinsics.Impl remove(Intrinsics.Args a) {
    return new Intrinsics.Impl() {
      @Override
      public long callLong(Machine m, int fp, Span span) {
        int s = a.ptr(m, fp, 0);
        long idx = a.word(m, fp, 1);
        long len = HeapTypes.len(m.mem, s);
        int p = HeapTypes.ptr(m.mem, s);
        if (Long.compareUnsigned(idx, len) >= 0) {
          throw new RustPanic("cannot remove a char from the end of a string", m.callerSpan());
        }
        if (!isBoundary(m, p, len, idx)) throw notBoundary(m, p, len, idx);
        long end = idx + 1;
        while (end < len && (m.mem.getByte((int) (p + end)) & 0xC0) == 0x80) end++;
        int c = new String(m.mem.read((int) (p + idx), (int) (end - idx)), StandardCharsets.UTF_8).codePointAt(0);
        m.mem.copy((int) (p + end), (int) (p + idx), (int) (len - end));
        HeapTypes.setLen(m.mem, s, len - (end - idx));
        return c;
      }
    };
  }

  private static boolean isBoundary(Machine m, int p, long len, long idx) {
    return idx == len || (m.mem.getByte((int) (p + idx)) & 0xC0) != 0x80;
  }

  /** The panic of slicing {@code &s[idx..]} inside a character, which is how std's remove fails. */
  private static RustPanic notBoundary(Machine m, int p, long len, long idx) {
    long cs = idx;
    while ((m.mem.getByte((int) (p + cs)) & 0xC0) == 0x80) cs--;
    long ce = cs + 1;
    while (ce < len && (m.mem.getByte((int) (p + ce)) & 0xC0) == 0x80) ce++;
    String ch = new String(m.mem.read((int) (p + cs), (int) (ce - cs)), StandardCharsets.UTF_8);
    String text = new String(m.mem.read(p, (int) len), StandardCharsets.UTF_8);
    return new RustPanic("start byte index " + idx + " is not a char boundary; it is inside '" + ch + "' (bytes " + cs
        + ".." + ce + ") of `" + text + "`", m.callerSpan());
  }
}
