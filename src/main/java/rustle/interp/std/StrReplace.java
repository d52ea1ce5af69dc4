package rustle.interp.std;

import java.io.ByteArrayOutputStream;
import rustle.ast.Span;
import rustle.interp.rt.Machine;
import rustle.memory.HeapTypes;

/**
 * {@code str::replace} and {@code replacen} over any pattern (StrSearch), with std's capacities: replace
 * maps one ASCII byte to another in an exact copy, else starts from String::with_capacity(self.len() when
 * the pattern's UTF-8 is no longer than the replacement, else 0); replacen starts from 32; each push of the
 * text before a match, of the replacement and of the rest grows as String's does.
 */
final class StrReplace {
  private StrReplace() {}

  static Intrinsics.Impl of(String name, Intrinsics.Args a, StrSearch search) {
    boolean n = name.equals("replacen");
    return new Intrinsics.Impl() {
      @Override
      public void callInto(Machine m, int fp, int dst, Span span) {
        int base = (int) m.mem.getLong(a.at(fp, 0));
        int e = base + (int) m.mem.getLong(a.at(fp, 0) + 8);
        int pat = a.at(fp, 1);
        byte[] to = StrPatterns.strBytes(m, a.at(fp, 2));
        long count = n ? a.word(m, fp, 3) : -1;
        byte[] needle = search.needle(m, pat);
        long[] cap = {0};
        if (n) {
          cap[0] = 32;
        } else if (!search.perChar && needle.length == 1 && needle[0] >= 0 && to.length == 1) {
          cap[0] = -1;
        } else if (!search.perChar && needle.length <= to.length) {
          cap[0] = e - base;
        }
        boolean exact = cap[0] < 0;
        if (exact) cap[0] = 0;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int pos = base;
        int last = base;
        for (long done = 0; count < 0 || done < count; done++) {
          long hit = search.first(m, pat, pos, e);
          if (hit < 0) break;
          int at = StrSearch.at(hit);
          int len = StrSearch.len(hit);
          push(out, cap, m.mem.read(last, at - last));
          push(out, cap, to);
          last = at + len;
          if (len > 0) {
            pos = last;
          } else {
            // The empty pattern matches at every char boundary, the end included.
            if (at >= e) break;
            pos = at + (int) (TextSteppers.decode(m, at) >>> 32);
          }
        }
        push(out, cap, m.mem.read(last, e - last));
        byte[] b = out.toByteArray();
        putString(m, dst, b, exact ? b.length : cap[0], span);
      }
    };
  }

  /** String::push_str's growth: the larger of double the capacity, the length needed, and 8. */
  private static void push(ByteArrayOutputStream out, long[] cap, byte[] b) {
    out.write(b, 0, b.length);
    if (out.size() > cap[0]) cap[0] = Math.max(Math.max(2 * cap[0], out.size()), 8);
  }

  /** A String of the bytes b in a block of capacity cap (none when cap is 0). */
  private static void putString(Machine m, int dst, byte[] b, long cap, Span span) {
    m.heapTypes.initEmpty(dst);
    if (cap > 0) m.heapTypes.withCapacity(dst, cap, 1, 1, span);
    if (b.length > 0) {
      m.mem.write((int) m.mem.getLong(dst + HeapTypes.PTR), b);
      m.mem.putLong(dst + HeapTypes.LEN, b.length);
    }
  }
}
