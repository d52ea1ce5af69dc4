package rustle.fmt;

import java.util.ArrayList;
import java.util.List;
import rustle.fmt.FormatSpec.Align;
import rustle.fmt.FormatSpec.DebugHex;
import rustle.fmt.FormatSpec.Trait;

/**
 * Parses the format string of {@code format!} and friends into pieces, following rustc's {@code
 * rustc_parse_format} parser so that what it accepts, and the first error it reports, match.
 */
public final class FormatString extends FormatCursor {

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

  private int curarg;

  /** Where the last opening brace was, for errors. */
  int lastOpenBrace = -1;

  /** Where the fill char of the last spec was, or -1. */
  int fillOffset = -1;

  private FormatError unknownTrait;

  private FormatString(String s) {
    super(s);
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
        push(
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
    if (firstError() != null) {
      throw firstError();
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
    FormatSpec parsed = spec();
    Arg arg = position != null ? position : new Arg.Implicit(curarg++);
    ws();
    if (peek() == '}') {
      pos++;
    } else {
      MissingBrace.report(this, arg, parsed);
    }
    return new Piece.Placeholder(arg, parsed, open, pos - open);
  }

  Arg position() {
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
      insertFirst(
          new FormatError(
              PREFIX + "raw identifiers are not supported",
              start,
              pos - start,
              "raw identifier used here in format string",
              "identifiers in format strings can be keywords and don't need to be prefixed with"
                  + " `r#`"));
    }
    return new Arg.Named(word, start);
  }

  /** Parses the part after the colon, noting in fillOffset where an explicit fill char was. */
  FormatSpec spec() {
    fillOffset = -1;
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
        insertFirst(
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
}
