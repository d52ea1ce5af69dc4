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
      default:
        break;
    }
    Ty patTy = f.code.typeArgs.get(0);
    int kind = StrPatterns.kind(patTy);
    switch (name) {
      case "split": {
        Ty it = Infer.shallow(f.sub(f.code.def.ret));
        Layout l = f.layout(it);
        int patSize = f.size(patTy);
        return new Intrinsics.Impl() {
          @Override
          public void callInto(Machine m, int fp, int dst, Span span) {
            long p = m.mem.getLong(a.at(fp, 0));
            m.mem.putLong(dst + l.offsets[0], p);
            m.mem.putLong(dst + l.offsets[1], p + m.mem.getLong(a.at(fp, 0) + 8));
            m.mem.copy(a.at(fp, 1), dst + l.offsets[2], patSize);
            m.mem.putByte(dst + l.offsets[3], (byte) 0);
          }
        };
      }
      case "contains":
      case "starts_with":
      case "ends_with":
        return new Intrinsics.Impl() {
          @Override
          public long callLong(Machine m, int fp, Span span) {
            String s = StrIntrinsics.text(m, a.at(fp, 0));
            String p = StrPatterns.text(m, kind, a.at(fp, 1));
            boolean r = name.equals("contains") ? s.contains(p) : name.equals("starts_with") ? s.startsWith(p) : s.endsWith(p);
            return r ? 1 : 0;
          }
        };
      case "replace":
        return new Intrinsics.Impl() {
          @Override
          public void callInto(Machine m, int fp, int dst, Span span) {
            String s = StrIntrinsics.text(m, a.at(fp, 0));
            String from = StrPatterns.text(m, kind, a.at(fp, 1));
            String to = StrIntrinsics.text(m, a.at(fp, 2));
            String r = from.isEmpty() ? replaceEmpty(s, to) : s.replace(from, to);
            byte[] b = r.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            m.heapTypes.initEmpty(dst);
            long cap = replaceCapacity(s, from, to);
            if (cap > 0) m.heapTypes.withCapacity(dst, cap, 1, 1, span);
            if (b.length > 0) {
              m.mem.write((int) m.mem.getLong(dst + rustle.memory.HeapTypes.PTR), b);
              m.mem.putLong(dst + rustle.memory.HeapTypes.LEN, b.length);
            }
          }
        };
      default:
        return optional(f, name, a, kind);
    }
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
  private static Intrinsics.Impl optional(FnCompiler f, String name, Intrinsics.Args a, int kind) {
    Ty ret = Infer.shallow(f.sub(f.code.def.ret));
    Layout rl = f.layout(ret);
    EnumAccess acc = new EnumAccess(rl);
    int payload = rl.variantOffsets[1][0];
    int[] pair = name.equals("split_once")
        ? f.layout(new Ty.Tuple(List.of(new Ty.Ref(Prim.STR, false), new Ty.Ref(Prim.STR, false)))).offsets : null;
    return new Intrinsics.Impl() {
      @Override
      public void callInto(Machine m, int fp, int dst, Span span) {
        int base = (int) m.mem.getLong(a.at(fp, 0));
        int len = (int) m.mem.getLong(a.at(fp, 0) + 8);
        byte[] hay = m.mem.read(base, len);
        byte[] pat = StrPatterns.bytes(m, kind, a.at(fp, 1));
        int at;
        switch (name) {
          case "find": at = indexOf(hay, pat, false); break;
          case "rfind": at = indexOf(hay, pat, true); break;
          case "split_once": at = indexOf(hay, pat, false); break;
          case "strip_prefix": at = startsWith(hay, pat, 0) ? 0 : -1; break;
          case "strip_suffix": at = len >= pat.length && startsWith(hay, pat, len - pat.length) ? len - pat.length : -1; break;
          default: throw new IllegalStateException("str::" + name);
        }
        if (at < 0) {
          acc.setVariant(m.mem, dst, 0);
          return;
        }
        int out = dst + payload;
        switch (name) {
          case "find":
          case "rfind":
            m.mem.putLong(out, at);
            break;
          case "split_once":
            m.mem.putLong(out + pair[0], base);
            m.mem.putLong(out + pair[0] + 8, at);
            m.mem.putLong(out + pair[1], base + at + pat.length);
            m.mem.putLong(out + pair[1] + 8, len - at - pat.length);
            break;
          case "strip_prefix":
            m.mem.putLong(out, base + pat.length);
            m.mem.putLong(out + 8, len - pat.length);
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

  private static boolean startsWith(byte[] hay, byte[] pat, int at) {
    if (at < 0 || at + pat.length > hay.length) return false;
    for (int j = 0; j < pat.length; j++) if (hay[at + j] != pat[j]) return false;
    return true;
  }

  private static int indexOf(byte[] hay, byte[] pat, boolean last) {
    if (last) {
      for (int i = hay.length - pat.length; i >= 0; i--) if (startsWith(hay, pat, i)) return i;
      return -1;
    }
    for (int i = 0; i + pat.length <= hay.length; i++) if (startsWith(hay, pat, i)) return i;
    return -1;
  }

  static String utf8(byte[] b) {
    return new String(b, StandardCharsets.UTF_8);
  }
}
