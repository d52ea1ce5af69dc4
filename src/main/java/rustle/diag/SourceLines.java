package rustle.diag;

/**
 * The lines of a source file and rustc's notion of how wide each character is on screen: all
 * columns here are 0-based code-point indexes into one line, widths are terminal cells.
 */
final class SourceLines {
  private final String[] lines;

  SourceLines(String text) {
    // rustc normalizes CRLF to LF when it loads a file, so a stray \r never reaches the screen.
    String[] raw = text.split("\n", -1);
    lines = new String[raw.length];
    for (int i = 0; i < raw.length; i++) {
      String l = raw[i];
      lines[i] = l.endsWith("\r") ? l.substring(0, l.length() - 1) : l;
    }
  }

  /** The text of 1-based line n, or "" when the file has no such line. */
  String line(int n) {
    return n >= 1 && n <= lines.length ? lines[n - 1] : "";
  }

  int lineCount() {
    return lines.length;
  }

  /** The code points of line n from column from (inclusive) to column to (exclusive), clamped. */
  String slice(int n, int from, int to) {
    int[] cps = line(n).codePoints().toArray();
    int a = Math.min(Math.max(from, 0), cps.length);
    int b = Math.min(Math.max(to, a), cps.length);
    return new String(cps, a, b - a);
  }

  /** Cells taken by the first n characters of s (fewer if s is shorter), as rustc draws them. */
  static int width(String s, int n) {
    int w = 0;
    int i = 0;
    for (int k = 0; k < n && i < s.length(); k++) {
      int cp = s.codePointAt(i);
      w += charWidth(cp);
      i += Character.charCount(cp);
    }
    return w;
  }

  /** Cells taken by all of s. */
  static int width(String s) {
    return width(s, Integer.MAX_VALUE);
  }

  /** Cells taken by the characters of s from column from (inclusive) to to (exclusive). */
  static int width(String s, int from, int to) {
    return Math.max(0, width(s, to) - width(s, from));
  }

  /**
   * rustc's char_width: a tab is 4 cells, control characters are shown as one-cell symbols, a zero
   * width joiner is 0; others follow Unicode's East Asian width, approximated here by the ranges
   * that matter in source text (wide CJK and emoji are 2, combining marks 0).
   */
  static int charWidth(int cp) {
    if (cp == '\t') {
      return 4;
    }
    if (cp < 0x20 || cp == 0x7f) {
      return 1;
    }
    if (cp == 0x200d) {
      return 0;
    }
    int type = Character.getType(cp);
    if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK) {
      return 0;
    }
    if ((cp >= 0x1100 && cp <= 0x115f)
        || (cp >= 0x2e80 && cp <= 0xa4cf && cp != 0x303f)
        || (cp >= 0xac00 && cp <= 0xd7a3)
        || (cp >= 0xf900 && cp <= 0xfaff)
        || (cp >= 0xfe30 && cp <= 0xfe4f)
        || (cp >= 0xff00 && cp <= 0xff60)
        || (cp >= 0xffe0 && cp <= 0xffe6)
        || (cp >= 0x1f300 && cp <= 0x1f64f)
        || (cp >= 0x1f900 && cp <= 0x1f9ff)
        || (cp >= 0x20000 && cp <= 0x3fffd)) {
      return 2;
    }
    return 1;
  }

  /**
   * rustc's normalize_whitespace: tabs become four spaces and control characters their visible
   * Unicode symbols, so that what is printed lines up with the widths above. Newlines stay: they
   * separate the lines of multi-line messages.
   */
  static String normalize(String s) {
    StringBuilder out = new StringBuilder(s.length());
    s.codePoints().forEach(cp -> {
      if (cp == '\t') {
        out.append("    ");
      } else if (cp < 0x20 && cp != '\n') {
        out.appendCodePoint(0x2400 + cp);
      } else if (cp == 0x7f) {
        out.append('\u2421');
      } else if (cp == 0x200d) {
        // rustc drops zero width joiners for consistent terminal output.
      } else if ((cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2066 && cp <= 0x2069)) {
        out.append('\ufffd');
      } else {
        out.appendCodePoint(cp);
      }
    });
    return out.toString();
  }

  /** Number of decimal digits of n (at least 1), the width of rustc's line-number gutter. */
  static int digits(int n) {
    return Integer.toString(Math.max(n, 0)).length();
  }
}
