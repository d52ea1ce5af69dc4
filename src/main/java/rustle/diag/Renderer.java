package rustle.diag;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import rustle.ast.Span;

/**
 * Turns diagnostics into the text rustc 1.95 prints for them (without colors), so rustle's errors
 * read exactly like the compiler's; only {@code rustc --explain} becomes {@code rustle explain}.
 */
public final class Renderer {
  private Renderer() {}

  /**
   * One diagnostic: header, {@code -->} location, code window, then its notes, helps and
   * suggestions. Every line ends in a newline; the blank line rustc prints after each diagnostic is
   * not included (see {@link #renderAll}).
   */
  public static String render(Diagnostic d, SourceFile f) {
    SourceLines src = new SourceLines(f.text());
    int w = SourceLines.digits(maxLine(d));
    StringBuilder out = new StringBuilder();

    List<Snippet.Mark> marks = new ArrayList<>();
    if (real(d.primary())) {
      marks.add(new Snippet.Mark(d.primary(), d.primaryLabel(), true));
      for (Diagnostic.Label l : d.labels()) {
        marks.add(new Snippet.Mark(l.span(), l.message(), l.primary()));
      }
    }
    String head = d.level().word + (d.code() == null ? "" : "[" + d.code() + "]");
    out.append(block(head, d.message(), d.primary(), marks, f.path(), src, w));

    List<String> tail = new ArrayList<>();
    for (String n : d.notes()) {
      tail.add(plainChild("note", n, w));
    }
    for (Diagnostic.Help h : d.helps()) {
      if (!suggests(h)) {
        tail.add(real(h.span())
            ? block("help", h.message(), h.span(), List.of(new Snippet.Mark(h.span(), null, true)), f.path(), src, w)
            : plainChild("help", h.message(), w));
      }
    }
    for (Diagnostic.Sub s : d.subs()) {
      tail.add(real(s.span()) ? subBlock(s, f.path(), src, w) : plainChild(s.kind().word, s.message(), w));
    }
    for (Diagnostic.Help h : d.helps()) {
      if (suggests(h)) {
        tail.add(Suggestion.render(h.message(), h.span(), h.replacement(), src, w));
      }
    }
    if (!tail.isEmpty()) {
      // rustc closes (or continues) the code window with a bare gutter line before any child.
      out.append(" ".repeat(w + 1)).append("|\n");
      tail.forEach(out::append);
    }
    return out.toString();
  }

  /**
   * Several diagnostics as rustc prints a failed compilation: each followed by a blank line, then
   * {@code error: aborting due to N previous error(s)} (or the warning count alone), then the
   * pointer to {@code rustle explain} for the codes that have an explanation.
   */
  public static String renderAll(List<Diagnostic> ds, SourceFile f) {
    StringBuilder out = new StringBuilder();
    int errors = 0;
    int warnings = 0;
    TreeSet<String> codes = new TreeSet<>();
    for (Diagnostic d : ds) {
      out.append(rustle.syntax.BlockItemNames.displayText(render(d, f))).append('\n');
      if (d.level() == Diagnostic.Level.ERROR) {
        errors++;
      } else {
        warnings++;
      }
      if (d.code() != null && Explain.explain(d.code()).isPresent()) {
        codes.add(d.code());
      }
    }
    String warned = warnings == 1 ? "1 warning emitted" : warnings + " warnings emitted";
    if (errors > 0) {
      out.append("error: aborting due to ")
          .append(errors == 1 ? "1 previous error" : errors + " previous errors")
          .append(warnings > 0 ? "; " + warned : "")
          .append("\n\n");
    } else if (warnings > 0) {
      out.append("warning: ").append(warned).append("\n\n");
    }
    List<String> sorted = new ArrayList<>(codes);
    if (sorted.size() > 1) {
      // rustc lists at most nine codes.
      out.append("Some errors have detailed explanations: ")
          .append(String.join(", ", sorted.subList(0, Math.min(9, sorted.size()))))
          .append(sorted.size() > 9 ? "..." : ".")
          .append("\nFor more information about an error, try `rustle explain ")
          .append(sorted.get(0))
          .append("`.\n");
    } else if (sorted.size() == 1) {
      out.append("For more information about this error, try `rustle explain ")
          .append(sorted.get(0))
          .append("`.\n");
    }
    return out.toString();
  }

  private static boolean real(Span s) {
    return s != null && !s.equals(Span.NONE);
  }

  private static boolean suggests(Diagnostic.Help h) {
    return real(h.span()) && h.replacement() != null;
  }

  /**
   * The widest line number any code window of d shows; like rustc it counts the spans of the
   * diagnostic and of its children, but not those of suggestions.
   */
  private static int maxLine(Diagnostic d) {
    int max = 0;
    if (real(d.primary())) {
      max = d.primary().endLine();
      for (Diagnostic.Label l : d.labels()) {
        max = Math.max(max, endLine(l.span()));
      }
    }
    for (Diagnostic.Help h : d.helps()) {
      if (!suggests(h)) {
        max = Math.max(max, endLine(h.span()));
      }
    }
    for (Diagnostic.Sub s : d.subs()) {
      if (real(s.span())) {
        max = Math.max(max, s.span().endLine());
        for (Diagnostic.Label l : s.labels()) {
          max = Math.max(max, endLine(l.span()));
        }
      }
    }
    return max;
  }

  private static int endLine(Span s) {
    return real(s) ? s.endLine() : 0;
  }

  private static String subBlock(Diagnostic.Sub s, String path, SourceLines src, int w) {
    List<Snippet.Mark> marks = new ArrayList<>();
    marks.add(new Snippet.Mark(s.span(), s.spanLabel(), true));
    for (Diagnostic.Label l : s.labels()) {
      marks.add(new Snippet.Mark(l.span(), l.message(), l.primary()));
    }
    return block(s.kind().word, s.message(), s.span(), marks, path, src, w);
  }

  /** {@code head: message}, then when at is real the location line and the code window. */
  private static String block(
      String head, String message, Span at, List<Snippet.Mark> marks, String path, SourceLines src, int w) {
    TextGrid g = new TextGrid();
    // Continuation lines of a message line up under its first character.
    String pad = " ".repeat(head.length() + 2);
    String[] lines = SourceLines.normalize(message).split("\n", -1);
    g.append(0, head + ": " + lines[0]);
    for (int i = 1; i < lines.length; i++) {
      g.append(i, pad + lines[i]);
    }
    if (real(at)) {
      g.append(g.numRows(), " ".repeat(w) + "--> " + path + ":" + at.line() + ":" + at.col());
      g.putc(g.numRows(), w + 1, '|');
      Snippet.render(g, w, src, marks);
    }
    return g.render();
  }

  /** A child without code: {@code = note: message}, continuation lines aligned after the colon. */
  private static String plainChild(String word, String message, int w) {
    String[] lines = SourceLines.normalize(message).split("\n", -1);
    StringBuilder out = new StringBuilder();
    out.append(" ".repeat(w + 1)).append("= ").append(word).append(": ").append(lines[0]).append('\n');
    // rustc pads by the gutter plus the width of "note" whatever the word, so helps align alike.
    String pad = " ".repeat(w + "note".length() + 5);
    for (int i = 1; i < lines.length; i++) {
      out.append(pad).append(lines[i]).append('\n');
    }
    return out.toString();
  }
}
