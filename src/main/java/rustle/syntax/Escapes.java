package rustle.syntax;

import org.antlr.v4.runtime.Token;
import rustle.ast.Expr;
import rustle.ast.Span;

/**
 * Decodes char, byte and string literals: the escapes {@code \n \r \t \\ \0 \' \"}, {@code \x7f},
 * unicode escapes (backslash, u, hex digits in braces) and string continuation (backslash-newline),
 * with rustc's error messages.
 */
final class Escapes {
  enum Mode { CHAR, BYTE, STR, BYTE_STR }

  private final BuildContext cx;

  Escapes(BuildContext cx) {
    this.cx = cx;
  }

  Expr.Lit charLit(Token t) {
    int v = single(t, 1, Mode.CHAR);
    return new Expr.CharLit(cx.id(), cx.span(t), v);
  }

  Expr.Lit byteLit(Token t) {
    int v = single(t, 2, Mode.BYTE);
    return new Expr.ByteLit(cx.id(), cx.span(t), v);
  }

  Expr.Lit string(Token t) {
    String text = t.getText();
    String body = text.substring(1, text.length() - 1);
    return new Expr.StrLit(cx.id(), cx.span(t), decode(body, t.getStartIndex() + 1, Mode.STR));
  }

  /**
   * {@code b"ab"} (and raw {@code br"ab"}): a {@code &'static [u8; N]}, built as the borrow of an array of
   * byte literals, which promotion puts in static memory as rustc does with the literal's bytes.
   */
  Expr byteString(Token t, boolean raw) {
    String text = t.getText();
    String bytes;
    if (raw) {
      int hashes = text.indexOf('"') - 2;
      bytes = text.substring(hashes + 3, text.length() - 1 - hashes).replace("\r\n", "\n");
      for (int i = 0; i < bytes.length(); i++) {
        if (bytes.charAt(i) > 0x7f) cx.error("non-ASCII character in raw byte string literal", cx.span(t), "must be ASCII");
      }
    } else {
      bytes = decode(text.substring(2, text.length() - 1), t.getStartIndex() + 2, Mode.BYTE_STR);
    }
    Span span = cx.span(t);
    java.util.List<Expr> elems = new java.util.ArrayList<>(bytes.length());
    for (int i = 0; i < bytes.length(); i++) elems.add(new Expr.ByteLit(cx.id(), span, bytes.charAt(i) & 0xff));
    // `b""` is `&[0u8; 0]`: an empty array literal would leave its element type to inference.
    Expr array = elems.isEmpty()
        ? new Expr.ArrayRepeat(cx.id(), span, new Expr.ByteLit(cx.id(), span, 0), new Expr.IntLit(cx.id(), span, java.math.BigInteger.ZERO, null))
        : new Expr.Array(cx.id(), span, elems);
    return new Expr.Borrow(cx.id(), span, false, array);
  }

  /** {@code r#"..."#}: the text between the quotes, line endings normalised as rustc does. */
  Expr.Lit rawString(Token t) {
    String text = t.getText();
    int hashes = text.indexOf('"') - 1;
    String body = text.substring(hashes + 2, text.length() - 1 - hashes);
    return new Expr.StrLit(cx.id(), cx.span(t), body.replace("\r\n", "\n"));
  }

  private int single(Token t, int prefix, Mode mode) {
    String text = t.getText();
    String value = decode(text.substring(prefix, text.length() - 1), t.getStartIndex() + prefix, mode);
    if (value.codePointCount(0, value.length()) != 1) {
      cx.error("character literal may only contain one codepoint", cx.span(t), null);
      return value.isEmpty() ? 0 : value.codePointAt(0);
    }
    return value.codePointAt(0);
  }

  /** The code points of s; a plain loop, as an IntStream costs milliseconds to link on first use. */
  private static int[] codePoints(String s) {
    int[] out = new int[s.codePointCount(0, s.length())];
    for (int i = 0, k = 0; i < s.length(); k++) {
      int c = s.codePointAt(i);
      out[k] = c;
      i += Character.charCount(c);
    }
    return out;
  }

  /** Decodes a literal body whose first code point is at source offset base. */
  String decode(String body, int base, Mode mode) {
    StringBuilder out = new StringBuilder(body.length());
    int[] cps = codePoints(body);
    int i = 0;
    while (i < cps.length) {
      int c = cps[i];
      if (c != '\\') {
        if (c == '\r' && i + 1 < cps.length && cps[i + 1] == '\n') {
          i++;
          continue;
        }
        if ((mode == Mode.BYTE || mode == Mode.BYTE_STR) && c > 0x7f) {
          cx.error(mode == Mode.BYTE_STR ? "non-ASCII character in byte string literal" : "non-ASCII character in byte literal",
              at(base, i, i + 1), "must be ASCII");
        }
        out.appendCodePoint(c);
        i++;
        continue;
      }
      int e = i + 1 < cps.length ? cps[i + 1] : -1;
      switch (e) {
        case 'n' -> out.append('\n');
        case 'r' -> out.append('\r');
        case 't' -> out.append('\t');
        case '\\' -> out.append('\\');
        case '0' -> out.append('\0');
        case '\'' -> out.append('\'');
        case '"' -> out.append('"');
        case 'x' -> {
          i = hex(cps, i, base, mode, out);
          continue;
        }
        case 'u' -> {
          i = unicode(cps, i, base, mode, out);
          continue;
        }
        case '\n', '\r' -> {
          if (mode != Mode.STR && mode != Mode.BYTE_STR) {
            cx.error("unknown character escape: `" + TokenCheck.escape(Character.toString(e)) + "`",
                at(base, i + 1, i + 2), "unknown character escape");
          }
          i += 2;
          while (i < cps.length && (cps[i] == ' ' || cps[i] == '\t' || cps[i] == '\n' || cps[i] == '\r')) i++;
          continue;
        }
        default -> {
          String shown = e < 0 ? "\\" : TokenCheck.escape(Character.toString(e));
          cx.error("unknown character escape: `" + shown + "`", at(base, i + 1, i + 2),
              "unknown character escape");
        }
      }
      i += 2;
    }
    return out.toString();
  }

  private int hex(int[] cps, int i, int base, Mode mode, StringBuilder out) {
    int value = 0;
    int j = i + 2;
    for (; j < i + 4; j++) {
      int d = j < cps.length ? Character.digit(cps[j], 16) : -1;
      if (d < 0 || cps[j] > 0x7f) {
        cx.error("numeric character escape is too short", at(base, i, j), null);
        return j;
      }
      value = value * 16 + d;
    }
    if (value > 0x7f && mode != Mode.BYTE && mode != Mode.BYTE_STR) {
      cx.error("out of range hex escape", at(base, i, j), "must be a character in the range [\\x00-\\x7f]");
    }
    out.append((char) value);
    return j;
  }

  private int unicode(int[] cps, int i, int base, Mode mode, StringBuilder out) {
    int j = i + 2;
    if (j >= cps.length || cps[j] != '{') {
      cx.error("incorrect unicode escape sequence", at(base, i, j), null);
      return j;
    }
    long value = 0;
    int digits = 0;
    j++;
    while (j < cps.length && cps[j] != '}') {
      int d = cps[j] == '_' ? -2 : cps[j] > 0x7f ? -1 : Character.digit(cps[j], 16);
      if (d == -1) {
        cx.error("invalid character in unicode escape: `" + TokenCheck.escape(Character.toString(cps[j])) + "`",
            at(base, j, j + 1), null);
        return j + 1;
      }
      if (d >= 0) {
        value = value * 16 + d;
        digits++;
      }
      j++;
    }
    Span span = at(base, i, Math.min(j + 1, cps.length));
    if (j >= cps.length) cx.error("unterminated unicode escape", span, null);
    else if (digits == 0) cx.error("empty unicode escape", span, "this escape must have at least 1 hex digit");
    else if (digits > 6) cx.error("overlong unicode escape", span, "must have at most 6 hex digits");
    else if (mode == Mode.BYTE || mode == Mode.BYTE_STR) cx.error("unicode escape in byte string", span, null);
    else if (value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF)) {
      cx.error("invalid unicode character escape", span, null);
    } else {
      out.appendCodePoint((int) value);
    }
    return j + 1;
  }

  private Span at(int base, int from, int to) {
    return cx.spanOf(base + from, base + to);
  }
}
