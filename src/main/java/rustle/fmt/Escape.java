package rustle.fmt;

/** Rust's {@code escape_debug} rules, used by the Debug output of {@code str} and {@code char}. */
final class Escape {

  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private Escape() {}

  /** Appends {@code "..."} with the string escaped as {@code <str as Debug>} does. */
  static void debugStr(StringBuilder sb, String s) {
    sb.append('"');
    int n = s.length();
    int run = 0;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c >= 0x20 && c < 0x7F && c != '\\' && c != '"') {
        continue;
      }
      // Plain printable ASCII is copied in runs; everything else goes one code point at a time.
      int cp = c < 0x7F ? c : Character.codePointAt(s, i);
      int len = Character.charCount(cp);
      if (c < 0x7F || EscapeTable.needsUnicodeEscape(cp)) {
        sb.append(s, run, i);
        escape(sb, cp, false, true);
        run = i + len;
      }
      i += len - 1;
    }
    sb.append(s, run, n).append('"');
  }

  /** Appends {@code '.'} with the char escaped as {@code <char as Debug>} does. */
  static void debugChar(StringBuilder sb, int cp) {
    sb.append('\'');
    escape(sb, cp, true, false);
    sb.append('\'');
  }

  /** What {@code char::escape_debug} gives, which escapes both kinds of quote. */
  static String escapeDebug(int cp) {
    StringBuilder sb = new StringBuilder(12);
    escape(sb, cp, true, true);
    return sb.toString();
  }

  private static void escape(StringBuilder sb, int cp, boolean singleQuote, boolean doubleQuote) {
    switch (cp) {
      case 0 -> sb.append("\\0");
      case '\t' -> sb.append("\\t");
      case '\r' -> sb.append("\\r");
      case '\n' -> sb.append("\\n");
      case '\\' -> sb.append("\\\\");
      case '"' -> sb.append(doubleQuote ? "\\\"" : "\"");
      case '\'' -> sb.append(singleQuote ? "\\'" : "'");
      default -> {
        if (EscapeTable.needsUnicodeEscape(cp)) {
          sb.append("\\u{");
          int shift = (31 - Integer.numberOfLeadingZeros(cp | 1)) & ~3;
          for (; shift >= 0; shift -= 4) {
            sb.append(HEX[(cp >>> shift) & 0xF]);
          }
          sb.append('}');
        } else {
          sb.appendCodePoint(cp);
        }
      }
    }
  }
}
