package rustle.diag;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import rustle.ast.Span;

/**
 * Draws the code window of a diagnostic the way rustc's human emitter does: each line that carries
 * a span, {@code ^^^} under primary spans and {@code ---} under secondary ones, labels at the end of
 * the underline or hung below it with {@code |} connectors, {@code ...} for skipped lines.
 *
 * <p>Simplification: a span covering several lines is drawn on its first line only, from its start
 * to the end of that line (rustc draws such spans with {@code _} and {@code |} lines down the
 * gutter).
 */
final class Snippet {
  private Snippet() {}

  /** A span to draw, with its label (null or empty for none). */
  record Mark(Span span, String label, boolean primary) {}

  /**
   * One underline on one line. Char columns index the line's code points; display columns are
   * terminal cells (rustc's col_display), which is what label placement compares.
   */
  private record Ann(int startChar, int endChar, int startDisp, int endDisp, String label, boolean primary) {
    boolean hasLabel() {
      return label != null && !label.isEmpty();
    }

    int len() {
      return Math.abs(endDisp - startDisp);
    }
  }

  /** Appends the window (not the {@code -->} line before it) for marks to g, gutter w digits wide. */
  static void render(TextGrid g, int w, SourceLines src, List<Mark> marks) {
    Map<Integer, List<Ann>> byLine = new TreeMap<>();
    for (Mark m : marks) {
      if (m.span() == null) {
        continue;
      }
      byLine.computeIfAbsent(m.span().line(), k -> new ArrayList<>()).add(toAnn(src, m));
    }
    int prev = -1;
    for (var e : byLine.entrySet()) {
      int line = e.getKey();
      if (prev != -1) {
        int delta = line - prev;
        if (delta > 2) {
          g.puts(g.numRows(), 0, "...");
        } else if (delta == 2) {
          // A single hidden line costs as much room as "...", so rustc just shows it.
          drawLine(g, g.numRows(), w, src, line - 1);
        }
      }
      renderLine(g, w, src, line, e.getValue());
      prev = line;
    }
  }

  private static Ann toAnn(SourceLines src, Mark m) {
    Span s = m.span();
    String text = src.line(s.line());
    int lineChars = text.codePointCount(0, text.length());
    int start = Math.max(s.col() - 1, 0);
    int end = s.endLine() == s.line() ? Math.max(s.endCol() - 1, start) : Math.max(lineChars, start);
    int startDisp = unclampedWidth(text, lineChars, start);
    int endDisp = unclampedWidth(text, lineChars, end);
    if (start == end) {
      endDisp++; // an empty span still gets one caret
    }
    return new Ann(start, end, startDisp, endDisp, m.label(), m.primary());
  }

  /** Display column of char column c, counting positions past the end of the line as one cell. */
  private static int unclampedWidth(String text, int lineChars, int c) {
    return SourceLines.width(text, c) + Math.max(0, c - lineChars);
  }

  /** Draws source line n at row r: right-aligned number, {@code |}, then the code. */
  static void drawLine(TextGrid g, int r, int w, SourceLines src, int n) {
    g.puts(r, w + 3, SourceLines.normalize(src.line(n)));
    String num = Integer.toString(n);
    g.puts(r, Math.max(0, w - num.length()), num);
    g.putc(r, w + 1, '|');
  }

  // rustc's overlap test on display columns: does a1 start inside a2, or a2 inside a1 (+ padding)?
  private static boolean overlaps(Ann a1, Ann a2, int padding) {
    return (a2.startDisp <= a1.startDisp && a1.startDisp < a2.endDisp)
        || (a1.startDisp <= a2.startDisp && a2.startDisp < a1.endDisp + padding);
  }

  private static void renderLine(TextGrid g, int w, SourceLines src, int line, List<Ann> anns) {
    int row = g.numRows();
    int code = w + 3;
    String text = src.line(line);
    drawLine(g, row, w, src, line);

    // Rightmost first: its label can sit at the end of the underline row, others may hang below.
    List<Ann> sorted = new ArrayList<>(anns);
    sorted.sort(Comparator.comparingInt(Ann::startDisp).thenComparingInt(Ann::startChar).reversed());
    int[] pos = placeLabels(sorted);
    int depth = 0;
    for (int p : pos) {
      depth = Math.max(depth, p);
    }
    if (depth != 0) {
      depth++;
    }

    for (int p = 0; p <= depth; p++) {
      g.putc(row + p + 1, w + 1, '|');
    }
    for (int i = 0; i < sorted.size(); i++) {
      Ann a = sorted.get(i);
      if (pos[i] > 0 && a.hasLabel()) {
        int col = code + SourceLines.width(text, a.startChar);
        for (int r = row + 1; r <= row + pos[i] + 1; r++) {
          g.putc(r, col, '|');
        }
      }
    }
    for (int i = 0; i < sorted.size(); i++) {
      Ann a = sorted.get(i);
      if (a.label == null) {
        continue;
      }
      if (pos[i] == 0) {
        int pre = SourceLines.width(text, a.endChar);
        int pad = a.endChar == 0 || a.endChar == a.startChar ? 2 : 1;
        g.puts(row + 1, code + pre + pad, SourceLines.normalize(a.label));
      } else {
        g.puts(row + pos[i] + 2, code + SourceLines.width(text, a.startChar), SourceLines.normalize(a.label));
      }
    }

    // Longest first so shorter spans stay visible on top; on a tie the primary is drawn last.
    List<Ann> byLength = new ArrayList<>(sorted);
    byLength.sort(Comparator.comparingInt(Ann::len).reversed()
        .thenComparing((x, y) -> Boolean.compare(x.primary(), y.primary())));
    for (Ann a : byLength) {
      int col = code + SourceLines.width(text, a.startChar);
      int cells = SourceLines.width(text, a.startChar, a.endChar);
      if (cells == 0) {
        cells = 1;
      }
      char under = a.primary ? '^' : '-';
      for (int c = 0; c < cells; c++) {
        g.putc(row + 1, col + c, under);
      }
    }
  }

  /**
   * rustc's label placement: position 0 is the underline row itself; an annotation moves one row
   * further down when an annotation to its left would collide with its label. The counter only
   * grows, so labels further left always hang lower and their connectors never cross a label.
   */
  private static int[] placeLabels(List<Ann> sorted) {
    int n = sorted.size();
    int[] pos = new int[n];
    int p = 0;
    for (int i = 0; i < n; i++) {
      Ann a = sorted.get(i);
      for (int j = i + 1; j < n; j++) {
        Ann next = sorted.get(j);
        if (overlaps(next, a, 0) && a.hasLabel() && p == 0) {
          // An unlabelled twin of this very span merges into it instead of pushing it down.
          if (next.startDisp == a.startDisp && next.endDisp == a.endDisp && !next.hasLabel()) {
            continue;
          }
          p++;
          break;
        }
      }
      pos[i] = p;
      for (int j = i + 1; j < n; j++) {
        Ann next = sorted.get(j);
        // rustc measures the label in bytes here; mirror it so wide labels wrap where rustc's do.
        int l = next.label == null ? 0 : next.label.getBytes(java.nio.charset.StandardCharsets.UTF_8).length + 2;
        boolean clash = overlaps(next, a, l) && a.hasLabel() && next.hasLabel();
        boolean hidesStart = overlaps(next, a, l) && next.endDisp <= a.endDisp && next.hasLabel() && p == 0;
        if (clash || hidesStart) {
          p++;
          break;
        }
      }
    }
    return pos;
  }
}
