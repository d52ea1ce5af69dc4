package rustle.syntax;

import java.util.List;
import rustle.ast.Crate;
import rustle.diag.Diagnostic;

/** The outcome of parsing one file: the crate, or the errors found (then crate may be null). */
public record ParseResult(Crate crate, List<Diagnostic> errors) {
  public boolean ok() {
    return errors.isEmpty();
  }
}
