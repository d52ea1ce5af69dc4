package rustle.interp.std;

import rustle.types.Prim;
import rustle.types.Ty;

/**
 * The capacity of the String std's {@code to_string} returns, which depends on how std builds it
 * (alloc's SpecToString, rustc 1.95): signed integers reserve their type's most decimal digits (plus
 * one for the sign of a negative value) before writing; unsigned integers, char, bool and str copy the
 * text into an exact-capacity String; everything else goes through the blanket impl, Display into
 * {@code String::new()}, which grows as each piece is pushed (for floats, core's flt2dec parts).
 */
final class ToStringCaps {
  private ToStringCaps() {}

  /** A String's amortized growth: when len exceeds cap, max(2 * cap, len, 8) for bytes. */
  private static long grow(long cap, long len) {
    return len > cap ? Math.max(Math.max(2 * cap, len), 8) : cap;
  }

  /** The capacity of x.to_string() whose text is the ASCII or UTF-8 text of n bytes; -1 for exact. */
  static long of(Ty x, String text, int n) {
    if (x instanceof Ty.Adt a && a.def().builtin == rustle.types.AdtDef.Builtin.STRING) return -1;
    // Through the blanket impl: std's Display impls of its other types write their text in one piece.
    if (!(x instanceof Prim p)) return n == 0 ? 0 : Math.max(n, 8);
    switch (p) {
      case I8: return 3 + (text.startsWith("-") ? 1 : 0);
      case I16: return 5 + (text.startsWith("-") ? 1 : 0);
      case I32: return 10 + (text.startsWith("-") ? 1 : 0);
      case I64:
      case ISIZE:
        return 19 + (text.startsWith("-") ? 1 : 0);
      case F32:
      case F64:
        return floatDisplay(text);
      default:
        return -1;
    }
  }

  /**
   * Display of a float without width or precision, pushed as core writes it: the sign, then the parts
   * of flt2dec's decimal string ("0." and the zeros after it, or the integer digits, "." and the
   * fraction, or the shortest digits and the zeros that follow them, in chunks of at most 64).
   */
  static long floatDisplay(String text) {
    long cap = 0;
    long len = 0;
    String t = text;
    if (t.startsWith("-")) {
      len = 1;
      cap = grow(cap, len);
      t = t.substring(1);
    }
    int dot = t.indexOf('.');
    if (t.equals("NaN") || t.equals("inf") || t.equals("0")) {
      return grow(cap, len + t.length());
    }
    if (dot >= 0 && t.startsWith("0.")) {
      len += 2;
      cap = grow(cap, len);
      int i = 2;
      while (i < t.length() && t.charAt(i) == '0') i++;
      cap = zeros(cap, len, i - 2);
      len += i - 2;
      return grow(cap, len + t.length() - i);
    }
    if (dot >= 0) {
      len += dot;
      cap = grow(cap, len);
      len += 1;
      cap = grow(cap, len);
      return grow(cap, len + t.length() - dot - 1);
    }
    // The shortest digits never end in 0: the trailing zeros are a Zero part.
    int end = t.length();
    while (end > 1 && t.charAt(end - 1) == '0') end--;
    len += end;
    cap = grow(cap, len);
    return zeros(cap, len, t.length() - end);
  }

  /** Pushes n zeros as core's Part::Zero does, at most 64 at a time; the capacity after. */
  private static long zeros(long cap, long len, int n) {
    while (n > 0) {
      int k = Math.min(n, 64);
      len += k;
      cap = grow(cap, len);
      n -= k;
    }
    return cap;
  }

  /** A new String at dst holding text, with the capacity x.to_string() gives it. */
  static void newString(rustle.interp.rt.Machine m, int dst, Ty x, String text, rustle.ast.Span span) {
    byte[] b = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    long cap = of(x, text, b.length);
    if (cap < 0 || cap == b.length) {
      StrIntrinsics.newString(m, dst, b, span);
      return;
    }
    m.heapTypes.initEmpty(dst);
    m.heapTypes.withCapacity(dst, cap, 1, 1, span);
    m.mem.write((int) m.mem.getLong(dst + rustle.memory.HeapTypes.PTR), b);
    m.mem.putLong(dst + rustle.memory.HeapTypes.LEN, b.length);
  }
}
