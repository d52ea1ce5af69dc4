package rustle.diag;

import java.util.ArrayList;
import java.util.List;

/**
 * A growable grid of characters addressed by (row, column), the plain-text counterpart of rustc's
 * styled buffer: writing past the end of a row pads it with spaces, and rows are never trimmed.
 */
final class TextGrid {
  private final List<StringBuilder> rows = new ArrayList<>();

  int numRows() {
    return rows.size();
  }

  private StringBuilder row(int r) {
    while (rows.size() <= r) {
      rows.add(new StringBuilder());
    }
    return rows.get(r);
  }

  /** Writes one character at (r, c); callers only put single-column characters here. */
  void putc(int r, int c, char ch) {
    puts(r, c, String.valueOf(ch));
  }

  /**
   * Writes s starting at (r, c), one grid cell per code point. Source text may contain wide
   * characters; rustc also advances one cell per character here, so we do the same.
   */
  void puts(int r, int c, String s) {
    StringBuilder sb = row(r);
    if (s.isEmpty()) {
      return; // like rustc, an empty write creates the row but pads nothing
    }
    // Row contents can hold surrogate pairs, so index by code points, not chars.
    int[] existing = sb.codePoints().toArray();
    int[] add = s.codePoints().toArray();
    int len = Math.max(existing.length, c + add.length);
    int[] out = new int[len];
    System.arraycopy(existing, 0, out, 0, existing.length);
    for (int i = existing.length; i < len; i++) {
      out[i] = ' ';
    }
    System.arraycopy(add, 0, out, c, add.length);
    sb.setLength(0);
    for (int cp : out) {
      sb.appendCodePoint(cp);
    }
  }

  void append(int r, String s) {
    row(r).append(s);
  }

  void prepend(int r, String s) {
    row(r).insert(0, s);
  }

  /** All rows, each terminated by a newline. */
  String render() {
    StringBuilder out = new StringBuilder();
    for (StringBuilder r : rows) {
      out.append(r).append('\n');
    }
    return out.toString();
  }
}
