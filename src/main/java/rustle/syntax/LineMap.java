package rustle.syntax;

import java.util.Arrays;
import rustle.ast.Span;

/**
 * Turns code point offsets (ANTLR's token indices) into Spans: offsets in the source String's chars,
 * 1-based lines, and 1-based columns counted in code points as rustc counts them.
 */
final class LineMap {
  private final int[] lineStarts;
  private final int lineCount;
  /** Char offset of each code point, or null when the text has no supplementary characters. */
  private final int[] charOffsets;
  private final int length;

  LineMap(String text) {
    int cps = text.codePointCount(0, text.length());
    length = cps;
    int[] starts = new int[16];
    int count = 1;
    int[] offsets = cps == text.length() ? null : new int[cps + 1];
    int cp = 0;
    for (int i = 0; i < text.length(); cp++) {
      int c = text.codePointAt(i);
      if (offsets != null) offsets[cp] = i;
      i += Character.charCount(c);
      // rustc begins no line after a final newline: the end of file stays on the last line.
      if (c == '\n' && i < text.length()) {
        if (count == starts.length) starts = Arrays.copyOf(starts, count * 2);
        starts[count++] = cp + 1;
      }
    }
    if (offsets != null) offsets[cps] = text.length();
    lineStarts = starts;
    lineCount = count;
    charOffsets = offsets;
  }

  /** The span of code points [start, end). */
  Span span(int start, int end) {
    start = clamp(start);
    end = Math.max(start, clamp(end));
    int l1 = lineIndex(start);
    int l2 = lineIndex(end);
    return new Span(charOffset(start), charOffset(end), l1 + 1, start - lineStarts[l1] + 1, l2 + 1,
        end - lineStarts[l2] + 1);
  }

  /** The number of code points in the text. */
  int length() {
    return length;
  }

  private int clamp(int cp) {
    return Math.max(0, Math.min(cp, length));
  }

  private int charOffset(int cp) {
    return charOffsets == null ? cp : charOffsets[cp];
  }

  private int lineIndex(int cp) {
    int lo = 0;
    int hi = lineCount - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (lineStarts[mid] <= cp) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
}
