package rustle.diag;

import java.util.List;
import rustle.ast.Span;

/**
 * One compiler message as data: level, optional rustc error code, message, the primary span with its
 * label, secondary labels, and trailing notes and helps. Built by {@link Errors}, shown by
 * {@link Renderer}.
 */
public record Diagnostic(
    Level level,
    String code,
    String message,
    Span primary,
    String primaryLabel,
    List<Label> labels,
    List<String> notes,
    List<Help> helps) {

  /** How severe a diagnostic is, named as rustc prints it. */
  public enum Level {
    ERROR("error"),
    WARNING("warning");

    public final String word;

    Level(String word) {
      this.word = word;
    }
  }

  /** A secondary span with its message (rustc draws these with {@code -}). */
  public record Label(Span span, String message) {}

  /**
   * A help line, optionally with a suggested replacement of the source text in span (rustc shows the
   * changed line with {@code +} under the insertion); span and replacement may be null.
   */
  public record Help(String message, Span span, String replacement) {}

  public Diagnostic withLabel(Span span, String message) {
    var l = new java.util.ArrayList<>(labels);
    l.add(new Label(span, message));
    return new Diagnostic(level, code, message(), primary, primaryLabel, List.copyOf(l), notes, helps);
  }

  public Diagnostic withNote(String note) {
    var n = new java.util.ArrayList<>(notes);
    n.add(note);
    return new Diagnostic(level, code, message, primary, primaryLabel, labels, List.copyOf(n), helps);
  }

  public Diagnostic withHelp(Help help) {
    var h = new java.util.ArrayList<>(helps);
    h.add(help);
    return new Diagnostic(level, code, message, primary, primaryLabel, labels, notes, List.copyOf(h));
  }
}
