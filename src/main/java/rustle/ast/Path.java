package rustle.ast;

import java.util.List;

/**
 * A path such as {@code x}, {@code Vec::<i32>::new} or {@code std::mem::size_of::<T>}: segments, each
 * with optional generic arguments (turbofish in expressions, plain in types).
 */
public record Path(Span span, List<Segment> segments) {
  /** One segment of a path with its generic arguments (empty when none were written). */
  public record Segment(String name, Span span, List<TypeExpr> generics) {}

  public String last() {
    return segments.get(segments.size() - 1).name();
  }

  public boolean isSingle() {
    return segments.size() == 1 && segments.get(0).generics().isEmpty();
  }

  /** The segment names joined with "::". */
  public String text() {
    StringBuilder sb = new StringBuilder();
    for (Segment s : segments) {
      if (sb.length() > 0) sb.append("::");
      sb.append(s.name());
    }
    return sb.toString();
  }
}
