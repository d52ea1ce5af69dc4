package rustle.interp.rt;

/**
 * Where a {@code std::fmt::Formatter} writes (the handle in its buf word indexes
 * {@link Machine#sinks}): the text, and, when the text will become a String ({@code format!},
 * {@code to_string}, {@code write!} into a String), the UTF-8 length of each piece written, since
 * std's String grows piece by piece as each {@code write_str} pushes.
 */
public final class FmtSink {
  public final StringBuilder sb;
  /** Null when the pieces do not matter (printing). */
  public final Pieces pieces;

  public FmtSink(StringBuilder sb, Pieces pieces) {
    this.sb = sb;
    this.pieces = pieces;
  }

  /** Records what was appended since from (UTF-8 length) as one piece. */
  public void piece(int from) {
    if (pieces == null) return;
    int n = 0;
    for (int i = from; i < sb.length(); i++) {
      char ch = sb.charAt(i);
      if (ch < 0x80) n++;
      else if (ch < 0x800) n += 2;
      else if (Character.isHighSurrogate(ch)) {
        n += 4;
        i++;
      } else n += 3;
    }
    pieces.add(n);
  }

  /** A growable list of piece lengths without boxing. */
  public static class Pieces {
    public int[] a = new int[8];
    public int n;

    public void add(int v) {
      if (n == a.length) a = java.util.Arrays.copyOf(a, n * 2);
      a[n++] = v;
    }
  }
}
