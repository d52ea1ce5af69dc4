package rustle.fmt;

/**
 * The errors for a placeholder missing its closing brace, worded and ordered as rustc's {@code
 * missing_closing_brace} and its suggestions do.
 */
final class MissingBrace {

  private MissingBrace() {}

  /**
   * Records rustc's error for a placeholder that does not end where expected, plus the better error
   * rustc puts first when the next chars suggest a common mistake.
   */
  static void report(FormatString p, Arg arg, FormatSpec parsed) {
    int c = p.peek();
    String message =
        c < 0
            ? "expected `}` but string was terminated"
            : "expected `}`, found `" + Escape.escapeDebug(c) + "`";
    boolean fillIsBrace = p.fillOffset >= 0 && parsed.fill() == '}';
    p.push(
        new FormatError(
            FormatCursor.PREFIX + message,
            c < 0 ? p.s.length() : p.pos,
            0,
            "expected `}` in format string",
            fillIsBrace
                ? "the character `}` is interpreted as a fill character because of the `:` that"
                    + " precedes it"
                : "if you intended to print `{`, you can escape it using `{{`",
            fillIsBrace ? p.fillOffset : p.lastOpenBrace,
            fillIsBrace
                ? "this is not interpreted as a formatting closing brace"
                : "because of this opening brace"));
    int next = p.peekAt(p.pos + (c < 0 ? 0 : Character.charCount(c)));
    if (c < 0 || next < 0) {
      return;
    }
    if (c == '?' && next == '}') {
      p.insertFirst(
          new FormatError(
              FormatCursor.PREFIX + "expected `}`, found `?`",
              p.pos++,
              1,
              "expected `:` before `?` to format with `Debug` in format string",
              "to print `{`, you can escape it using `{{`"));
    } else if (c == '?') {
      int q = p.pos++;
      if (p.peek() == ':') {
        p.pos++;
        p.insertFirst(
            new FormatError(
                FormatCursor.PREFIX + "expected format parameter to occur after `:`",
                q,
                1,
                "expected `?` to occur after `:` in format string",
                "`?` comes after `:`, try `" + p.word() + ":?` instead"));
      }
    } else if (c == '<' || c == '^' || c == '>') {
      p.insertFirst(
          new FormatError(
              FormatCursor.PREFIX
                  + "expected alignment specifier after `:` in format string; example: `{:>?}`",
              p.pos++,
              1,
              "expected `" + (char) c + "` to occur after `:` in format string",
              null));
    } else if (c == ',') {
      p.insertFirst(
          new FormatError(
              FormatCursor.PREFIX
                  + "python's numeric grouping `,` is not supported in rust format strings",
              p.pos++,
              1,
              "expected `}` in format string",
              "to print `{`, you can escape it using `{{`",
              p.lastOpenBrace,
              "because of this opening brace"));
    } else if (c == '=' && next == '}') {
      p.insertFirst(
          new FormatError(
              FormatCursor.PREFIX
                  + "python's f-string debug `=` is not supported in rust, use `dbg(x)` instead",
              p.pos++,
              1,
              "expected `}` in format string",
              "to print `{`, you can escape it using `{{`",
              p.lastOpenBrace,
              "because of this opening brace"));
    } else if (c == '.' && arg instanceof Arg.Named named && parsed.equals(FormatSpec.DISPLAY)) {
      fieldAccess(p, named);
    }
  }

  /** rustc's friendlier error for {@code {x.field}} and {@code {x.0}}. */
  private static void fieldAccess(FormatString p, Arg.Named base) {
    p.pos++;
    Arg field = p.position();
    p.ws();
    int end = p.pos;
    p.spec();
    if (p.peek() != '}') {
      return;
    }
    p.pos++;
    String what;
    if (field instanceof Arg.Named) {
      what = "field access isn't supported";
    } else if (field instanceof Arg.Index) {
      what = "tuple index access isn't supported";
    } else {
      return;
    }
    p.insertFirst(
        new FormatError(
            FormatCursor.PREFIX + what,
            base.offset(),
            end - base.offset(),
            "not supported in format string",
            "consider moving this expression to a local variable and then using the local here"
                + " instead"));
  }
}
