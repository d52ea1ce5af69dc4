package rustle.uitest;

import java.util.ArrayList;
import java.util.List;

/**
 * A unified-style diff of two texts by lines ({@code -} expected, {@code +} actual, three lines of
 * context), as compiletest shows a mismatched {@code .stderr} or {@code .run.stdout}.
 */
final class LineDiff {
  private static final int CONTEXT = 3;
  /** Above this many cells the middle is shown as removed then added, not aligned line by line. */
  private static final long MAX_TABLE = 4_000_000;

  private LineDiff() {}

  /** One line of the edit script: ' ', '-' or '+', with its text. */
  private record Edit(char op, String text) {}

  /** The diff, with a header naming both sides; empty if the texts are equal. */
  static String of(String expected, String actual, String expectedName, String actualName) {
    if (expected.equals(actual)) {
      return "";
    }
    List<Edit> edits = edits(lines(expected), lines(actual));
    StringBuilder out = new StringBuilder("--- " + expectedName + "\n+++ " + actualName + "\n");
    int i = 0;
    while (i < edits.size()) {
      if (edits.get(i).op() == ' ') {
        i++;
        continue;
      }
      // A hunk: this change and any within 2 * CONTEXT unchanged lines of it, with context around.
      int start = Math.max(0, i - CONTEXT);
      int end = i;
      int lastChange = i;
      while (end < edits.size() && end - lastChange <= 2 * CONTEXT) {
        if (edits.get(end).op() != ' ') {
          lastChange = end;
        }
        end++;
      }
      end = Math.min(edits.size(), lastChange + 1 + CONTEXT);
      hunk(edits, start, end, out);
      i = end;
    }
    return out.toString();
  }

  private static void hunk(List<Edit> edits, int start, int end, StringBuilder out) {
    int oldLine = 1;
    int newLine = 1;
    for (int k = 0; k < start; k++) {
      oldLine += edits.get(k).op() != '+' ? 1 : 0;
      newLine += edits.get(k).op() != '-' ? 1 : 0;
    }
    int oldCount = 0;
    int newCount = 0;
    for (int k = start; k < end; k++) {
      oldCount += edits.get(k).op() != '+' ? 1 : 0;
      newCount += edits.get(k).op() != '-' ? 1 : 0;
    }
    out.append("@@ -").append(oldLine).append(',').append(oldCount)
        .append(" +").append(newLine).append(',').append(newCount).append(" @@\n");
    for (int k = start; k < end; k++) {
      out.append(edits.get(k).op()).append(edits.get(k).text()).append('\n');
    }
  }

  /**
   * The lines of a text; a last line without its newline is marked, so that a missing final newline
   * shows in the diff rather than making equal-looking sides.
   */
  private static List<String> lines(String text) {
    List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
    String last = lines.remove(lines.size() - 1);
    if (!last.isEmpty()) {
      lines.add(last + "\\ (no newline at end)");
    }
    return lines;
  }

  /** A shortest edit script by longest common subsequence, after the common prefix and suffix. */
  private static List<Edit> edits(List<String> a, List<String> b) {
    int prefix = 0;
    while (prefix < a.size() && prefix < b.size() && a.get(prefix).equals(b.get(prefix))) {
      prefix++;
    }
    int suffix = 0;
    while (suffix < a.size() - prefix && suffix < b.size() - prefix
        && a.get(a.size() - 1 - suffix).equals(b.get(b.size() - 1 - suffix))) {
      suffix++;
    }
    List<Edit> edits = new ArrayList<>();
    for (int k = 0; k < prefix; k++) {
      edits.add(new Edit(' ', a.get(k)));
    }
    List<String> x = a.subList(prefix, a.size() - suffix);
    List<String> y = b.subList(prefix, b.size() - suffix);
    if ((long) x.size() * y.size() > MAX_TABLE) {
      x.forEach(line -> edits.add(new Edit('-', line)));
      y.forEach(line -> edits.add(new Edit('+', line)));
    } else {
      middle(x, y, edits);
    }
    for (int k = a.size() - suffix; k < a.size(); k++) {
      edits.add(new Edit(' ', a.get(k)));
    }
    return edits;
  }

  private static void middle(List<String> x, List<String> y, List<Edit> edits) {
    int n = x.size();
    int m = y.size();
    int[][] lcs = new int[n + 1][m + 1]; // lcs[i][j]: of x[i..] and y[j..]
    for (int i = n - 1; i >= 0; i--) {
      for (int j = m - 1; j >= 0; j--) {
        lcs[i][j] = x.get(i).equals(y.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
      }
    }
    int i = 0;
    int j = 0;
    while (i < n || j < m) {
      if (i < n && j < m && x.get(i).equals(y.get(j))) {
        edits.add(new Edit(' ', x.get(i++)));
        j++;
      } else if (j == m || (i < n && lcs[i + 1][j] >= lcs[i][j + 1])) {
        edits.add(new Edit('-', x.get(i++)));
      } else {
        edits.add(new Edit('+', y.get(j++)));
      }
    }
  }
}
