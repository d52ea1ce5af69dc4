package rustle.fmt;

import java.util.ArrayList;
import java.util.List;
import rustle.fmt.FormatSpec.Align;
import rustle.fmt.FormatSpec.DebugHex;
import rustle.fmt.FormatSpec.Trait;

/**
 * Parses the format string of {@code format!} and friends into pieces, following rustc's
 * {@code rustc_parse_format} parser so that what it accepts, and the first error it reports, match.
 */
public final class FormatString {

  private static final String PREFIX = "invalid format string: ";
  private static final String TRAITS_NOTE =
      "the only appropriate formatting traits are:\n"
          + "- ``, which uses the `Display` trait\n"
          + "- `?`, which uses the `Debug` trait\n"
          + "- `e`, which uses the `LowerExp` trait\n"
          + "- `E`, which uses the `UpperExp` trait\n"
          + "- `o`, which uses the `Octal` trait\n"
          + "- `p`, which uses the `Pointer` trait\n"
          + "- `b`, which uses the `Binary` trait\n"
          + "- `x`, which uses the `LowerHex` trait\n"
          + "- `X`, which uses the `UpperHex` trait";

  private final String s;
  private final Errors errors = new Errors();
  private int pos;
  private int curarg;
  private int lastOpenBrace = -1;
  private FormatError unknownTrait;

  private FormatString(String s) {
    this.s = s;
  }

  /**
   * Splits a format string into literal text and placeholders.
   *
   * @throws FormatError the error rustc reports first for an invalid string
   */
  public static List<Piece> parse(String fmt) {
    return new FormatString(fmt).pieces();
  }

  private List<Piece> pieces() {
    List<Piece> pieces = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    int n = s.length();
    while (pos < n) {
      char c = s.charAt(pos);
      if (c == '{') {
        if (pos + 1 < n && s.charAt(pos + 1) == '{') {
          text.append('{');
          pos += 2;
          continue;
        }
        if (text.length() > 0) {
          pieces.add(new Piece.Literal(text.toString()));
          text.setLength(0);
        }
        pieces.add(placeholder());
      } else if (c == '}') {
        if (pos + 1 < n && s.charAt(pos + 1) == '}') {
          text.append('}');
          pos += 2;
          continue;
        }
        errors.push(
            new FormatError(
                PREFIX + "unmatched `}` found",
                pos,
                1,
                "unmatched `}` in format string",
                "if you intended to print `}`, you can escape it using `}}`"));
        break;
      } else {
        int end = pos + 1;
        while (end < n && s.charAt(end) != '{' && s.charAt(end) != '}') {
          end++;
        }
        text.append(s, pos, end);
        pos = end;
      }
    }
    if (errors.first() != null) {
      throw errors.first();
    }
    if (unknownTrait != null) {
      throw unknownTrait;
    }
    if (text.length() > 0) {
      pieces.add(new Piece.Literal(text.toString()));
    }
    return pieces;
  }

  /** Parses from an opening brace through its closing brace. */
  private Piece placeholder() {
    int open = pos;
    lastOpenBrace = open;
    pos++;
    Arg position = position();
    ws();
    SpecParser spec = new SpecParser();
    FormatSpec parsed = spec.parse();
    Arg arg = position != null ? position : new Arg.Implicit(curarg++);
    ws();
    if (peek() == '}') {
      pos++;
    } else {
      missingClosingBrace(arg, spec, parsed);
    }
    return new Piece.Placeholder(arg, parsed, open, pos - open);
  }

  private Arg position() {
    int start = pos;
    int index = integer();
    if (index >= 0) {
      return new Arg.Index(index);
    }
    if (!isIdStart(peek())) {
      return null;
    }
    String word = word();
    if (word.equals("r") && peek() == '#' && isIdStart(peekAt(pos + 1))) {
      pos++;
      word = word();
      errors.insertFirst(
          new FormatError(
              PREFIX + "raw identifiers are not supported",
              start,
              pos - start,
              "raw identifier used here in format string",
              "identifiers in format strings can be keywords and don't need to be prefixed with `r#`"));
    }
    return new Arg.Named(word, start);
  }

  private void missingClosingBrace(Arg arg, SpecParser spec, FormatSpec parsed) {
    int c = peek();
    String message =
        c < 0
            ? "expected `}` but string was terminated"
            : "expected `}`, found `" + Escape.escapeDebug(c) + "`";
    boolean fillIsBrace = spec.fillOffset >= 0 && parsed.fill() == '}';
    errors.push(
        new FormatError(
            PREFIX + message,
            c < 0 ? s.length() : pos,
            0,
            "expected `}` in format string",
            fillIsBrace
                ? "the character `}` is interpreted as a fill character because of the `:` that"
                    + " precedes it"
                : "if you intended to print `{`, you can escape it using `{{`",
            fillIsBrace ? spec.fillOffset : lastOpenBrace,
            fillIsBrace
                ? "this is not interpreted as a formatting closing brace"
                : "because of this opening brace"));
    int next = peekAt(pos + (c < 0 ? 0 : Character.charCount(c)));
    if (c < 0 || next < 0) {
      return;
    }
    if (c == '?' && next == '}') {
      errors.insertFirst(
          new FormatError(
              PREFIX + "expected `}`, found `?`",
              pos++,
              1,
              "expected `:` before `?` to format with `Debug` in format string",
              "to print `{`, you can escape it using `{{`"));
    } else if (c == '?') {
      int q = pos++;
      if (peek() == ':') {
        pos++;
        errors.insertFirst(
            new FormatError(
                PREFIX + "expected format parameter to occur after `:`",
                q,
                1,
                "expected `?` to occur after `:` in format string",
                "`?` comes after `:`, try `" + word() + ":?` instead"));
      }
    } else if (c == '<' || c == '^' || c == '>') {
      errors.insertFirst(
          new FormatError(
              PREFIX + "expected alignment specifier after `:` in format string; example: `{:>?}`",
              pos++,
              1,
              "expected `" + (char) c + "` to occur after `:` in format string",
              null));
    } else if (c == ',') {
      errors.insertFirst(
          new FormatError(
              PREFIX + "python's numeric grouping `,` is not supported in rust format strings",
              pos++,
              1,
              "expected `}` in format string",
              "to print `{`, you can escape it using `{{`",
              lastOpenBrace,
              "because of this opening brace"));
    } else if (c == '=' && next == '}') {
      errors.insertFirst(
          new FormatError(
              PREFIX + "python's f-string debug `=` is not supported in rust, use `dbg(x)` instead",
              pos++,
              1,
              "expected `}` in format string",
              "to print `{`, you can escape it using `{{`",
              lastOpenBrace,
              "because of this opening brace"));
    } else if (c == '.' && arg instanceof Arg.Named named && parsed.equals(FormatSpec.DISPLAY)) {
      fieldAccess(named);
    }
  }

  /** rustc's friendlier error for {@code {x.field}} and {@code {x.0}}. */
  private void fieldAccess(Arg.Named base) {
    pos++;
    Arg field = position();
    ws();
    int end = pos;
    new SpecParser().parse();
    if (peek() != '}') {
      return;
    }
    pos++;
    String what;
    if (field instanceof Arg.Named) {
      what = "field access isn't supported";
    } else if (field instanceof Arg.Index) {
      what = "tuple index access isn't supported";
    } else {
      return;
    }
    errors.insertFirst(
        new FormatError(
            PREFIX + what,
            base.offset(),
            end - base.offset(),
            "not supported in format string",
            "consider moving this expression to a local variable and then using the local here"
                + " instead"));
  }

  /** Parses the part after the colon; a class so it can remember where the fill was. */
  private final class SpecParser {
    int fillOffset = -1;

    FormatSpec parse() {
      if (peek() != ':') {
        return FormatSpec.DISPLAY;
      }
      pos++;
      int fill = ' ';
      int c = peek();
      if (c >= 0) {
        int after = peekAt(pos + Character.charCount(c));
        if (after == '<' || after == '>' || after == '^') {
          fill = c;
          fillOffset = pos;
          pos += Character.charCount(c);
        }
      }
      Align align = Align.NONE;
      if (consume('<')) {
        align = Align.LEFT;
      } else if (consume('>')) {
        align = Align.RIGHT;
      } else if (consume('^')) {
        align = Align.CENTER;
      }
      boolean plus = consume('+');
      boolean minus = !plus && consume('-');
      boolean alternate = consume('#');
      boolean zero = false;
      Count width = null;
      if (consume('0')) {
        // As in rustc, "0$" is the width argument 0, not the zero flag followed by a stray '$'.
        if (consume('$')) {
          width = new Count.Param(0);
        } else {
          zero = true;
        }
      }
      if (width == null) {
        width = count();
      }
      Count precision = Count.IMPLIED;
      if (consume('.')) {
        precision = consume('*') ? new Count.Star(curarg++) : count();
      }
      Trait trait;
      DebugHex debugHex = DebugHex.NONE;
      int tyStart = pos;
      if (consume('x')) {
        trait = consume('?') ? Trait.DEBUG : Trait.LOWER_HEX;
        debugHex = trait == Trait.DEBUG ? DebugHex.LOWER : DebugHex.NONE;
      } else if (consume('X')) {
        trait = consume('?') ? Trait.DEBUG : Trait.UPPER_HEX;
        debugHex = trait == Trait.DEBUG ? DebugHex.UPPER : DebugHex.NONE;
      } else if (consume('?')) {
        trait = Trait.DEBUG;
        int next = peek();
        if (next == '#' || next == 'x' || next == 'X') {
          errors.insertFirst(
              new FormatError(
                  PREFIX + "expected `}`, found `" + (char) next + "`",
                  pos,
                  1,
                  "expected `'}'` in format string",
                  null));
        }
      } else {
        trait = traitOf(word(), tyStart);
      }
      return new FormatSpec(
          fill, align, plus, minus, alternate, zero, width, precision, trait, debugHex);
    }
  }

  private Trait traitOf(String ty, int start) {
    for (Trait t : Trait.values()) {
      if (t.letter.equals(ty)) {
        return t;
      }
    }
    if (unknownTrait == null) {
      unknownTrait =
          new FormatError(
              "unknown format trait `" + ty + "`", start, ty.length(), null, TRAITS_NOTE);
    }
    return Trait.DISPLAY;
  }

  private Count count() {
    int n = integer();
    if (n >= 0) {
      return consume('$') ? new Count.Param(n) : new Count.Literal(n);
    }
    int start = pos;
    String word = word();
    if (word.isEmpty()) {
      return Count.IMPLIED;
    }
    if (consume('$')) {
      return new Count.Named(word, start);
    }
    pos = start;
    return Count.IMPLIED;
  }

  /** Parses ASCII digits as a u16 like rustc; returns -1 when there are none. */
  private int integer() {
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
      errors.push(
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
  private String word() {
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
      errors.push(
          new FormatError(
              PREFIX + "invalid argument name `_`",
              start,
              1,
              "invalid argument name in format string",
              "argument name cannot be a single underscore"));
    }
    return word;
  }

  private void ws() {
    while (pos < s.length() && isWhitespace(s.codePointAt(pos))) {
      pos += Character.charCount(s.codePointAt(pos));
    }
  }

  private boolean consume(char c) {
    if (pos < s.length() && s.charAt(pos) == c) {
      pos++;
      return true;
    }
    return false;
  }

  private int peek() {
    return peekAt(pos);
  }

  private int peekAt(int i) {
    return i < s.length() ? s.codePointAt(i) : -1;
  }

  private static boolean isIdStart(int c) {
    return c == '_' || (c >= 0 && Character.isUnicodeIdentifierStart(c));
  }

  private static boolean isIdContinue(int c) {
    return c >= 0 && Character.isUnicodeIdentifierPart(c) && !Character.isIdentifierIgnorable(c);
  }

  /** Unicode's White_Space property, which Rust's {@code char::is_whitespace} uses. */
  private static boolean isWhitespace(int c) {
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

  /** rustc's error list: most errors are appended, a few better ones jump to the front. */
  private static final class Errors {
    private final List<FormatError> list = new ArrayList<>(2);

    void push(FormatError e) {
      list.add(e);
    }

    void insertFirst(FormatError e) {
      list.add(0, e);
    }

    FormatError first() {
      return list.isEmpty() ? null : list.get(0);
    }
  }
}
