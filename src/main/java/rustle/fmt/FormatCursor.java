package rustle.fmt;

import java.util.ArrayList;
import java.util.List;

/**
 * The low-level scanning of a format string shared by its parser: code points, identifiers, u16
 * integers and whitespace as rustc's {@code rustc_parse_format} reads them, and its error list.
 */
abstract class FormatCursor {

  static final String PREFIX = "invalid format string: ";

  final String s;
  int pos;

  /** rustc's error list: most errors are appended, a few better ones jump to the front. */
  private final List<FormatError> errors = new ArrayList<>(2);

  FormatCursor(String s) {
    this.s = s;
  }

  void push(FormatError e) {
    errors.add(e);
  }

  void insertFirst(FormatError e) {
    errors.add(0, e);
  }

  /** The error rustc would report, or null. */
  FormatError firstError() {
    return errors.isEmpty() ? null : errors.get(0);
  }

  /** Parses ASCII digits as a u16 like rustc; returns -1 when there are none. */
  int integer() {
    int start = pos;
    long value = 0;
    while (pos < s.length() && s.charAt(pos) >= '0' && s.charAt(pos) <= '9') {
      value = Math.min(value * 10 + (s.charAt(pos) - '0'), Integer.MAX_VALUE);
      pos++;
    }
    if (pos == start) {
      return -1;
    }
    if (value > 0xFFFF) {
      String digits = s.substring(start, pos);
      push(
          new FormatError(
              PREFIX
                  + "integer `"
                  + digits
                  + "` does not fit into the type `u16` whose range is `0..=65535`",
              start,
              // rustc's span runs to the end of the char after the digits
              pos - start + (pos < s.length() ? Character.charCount(s.codePointAt(pos)) : 0),
              "integer out of range for `u16` in format string",
              null));
      return (int) (value & 0xFFFF);
    }
    return (int) value;
  }

  /** An identifier or keyword; a lone {@code _} is an error, as in rustc. */
  String word() {
    int start = pos;
    if (!isIdStart(peek())) {
      return "";
    }
    pos += Character.charCount(peek());
    while (isIdContinue(peek())) {
      pos += Character.charCount(peek());
    }
    String word = s.substring(start, pos);
    if (word.equals("_")) {
      push(
          new FormatError(
              PREFIX + "invalid argument name `_`",
              start,
              1,
              "invalid argument name in format string",
              "argument name cannot be a single underscore"));
    }
    return word;
  }

  void ws() {
    while (pos < s.length() && isWhitespace(s.codePointAt(pos))) {
      pos += Character.charCount(s.codePointAt(pos));
    }
  }

  boolean consume(char c) {
    if (pos < s.length() && s.charAt(pos) == c) {
      pos++;
      return true;
    }
    return false;
  }

  int peek() {
    return peekAt(pos);
  }

  int peekAt(int i) {
    return i < s.length() ? s.codePointAt(i) : -1;
  }

  static boolean isIdStart(int c) {
    return c == '_' || (c >= 0 && Character.isUnicodeIdentifierStart(c));
  }

  static boolean isIdContinue(int c) {
    return c >= 0 && Character.isUnicodeIdentifierPart(c) && !Character.isIdentifierIgnorable(c);
  }

  /** Unicode's White_Space property, which Rust's {@code char::is_whitespace} uses. */
  static boolean isWhitespace(int c) {
    return (c >= 0x09 && c <= 0x0D)
        || c == 0x20
        || c == 0x85
        || c == 0xA0
        || c == 0x1680
        || (c >= 0x2000 && c <= 0x200A)
        || c == 0x2028
        || c == 0x2029
        || c == 0x202F
        || c == 0x205F
        || c == 0x3000;
  }
}
