package rustle.ast;

/**
 * A region of source text: character offsets [start, end) plus 1-based line and column of both ends,
 * columns counted in characters as rustc counts them.
 */
public record Span(int start, int end, int line, int col, int endLine, int endCol) {
  public static final Span NONE = new Span(0, 0, 1, 1, 1, 1);

  /** The smallest span covering both. */
  public Span to(Span other) {
    Span a = start <= other.start ? this : other;
    Span b = end >= other.end ? this : other;
    return new Span(a.start, b.end, a.line, a.col, b.endLine, b.endCol);
  }

  // equals and hashCode are written out: a record's generated ones are linked through invokedynamic on
  // their first call, which costs milliseconds of start-up (see docs/architecture.md, "Start-up").
  @Override
  public boolean equals(Object o) {
    return o instanceof Span s && start == s.start && end == s.end && line == s.line && col == s.col
        && endLine == s.endLine && endCol == s.endCol;
  }

  @Override
  public int hashCode() {
    return ((start * 31 + end) * 31 + line) * 31 + col;
  }
}
