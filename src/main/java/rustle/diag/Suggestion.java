package rustle.diag;

import rustle.ast.Span;

/**
 * Draws a help that suggests replacing source text, as rustc does: insertions show the changed
 * line with {@code +} under the new text, removals and rewrites show the old line as {@code N -}
 * and the new one as {@code N +}.
 *
 * <p>Simplification: a suggestion spanning several lines, or inserting line breaks, is shown as
 * the new lines with plain {@code N |} gutters and no markers.
 */
final class Suggestion {
  private Suggestion() {}

  /** The rendered block (ending in a newline), or "" when the suggestion changes nothing. */
  static String render(String message, Span span, String replacement, SourceLines src, int w) {
    TextGrid g = new TextGrid();
    if (span.endLine() != span.line() || replacement.contains("\n")) {
      return renderMultiline(g, message, span, replacement, src, w);
    }
    int line = span.line();
    String text = src.line(line);
    int lineChars = text.codePointCount(0, text.length());
    int from = Math.min(Math.max(span.col() - 1, 0), lineChars);
    int to = Math.min(Math.max(span.endCol() - 1, from), lineChars);
    String orig = src.slice(line, from, to);
    String repl = replacement;
    if (orig.equals(repl)) {
      return ""; // rustc drops suggestions that would leave the code as it is
    }
    // Like rustc, `s1` -> `s1.clone()` is shown as inserting `.clone()`, not as a rewrite.
    if (!repl.isEmpty()) {
      Sandwich s = sandwich(orig, repl);
      if (s != null) {
        from += s.prefix;
        to = from;
        orig = "";
        repl = s.middle;
      }
    }
    String complete = src.slice(line, 0, from) + repl + src.slice(line, to, lineChars);
    boolean meaningful = !orig.strip().isEmpty();
    boolean deletion = repl.strip().isEmpty() && meaningful;
    boolean destructive = !repl.isEmpty() && meaningful && sandwich(orig.strip(), repl.strip()) == null;

    int r = header(g, message, w);
    g.putc(r, w + 1, '|');
    if (deletion || destructive) {
      gutter(g, r + 1, line, w, "- ");
      g.puts(r + 1, w + 3, SourceLines.normalize(text));
      if (complete.strip().isEmpty()) {
        // Removing everything on the line: rustc shows only the removal.
        g.putc(r + 2, w + 1, '|');
      } else {
        gutter(g, r + 2, line, w, "+ ");
        g.append(r + 2, SourceLines.normalize(complete));
        g.putc(r + 3, w + 1, '|');
      }
      return g.render();
    }
    gutter(g, r + 1, line, w, "| ");
    g.append(r + 1, SourceLines.normalize(complete));
    if (repl.strip().equals(complete.strip())) {
      g.putc(r + 2, w + 1, '|'); // the whole line is new: nothing worth underlining
      return g.render();
    }
    boolean whitespaceOnly = repl.strip().isEmpty();
    int lead = whitespaceOnly ? 0 : repl.length() - repl.stripLeading().length();
    int cells = SourceLines.width(whitespaceOnly ? repl : repl.strip());
    int startCell = SourceLines.width(text, from) + lead;
    char mark = meaningful ? '~' : '+';
    for (int c = 0; c < cells; c++) {
      g.putc(r + 2, w + 3 + startCell + c, mark);
    }
    g.putc(r + 2, w + 1, '|');
    return g.render();
  }

  private static String renderMultiline(
      TextGrid g, String message, Span span, String replacement, SourceLines src, int w) {
    String first = src.line(span.line());
    String last = src.line(span.endLine());
    int from = Math.min(Math.max(span.col() - 1, 0), first.codePointCount(0, first.length()));
    int lastChars = last.codePointCount(0, last.length());
    int to = Math.min(Math.max(span.endCol() - 1, 0), lastChars);
    String complete = src.slice(span.line(), 0, from) + replacement + src.slice(span.endLine(), to, lastChars);
    int row = header(g, message, w);
    g.putc(row++, w + 1, '|');
    int n = span.line();
    for (String l : complete.split("\n", -1)) {
      gutter(g, row, n++, w, "| ");
      g.append(row++, SourceLines.normalize(l));
    }
    g.putc(row, w + 1, '|');
    return g.render();
  }

  /** Writes "help: message" from row 0 and returns the first row after it. */
  private static int header(TextGrid g, String message, int w) {
    // rustc indents continuation lines of a suggestion's message by the gutter plus "suggestion".
    String pad = " ".repeat(w + "suggestion".length() + 5);
    String[] lines = SourceLines.normalize(message).split("\n", -1);
    g.append(0, "help: " + lines[0]);
    for (int i = 1; i < lines.length; i++) {
      g.append(i, pad + lines[i]);
    }
    return lines.length;
  }

  private static void gutter(TextGrid g, int row, int line, int w, String sep) {
    String num = Integer.toString(line);
    g.puts(row, Math.max(0, w - num.length()), num);
    g.puts(row, w + 1, sep);
  }

  /** A suggestion that is the original text with {@code middle} inserted after prefix chars. */
  private record Sandwich(int prefix, String middle) {}

  /**
   * rustc's as_substr: after their common prefix, if the rest of the original ends the suggestion,
   * the suggestion only inserts the part in between.
   */
  private static Sandwich sandwich(String original, String suggestion) {
    int i = 0;
    while (i < original.length() && i < suggestion.length() && original.charAt(i) == suggestion.charAt(i)) {
      i++;
    }
    String restOrig = original.substring(i);
    String restSugg = suggestion.substring(i);
    if (!restSugg.endsWith(restOrig)) {
      return null;
    }
    return new Sandwich(original.codePointCount(0, i), restSugg.substring(0, restSugg.length() - restOrig.length()));
  }
}
