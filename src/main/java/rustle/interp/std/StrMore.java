package rustle.interp.std;

import java.nio.charset.StandardCharsets;
import java.util.List;
import rustle.ast.Span;
import rustle.interp.FnCompiler;
import rustle.interp.nodes.EnumAccess;
import rustle.interp.rt.Machine;
import rustle.types.Infer;
import rustle.types.Layout;
import rustle.types.Prim;
import rustle.types.Ty;

/**
 * Native bodies of the {@code str} methods that take a pattern (a {@code char}, {@code &str} or
 * {@code &String}: contains, starts_with, ends_with, find, rfind, replace, split, split_once,
 * strip_prefix, strip_suffix) or return an iterator over the text (split_whitespace, lines,
 * char_indices). Results that are slices point into the same bytes.
 */
final class StrMore {
  private StrMore() {}

  static Intrinsics.Impl of(FnCompiler f, String name, Intrinsics.Args a) {
    switch (name) {
      case "split_whitespace":
      case "lines":
      case "char_indices": {
        String s = name.equals("split_whitespace") ? "SplitWhitespace" : name.equals("lines") ? "Lines" : "CharIndices";
        Layout l = f.layout(new Ty.Adt(f.c.program.items().std(s), List.of()));
        boolean ci = name.equals("char_indices");
        return new Intrinsics.Impl() {
          @Override
          public void callInto(Machine m, int fp, int dst, Span span) {
            long p = m.mem.getLong(a.at(fp, 0));
            long n = m.mem.getLong(a.at(fp, 0) + 8);
            int i = ci ? 1 : 0;
            if (ci) m.mem.putLong(dst + l.offsets[0], 0);
            m.mem.putLong(dst + l.offsets[i], p);
            m.mem.putLong(dst + l.offsets[i + 1], p + n);
          }
        };
      }
      case "get":
      case "is_char_boundary":
        return StrIndex.of(f, name, a);
      default:
        break;
    }
    Ty patTy = f.code.typeArgs.get(0);
    StrSearch search = StrSearch.of(f, patTy);
    switch (name) {
      case "split":
      case "split_terminator": {
        Ty it = Infer.shallow(f.sub(f.code.def.ret));
        Layout l = f.layout(it);
        int patSize = f.size(patTy);
        byte terminator = (byte) (name.equals("split_terminator") ? 1 : 0);
        return new Intrinsics.Impl() {
          @Override
          public void callInto(Machine m, int fp, int dst, Span span) {
            long p = m.mem.getLong(a.at(fp, 0));
            m.mem.putLong(dst + l.offsets[0], p);
            m.mem.putLong(dst + l.offsets[1], p + m.mem.getLong(a.at(fp, 0) + 8));
            m.mem.copy(a.at(fp, 1), dst + l.offsets[2], patSize);
            m.mem.putByte(dst + l.offsets[3], (byte) 0);
            m.mem.putByte(dst + l.offsets[4], terminator);
          }
        };
      }
      case "contains":
      case "starts_with":
      case "ends_with": {
        int op = name.equals("contains") ? 0 : name.equals("starts_with") ? 1 : 2;
        return new Intrinsics.Impl() {
          @Override
          public long callLong(Machine m, int fp, Span span) {
            int p = (int) m.mem.getLong(a.at(fp, 0));
            int e = p + (int) m.mem.getLong(a.at(fp, 0) + 8);
            int pat = a.at(fp, 1);
            boolean r = op == 0 ? search.first(m, pat, p, e) >= 0 : op == 1 ? search.prefix(m, pat, p, e) >= 0
                : search.suffix(m, pat, p, e) >= 0;
            return r ? 1 : 0;
          }
        };
      }
      case "replace":
        if (search.perChar) return replacePerChar(a, search);
        return new Intrinsics.Impl() {
          @Override
          public void callInto(Machine m, int fp, int dst, Span span) {
            String s = StrIntrinsics.text(m, a.at(fp, 0));
            String from = utf8(search.needle(m, a.at(fp, 1)));
            String to = StrIntrinsics.text(m, a.at(fp, 2));
            String r = from.isEmpty() ? replaceEmpty(s, to) : s.replace(from, to);
            byte[] b = r.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            long cap = replaceCapacity(s, from, to);
            putString(m, dst, b, cap, span);
          }
        };
      default:
        return optional(f, name, a, search);
    }
  }

  /** A String of the bytes b in a block of capacity cap (none when cap is 0). */
  private static void putString(Machine m, int dst, byte[] b, long cap, Span span) {
    m.heapTypes.initEmpty(dst);
    if (cap > 0) m.heapTypes.withCapacity(dst, cap, 1, 1, span);
    if (b.length > 0) {
      m.mem.write((int) m.mem.getLong(dst + rustle.memory.HeapTypes.PTR), b);
      m.mem.putLong(dst + rustle.memory.HeapTypes.LEN, b.length);
    }
  }

  /**
   * replace with a closure or chars: std starts from String::new() (the pattern has no UTF-8 form) and
   * pushes the text before each match and the replacement, each push growing as String's does.
   */
  private static Intrinsics.Impl replacePerChar(Intrinsics.Args a, StrSearch search) {
    return new Intrinsics.Impl() {
      @Override
      public void callInto(Machine m, int fp, int dst, Span span) {
        int base = (int) m.mem.getLong(a.at(fp, 0));
        int e = base + (int) m.mem.getLong(a.at(fp, 0) + 8);
        int pat = a.at(fp, 1);
        byte[] to = StrPatterns.strBytes(m, a.at(fp, 2));
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        long[] cap = {0};
        int last = base;
        for (long hit = search.first(m, pat, base, e); hit >= 0; hit = search.first(m, pat, last, e)) {
          int at = StrSearch.at(hit);
          push(out, cap, m.mem.read(last, at - last));
          push(out, cap, to);
          last = at + StrSearch.len(hit);
        }
        push(out, cap, m.mem.read(last, e - last));
        putString(m, dst, out.toByteArray(), cap[0], span);
      }
    };
  }

  /** String::push_str's growth: the larger of double the capacity, the length needed, and 8. */
  private static void push(java.io.ByteArrayOutputStream out, long[] cap, byte[] b) {
    out.write(b, 0, b.length);
    if (out.size() > cap[0]) cap[0] = Math.max(Math.max(2 * cap[0], out.size()), 8);
  }

  /**
   * The capacity of std's replace result: one ASCII byte for another is an exact copy; otherwise a
   * String::with_capacity(self.len() when the pattern is no longer than the replacement, else 0) that each
   * push grows (max of double, needed, 8): the text before each match, the replacement, then the rest.
   */
  private static long replaceCapacity(String s, String from, String to) {
    if (from.length() == 1 && from.charAt(0) < 0x80 && to.length() == 1 && to.charAt(0) < 0x80) return utf8(s);
    long cap = utf8(from) <= utf8(to) ? utf8(s) : 0;
    long len = 0;
    long t = utf8(to);
    int last = 0;
    int at = from.isEmpty() ? 0 : s.indexOf(from);
    while (at >= 0) {
      len += utf8(s.substring(last, at));
      if (len > cap) cap = Math.max(Math.max(2 * cap, len), 8);
      len += t;
      if (len > cap) cap = Math.max(Math.max(2 * cap, len), 8);
      if (from.isEmpty()) {
        if (at >= s.length()) {
          last = at;
          break;
        }
        last = at;
        at = s.offsetByCodePoints(at, 1);
      } else {
        last = at + from.length();
        at = s.indexOf(from, last);
      }
    }
    len += utf8(s.substring(last));
    if (len > cap) cap = Math.max(Math.max(2 * cap, len), 8);
    return cap;
  }

  private static long utf8(String s) {
    return s.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
  }

  /** std inserts the replacement at every char boundary for an empty pattern. */
  private static String replaceEmpty(String s, String to) {
    StringBuilder b = new StringBuilder(to);
    s.codePoints().forEach(c -> b.appendCodePoint(c).append(to));
    return b.toString();
  }

  /** find, rfind, split_once, strip_prefix, strip_suffix: an Option of a byte offset or of slices. */
  private static Intrinsics.Impl optional(FnCompiler f, String name, Intrinsics.Args a, StrSearch search) {
    Ty ret = Infer.shallow(f.sub(f.code.def.ret));
    Layout rl = f.layout(ret);
    EnumAccess acc = new EnumAccess(rl);
    int payload = rl.variantOffsets[1][0];
    int[] pair = name.equals("split_once")
        ? f.layout(new Ty.Tuple(List.of(new Ty.Ref(Prim.STR, false), new Ty.Ref(Prim.STR, false)))).offsets : null;
    int op = switch (name) {
      case "find" -> 0;
      case "rfind" -> 1;
      case "split_once" -> 2;
      case "strip_prefix" -> 3;
      case "strip_suffix" -> 4;
      default -> throw new IllegalStateException("str::" + name);
    };
    return new Intrinsics.Impl() {
      @Override
      public void callInto(Machine m, int fp, int dst, Span span) {
        int base = (int) m.mem.getLong(a.at(fp, 0));
        int len = (int) m.mem.getLong(a.at(fp, 0) + 8);
        int e = base + len;
        int pat = a.at(fp, 1);
        int at;
        int n;
        if (op <= 2) {
          long hit = op == 1 ? search.last(m, pat, base, e) : search.first(m, pat, base, e);
          at = hit < 0 ? -1 : StrSearch.at(hit) - base;
          n = StrSearch.len(hit);
        } else {
          n = op == 3 ? search.prefix(m, pat, base, e) : search.suffix(m, pat, base, e);
          at = n < 0 ? -1 : op == 3 ? 0 : len - n;
        }
        if (at < 0) {
          acc.setVariant(m.mem, dst, 0);
          return;
        }
        int out = dst + payload;
        switch (op) {
          case 0:
          case 1:
            m.mem.putLong(out, at);
            break;
          case 2:
            m.mem.putLong(out + pair[0], base);
            m.mem.putLong(out + pair[0] + 8, at);
            m.mem.putLong(out + pair[1], base + at + n);
            m.mem.putLong(out + pair[1] + 8, len - at - n);
            break;
          case 3:
            m.mem.putLong(out, base + n);
            m.mem.putLong(out + 8, len - n);
            break;
          default:
            m.mem.putLong(out, base);
            m.mem.putLong(out + 8, at);
            break;
        }
        acc.setVariant(m.mem, dst, 1);
      }
    };
  }

  static String utf8(byte[] b) {
    return new String(b, StandardCharsets.UTF_8);
  }
}
