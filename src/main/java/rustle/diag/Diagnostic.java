package rustle.diag;

import java.util.ArrayList;
import java.util.List;
import rustle.ast.Span;

/**
 * One compiler message as data: level, optional rustc error code, message, the primary span with its
 * label, secondary labels, and trailing notes, helps and sub-diagnostics. Built by {@link Errors},
 * shown by {@link Renderer}.
 *
 * <p>rustc prints a diagnostic's children in the order they were added and its code suggestions
 * last. This record keeps three lists, rendered in this order: {@code notes} ({@code = note: ...}),
 * {@code helps} without a replacement ({@code = help: ...}, or {@code help: ...} with a snippet when
 * they carry a span), {@code subs} (in their own order, for when notes and helps must interleave or
 * a note points at code, like rustc's "note: function defined here"), then helps that carry a
 * replacement (suggestions).
 */
public record Diagnostic(
    Level level,
    String code,
    String message,
    Span primary,
    String primaryLabel,
    List<Label> labels,
    List<String> notes,
    List<Help> helps,
    List<Sub> subs) {

  /** The original eight-part constructor, kept so callers need not know about {@code subs}. */
  public Diagnostic(
      Level level,
      String code,
      String message,
      Span primary,
      String primaryLabel,
      List<Label> labels,
      List<String> notes,
      List<Help> helps) {
    this(level, code, message, primary, primaryLabel, labels, notes, helps, List.of());
  }

  /** How severe a diagnostic is, named as rustc prints it. */
  public enum Level {
    ERROR("error"),
    WARNING("warning");

    public final String word;

    Level(String word) {
      this.word = word;
    }
  }

  /**
   * A labelled span besides the primary one, drawn with {@code -}; message may be empty. A few
   * rustc errors mark several spans as primary (drawn with {@code ^}), hence the flag.
   */
  public record Label(Span span, String message, boolean primary) {
    public Label(Span span, String message) {
      this(span, message, false);
    }
  }

  /**
   * A help line, optionally with a suggested replacement of the source text in span (rustc shows the
   * changed line with {@code +} under the insertion); span and replacement may be null.
   */
  public record Help(String message, Span span, String replacement) {}

  /**
   * A note or help that may point at code of its own (rustc's sub-diagnostic): with a null span it
   * prints as {@code = note: message}, otherwise as {@code note: message} followed by a snippet with
   * {@code ^} under span (labelled spanLabel, which may be null) and {@code -} under the labels.
   */
  public record Sub(Kind kind, String message, Span span, String spanLabel, List<Label> labels) {
    /** The word rustc prints before the message. */
    public enum Kind {
      NOTE("note"),
      HELP("help");

      public final String word;

      Kind(String word) {
        this.word = word;
      }
    }

    public static Sub note(String message) {
      return new Sub(Kind.NOTE, message, null, null, List.of());
    }

    public static Sub help(String message) {
      return new Sub(Kind.HELP, message, null, null, List.of());
    }

    public static Sub note(String message, Span span, String spanLabel) {
      return new Sub(Kind.NOTE, message, span, spanLabel, List.of());
    }

    public static Sub help(String message, Span span, String spanLabel) {
      return new Sub(Kind.HELP, message, span, spanLabel, List.of());
    }

    public Sub withLabel(Span labelSpan, String labelMessage) {
      var l = new ArrayList<>(labels);
      l.add(new Label(labelSpan, labelMessage));
      return new Sub(kind, message, span, spanLabel, List.copyOf(l));
    }
  }

  public Diagnostic withLabel(Span span, String message) {
    var l = new ArrayList<>(labels);
    l.add(new Label(span, message));
    return new Diagnostic(level, code, message(), primary, primaryLabel, List.copyOf(l), notes, helps, subs);
  }

  /** Another span drawn with {@code ^}, as rustc does for errors with several primary spans. */
  public Diagnostic withPrimaryLabel(Span span, String message) {
    var l = new ArrayList<>(labels);
    l.add(new Label(span, message, true));
    return new Diagnostic(level, code, message(), primary, primaryLabel, List.copyOf(l), notes, helps, subs);
  }

  public Diagnostic withNote(String note) {
    var n = new ArrayList<>(notes);
    n.add(note);
    return new Diagnostic(level, code, message, primary, primaryLabel, labels, List.copyOf(n), helps, subs);
  }

  public Diagnostic withHelp(Help help) {
    var h = new ArrayList<>(helps);
    h.add(help);
    return new Diagnostic(level, code, message, primary, primaryLabel, labels, notes, List.copyOf(h), subs);
  }

  /** A plain help line ({@code = help: message}). */
  public Diagnostic withHelp(String message) {
    return withHelp(new Help(message, null, null));
  }

  /** A help that suggests replacing the text in span by replacement (an empty span inserts). */
  public Diagnostic withSuggestion(String message, Span span, String replacement) {
    return withHelp(new Help(message, span, replacement));
  }

  public Diagnostic withSub(Sub sub) {
    var s = new ArrayList<>(subs);
    s.add(sub);
    return new Diagnostic(level, code, message, primary, primaryLabel, labels, notes, helps, List.copyOf(s));
  }

  public Diagnostic withLevel(Level newLevel) {
    return new Diagnostic(newLevel, code, message, primary, primaryLabel, labels, notes, helps, subs);
  }
}
