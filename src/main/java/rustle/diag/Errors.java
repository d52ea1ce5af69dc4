package rustle.diag;

import java.util.List;
import rustle.ast.Span;

/** The one place diagnostics are built: a named constructor per kind of error, in rustc's words. */
public final class Errors {
  private Errors() {}

  /** A plain error with no code, primary span and label. */
  public static Diagnostic error(String message, Span span, String label) {
    return new Diagnostic(Diagnostic.Level.ERROR, null, message, span, label, List.of(), List.of(), List.of());
  }

  /** An error with a rustc code. */
  public static Diagnostic coded(String code, String message, Span span, String label) {
    return new Diagnostic(Diagnostic.Level.ERROR, code, message, span, label, List.of(), List.of(), List.of());
  }

  /** A Rust feature that rustle does not implement, named with its span. */
  public static Diagnostic unsupported(String what, Span span) {
    return error(what + " " + (what.endsWith("s") ? "are" : "is") + " not supported by rustle yet", span,
        "not supported by rustle");
  }
}
