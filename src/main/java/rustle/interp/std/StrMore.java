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
      case "trim_start_matches":
      case "trim_end_matches":
      case "trim_matches": {
        boolean front = !name.equals("trim_end_matches");
        boolean back = !name.equals("trim_start_matches");
        return new Intrinsics.Impl() {
          @Override
          public void callInto(Machine m, int fp, int dst, Span span) {
            int p = (int) m.mem.getLong(a.at(fp, 0));
            int e = p + (int) m.mem.getLong(a.at(fp, 0) + 8);
            int pat = a.at(fp, 1);
            // std strips while the pattern matches; an empty match (pattern "") does not advance, so it stops.
            for (int n; front && (n = search.prefix(m, pat, p, e)) > 0; ) p += n;
            for (int n; back && (n = search.suffix(m, pat, p, e)) > 0; ) e -= n;
            m.mem.putLong(dst, p);
            m.mem.putLong(dst + 8, e - p);
          }
        };
      }
      case "replace":
      case "replacen":
        return StrReplace.of(name, a, search);
      default:
        return optional(f, name, a, search);
    }
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
