package rustle.interp.std;

import java.nio.charset.StandardCharsets;
import java.util.List;
import rustle.ast.Span;
import rustle.interp.FnCompiler;
import rustle.interp.rt.Machine;
import rustle.memory.HeapTypes;
import rustle.types.Layout;
import rustle.types.Ty;

/** Native bodies of the prelude's {@code impl str} (argument 0 is the &str fat pointer). */
final class StrIntrinsics {
  private StrIntrinsics() {}

  static String text(Machine m, int fat) {
    return new String(m.mem.read((int) m.mem.getLong(fat), (int) m.mem.getLong(fat + 8)), StandardCharsets.UTF_8);
  }

  static void newString(Machine m, int dst, String s, Span span) {
    newString(m, dst, s.getBytes(StandardCharsets.UTF_8), span);
  }

  /** A new String at dst holding exactly these UTF-8 bytes (capacity == length, as std's to_string does). */
  static void newString(Machine m, int dst, byte[] b, Span span) {
    m.heapTypes.initEmpty(dst);
    if (b.length > 0) {
      m.heapTypes.withCapacity(dst, b.length, 1, 1, span);
      m.mem.write((int) m.mem.getLong(dst + HeapTypes.PTR), b);
      m.mem.putLong(dst + HeapTypes.LEN, b.length);
    }
  }

  static Intrinsics.Impl of(FnCompiler f, String name, Intrinsics.Args a) {
    switch (name) {
      case "__from_utf8_unchecked":
        // &[u8] and &str are the same fat pointer; str::from_utf8 has checked the bytes.
        return new Intrinsics.Impl() {
          @Override
          public void callInto(Machine m, int fp, int dst, Span span) {
            m.mem.copy(a.at(fp, 0), dst, 16);
          }
        };
      case "len":
        return new Intrinsics.Impl() {
          @Override
          public long callLong(Machine m, int fp, Span span) {
            return m.mem.getLong(a.at(fp, 0) + 8);
          }
        };
      case "is_empty":
        return new Intrinsics.Impl() {
          @Override
          public long callLong(Machine m, int fp, Span span) {
            return m.mem.getLong(a.at(fp, 0) + 8) == 0 ? 1 : 0;
          }
        };
      case "chars":
      case "bytes": {
        Ty it = new Ty.Adt(f.c.program.items().std(name.equals("chars") ? "Chars" : "Bytes"), List.of());
        Layout l = f.layout(it);
        return new Intrinsics.Impl() {
          @Override
          public void callInto(Machine m, int fp, int dst, Span span) {
            long p = m.mem.getLong(a.at(fp, 0));
            m.mem.putLong(dst + l.offsets[0], p);
            m.mem.putLong(dst + l.offsets[1], p + m.mem.getLong(a.at(fp, 0) + 8));
          }
        };
      }
      case "as_bytes":
        return new Intrinsics.Impl() {
          @Override
          public void callInto(Machine m, int fp, int dst, Span span) {
            m.mem.copy(a.at(fp, 0), dst, 16);
          }
        };
      case "parse":
        return StrParse.of(f, a);
      case "trim_start":
      case "trim_end":
      case "trim":
        return new Intrinsics.Impl() {
          @Override
          public void callInto(Machine m, int fp, int dst, Span span) {
            int p = (int) m.mem.getLong(a.at(fp, 0));
            int len = (int) m.mem.getLong(a.at(fp, 0) + 8);
            String s = text(m, a.at(fp, 0));
            int st = 0;
            int en = s.length();
            if (!name.equals("trim_end")) {
              while (st < en && Character.isWhitespace(s.codePointAt(st))) st += Character.charCount(s.codePointAt(st));
            }
            if (!name.equals("trim_start")) {
              while (en > st && Character.isWhitespace(s.codePointBefore(en))) en -= Character.charCount(s.codePointBefore(en));
            }
            int bs = s.substring(0, st).getBytes(StandardCharsets.UTF_8).length;
            int bl = s.substring(st, en).getBytes(StandardCharsets.UTF_8).length;
            m.mem.putLong(dst, p + bs);
            m.mem.putLong(dst + 8, bl);
          }
        };
      case "to_uppercase":
      case "to_lowercase": {
        boolean up = name.equals("to_uppercase");
        return new Intrinsics.Impl() {
          @Override
          public void callInto(Machine m, int fp, int dst, Span span) {
            String s = text(m, a.at(fp, 0));
            newString(m, dst, up ? s.toUpperCase(java.util.Locale.ROOT) : s.toLowerCase(java.util.Locale.ROOT), span);
          }
        };
      }
      case "repeat":
        return new Intrinsics.Impl() {
          @Override
          public void callInto(Machine m, int fp, int dst, Span span) {
            newString(m, dst, text(m, a.at(fp, 0)).repeat((int) a.word(m, fp, 1)), span);
          }
        };
      default:
        return StrMore.of(f, name, a);
    }
  }
}
