package rustle.interp.std;

import rustle.ast.Span;
import rustle.interp.rt.Machine;

/** Native bodies of the prelude's {@code impl char}. */
final class CharIntrinsics {
  private CharIntrinsics() {}

  static Intrinsics.Impl of(String name, Intrinsics.Args a) {
    // std takes &self for the ASCII methods (`filter(char::is_ascii_digit)` passes a &char).
    boolean byRef = name.startsWith("is_ascii") || name.startsWith("to_ascii");
    return new Intrinsics.Impl() {
      int ch(Machine m, int fp) {
        return byRef ? m.mem.getInt(a.ptr(m, fp, 0)) : m.mem.getInt(a.at(fp, 0));
      }

      @Override
      public long callLong(Machine m, int fp, Span span) {
        int c = ch(m, fp);
        switch (name) {
          case "is_alphabetic": return Character.isLetter(c) ? 1 : 0;
          case "is_numeric": return Character.isDigit(c) || Character.getType(c) == Character.LETTER_NUMBER
              || Character.getType(c) == Character.OTHER_NUMBER ? 1 : 0;
          case "is_alphanumeric": return Character.isLetterOrDigit(c) ? 1 : 0;
          case "is_whitespace": return Character.isWhitespace(c) || c == 0x85 || c == 0xA0 ? 1 : 0;
          case "is_uppercase": return Character.isUpperCase(c) ? 1 : 0;
          case "is_lowercase": return Character.isLowerCase(c) ? 1 : 0;
          case "is_ascii_digit": return c >= '0' && c <= '9' ? 1 : 0;
          case "is_ascii_alphabetic": return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ? 1 : 0;
          case "is_ascii": return c < 128 ? 1 : 0;
          case "to_ascii_uppercase": return c >= 'a' && c <= 'z' ? c - 32 : c;
          case "to_ascii_lowercase": return c >= 'A' && c <= 'Z' ? c + 32 : c;
          case "len_utf8": return c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
          default: throw new IllegalStateException("char::" + name);
        }
      }

      @Override
      public void callInto(Machine m, int fp, int dst, Span span) {
        if (name.equals("__case_string")) {
          // The full Unicode case mapping of one char (ß upper-cases to "SS"), as a new String.
          String s = new String(Character.toChars(ch(m, fp)));
          boolean upper = m.mem.getByte(a.at(fp, 1)) != 0;
          StrIntrinsics.newString(m, dst, upper ? s.toUpperCase(java.util.Locale.ROOT) : s.toLowerCase(java.util.Locale.ROOT), span);
          return;
        }
        if (name.equals("from_u32")) {
          // Option<char>: None is the niche value 0x110000.
          long i = m.mem.getInt(a.at(fp, 0)) & 0xffffffffL;
          boolean ok = i <= 0x10FFFF && (i < 0xD800 || i > 0xDFFF);
          m.mem.putInt(dst, ok ? (int) i : 0x110000);
          return;
        }
        // to_digit(radix) -> Option<u32>: tag at 0, payload at 4.
        int c = ch(m, fp);
        int radix = m.mem.getInt(a.at(fp, 1));
        int d = Character.digit(c, radix);
        if (c > 127) d = -1;
        m.mem.putInt(dst, d < 0 ? 0 : 1);
        if (d >= 0) m.mem.putInt(dst + 4, d);
      }
    };
  }
}
