package rustle.interp.std;

import rustle.interp.FnCompiler;
import rustle.interp.rt.Machine;
import rustle.types.Infer;
import rustle.types.Layout;
import rustle.types.Prim;
import rustle.types.Ty;

/**
 * Steppers of the iterators over borrowed text and slices: split_whitespace, lines, split (by a
 * {@code char} or a {@code &str}), char_indices, windows, chunks. Each keeps the part not yet visited
 * as (pointer, end) or (pointer, length) and yields fat pointers into the same bytes (no copies).
 */
final class TextSteppers {
  private TextSteppers() {}

  static Stepper of(FnCompiler f, Ty.Adt a, Layout l) {
    switch (a.def().name) {
      case "SplitWhitespace": return words(l.offsets[0], l.offsets[1]);
      case "Lines": return lines(l.offsets[0], l.offsets[1]);
      case "Split": return split(f, a, l);
      case "CharIndices": return charIndices(f, l);
      case "Windows":
      case "Chunks": {
        int esize = f.size(a.args().get(0));
        boolean windows = a.def().name.equals("Windows");
        int p = l.offsets[0];
        int n = l.offsets[1];
        int k = l.offsets[2];
        return new Stepper() {
          @Override
          public boolean next(Machine m, int it, int dst) {
            long len = m.mem.getLong(it + n);
            long size = m.mem.getLong(it + k);
            long ptr = m.mem.getLong(it + p);
            long take = windows ? size : Math.min(len, size);
            if (windows ? len < size : len == 0) return false;
            m.mem.putLong(dst, ptr);
            m.mem.putLong(dst + 8, take);
            long step = windows ? 1 : take;
            m.mem.putLong(it + p, ptr + step * esize);
            m.mem.putLong(it + n, len - step);
            return true;
          }
        };
      }
      default:
        throw new IllegalStateException("no stepper for " + a.def().name);
    }
  }

  /** char::is_whitespace (Unicode White_Space). */
  static boolean isWhitespace(int c) {
    if (c == ' ' || (c >= 0x09 && c <= 0x0d)) return true;
    if (c < 0x85) return false;
    return c == 0x85 || c == 0xa0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200a) || c == 0x2028 || c == 0x2029
        || c == 0x202f || c == 0x205f || c == 0x3000;
  }

  /** The code point starting at p, and its length in the high bits: (len << 32) | cp. */
  static long decode(Machine m, int p) {
    int b0 = m.mem.getByte(p) & 0xff;
    int n = b0 < 0x80 ? 1 : b0 < 0xE0 ? 2 : b0 < 0xF0 ? 3 : 4;
    int cp = n == 1 ? b0 : b0 & (0xFF >> (n + 1));
    for (int i = 1; i < n; i++) cp = (cp << 6) | (m.mem.getByte(p + i) & 0x3f);
    return ((long) n << 32) | cp;
  }

  private static Stepper words(int ptrOff, int endOff) {
    return new Stepper() {
      @Override
      public boolean next(Machine m, int it, int dst) {
        int p = (int) m.mem.getLong(it + ptrOff);
        int e = (int) m.mem.getLong(it + endOff);
        while (p < e) {
          long d = decode(m, p);
          if (!isWhitespace((int) d)) break;
          p += (int) (d >>> 32);
        }
        if (p >= e) {
          m.mem.putLong(it + ptrOff, e);
          return false;
        }
        int start = p;
        while (p < e) {
          long d = decode(m, p);
          if (isWhitespace((int) d)) break;
          p += (int) (d >>> 32);
        }
        m.mem.putLong(dst, start);
        m.mem.putLong(dst + 8, p - start);
        m.mem.putLong(it + ptrOff, p);
        return true;
      }

      @Override
      public boolean nextBack(Machine m, int it, int dst) {
        int p = (int) m.mem.getLong(it + ptrOff);
        int e = (int) m.mem.getLong(it + endOff);
        while (e > p) {
          int s = charStart(m, p, e);
          if (!isWhitespace((int) decode(m, s))) break;
          e = s;
        }
        if (e <= p) {
          m.mem.putLong(it + endOff, p);
          return false;
        }
        int end = e;
        while (e > p) {
          int s = charStart(m, p, e);
          if (isWhitespace((int) decode(m, s))) break;
          e = s;
        }
        m.mem.putLong(dst, e);
        m.mem.putLong(dst + 8, end - e);
        m.mem.putLong(it + endOff, e);
        return true;
      }
    };
  }

  /** Where the last char of [p, e) starts: back over UTF-8 continuation bytes. */
  static int charStart(Machine m, int p, int e) {
    int s = e - 1;
    while (s > p && (m.mem.getByte(s) & 0xC0) == 0x80) s--;
    return s;
  }

  private static Stepper lines(int ptrOff, int endOff) {
    return new Stepper() {
      @Override
      public boolean next(Machine m, int it, int dst) {
        int p = (int) m.mem.getLong(it + ptrOff);
        int e = (int) m.mem.getLong(it + endOff);
        if (p >= e) return false;
        int q = p;
        while (q < e && m.mem.getByte(q) != '\n') q++;
        int lineEnd = q;
        if (q < e && lineEnd > p && m.mem.getByte(lineEnd - 1) == '\r') lineEnd--;
        m.mem.putLong(dst, p);
        m.mem.putLong(dst + 8, lineEnd - p);
        m.mem.putLong(it + ptrOff, q < e ? q + 1 : e);
        return true;
      }

      /** The last line: up to a final '\n' (then a '\r' before it), from after the '\n' before it. */
      @Override
      public boolean nextBack(Machine m, int it, int dst) {
        int p = (int) m.mem.getLong(it + ptrOff);
        int e = (int) m.mem.getLong(it + endOff);
        if (p >= e) return false;
        boolean nl = m.mem.getByte(e - 1) == '\n';
        int q = nl ? e - 1 : e;
        while (q > p && m.mem.getByte(q - 1) != '\n') q--;
        int lineEnd = nl ? e - 1 : e;
        if (nl && lineEnd > q && m.mem.getByte(lineEnd - 1) == '\r') lineEnd--;
        m.mem.putLong(dst, q);
        m.mem.putLong(dst + 8, lineEnd - q);
        m.mem.putLong(it + endOff, q);
        return true;
      }
    };
  }

  /**
   * Split { ptr, end, pat, finished, terminator }: the piece before the next match of the pattern
   * (StrSearch). finished is 2 after an empty needle matched at ptr (std's empty needle matches at every
   * char boundary, so the next piece is one char). With terminator (split_terminator) an empty last
   * piece is not yielded.
   */
  private static Stepper split(FnCompiler f, Ty.Adt a, Layout l) {
    StrSearch search = StrSearch.of(f, a.args().get(0));
    int ptrOff = l.offsets[0];
    int endOff = l.offsets[1];
    int patOff = l.offsets[2];
    int finOff = l.offsets[3];
    int termOff = l.offsets[4];
    return new Stepper() {
      @Override
      public boolean next(Machine m, int it, int dst) {
        byte fin = m.mem.getByte(it + finOff);
        if (fin == 1) return false;
        int p = (int) m.mem.getLong(it + ptrOff);
        int e = (int) m.mem.getLong(it + endOff);
        long hit = search.first(m, it + patOff, p, e);
        if (hit >= 0 && StrSearch.len(hit) == 0) {
          // The empty needle: a match at p (once), then at each next char boundary.
          if (fin == 2) hit = p < e ? StrSearch.packed(p + (int) (TextSteppers.decode(m, p) >>> 32), 0) : -1;
          m.mem.putByte(it + finOff, (byte) 2);
        }
        if (hit < 0) {
          m.mem.putByte(it + finOff, (byte) 1);
          if (m.mem.getByte(it + termOff) != 0 && p == e) return false;
          m.mem.putLong(dst, p);
          m.mem.putLong(dst + 8, e - p);
        } else {
          int at = StrSearch.at(hit);
          m.mem.putLong(dst, p);
          m.mem.putLong(dst + 8, at - p);
          m.mem.putLong(it + ptrOff, at + StrSearch.len(hit));
        }
        return true;
      }

      /**
       * std's SplitInternal::next_back (a char, chars or a closure: a one-char match): the piece after
       * the last match; split_terminator first drops an empty last piece, then allows it.
       */
      @Override
      public boolean nextBack(Machine m, int it, int dst) {
        if (m.mem.getByte(it + finOff) == 1) return false;
        if (m.mem.getByte(it + termOff) != 0) {
          m.mem.putByte(it + termOff, (byte) 0);
          if (nextBack(m, it, dst) && m.mem.getLong(dst + 8) != 0) return true;
          if (m.mem.getByte(it + finOff) == 1) return false;
        }
        int p = (int) m.mem.getLong(it + ptrOff);
        int e = (int) m.mem.getLong(it + endOff);
        long hit = search.last(m, it + patOff, p, e);
        if (hit < 0) {
          m.mem.putByte(it + finOff, (byte) 1);
          m.mem.putLong(dst, p);
          m.mem.putLong(dst + 8, e - p);
        } else {
          int after = StrSearch.at(hit) + StrSearch.len(hit);
          m.mem.putLong(dst, after);
          m.mem.putLong(dst + 8, e - after);
          m.mem.putLong(it + endOff, StrSearch.at(hit));
        }
        return true;
      }
    };
  }

  /** CharIndices { front_offset, ptr, end }: yields (byte offset, char). */
  private static Stepper charIndices(FnCompiler f, Layout l) {
    Layout tl = f.layout(new Ty.Tuple(java.util.List.of(Prim.USIZE, Prim.CHAR)));
    int fo = l.offsets[0];
    int po = l.offsets[1];
    int eo = l.offsets[2];
    int io = tl.offsets[0];
    int co = tl.offsets[1];
    return new Stepper() {
      @Override
      public boolean next(Machine m, int it, int dst) {
        int p = (int) m.mem.getLong(it + po);
        int e = (int) m.mem.getLong(it + eo);
        if (p >= e) return false;
        long d = decode(m, p);
        int n = (int) (d >>> 32);
        long off = m.mem.getLong(it + fo);
        m.mem.putLong(dst + io, off);
        m.mem.putInt(dst + co, (int) d);
        m.mem.putLong(it + fo, off + n);
        m.mem.putLong(it + po, p + n);
        return true;
      }

      @Override
      public boolean nextBack(Machine m, int it, int dst) {
        int p = (int) m.mem.getLong(it + po);
        int e = (int) m.mem.getLong(it + eo);
        if (p >= e) return false;
        int s = charStart(m, p, e);
        m.mem.putLong(dst + io, m.mem.getLong(it + fo) + (s - p));
        m.mem.putInt(dst + co, (int) decode(m, s));
        m.mem.putLong(it + eo, s);
        return true;
      }
    };
  }
}
