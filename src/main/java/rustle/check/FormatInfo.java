package rustle.check;

import java.util.List;
import rustle.ast.Expr;
import rustle.fmt.FormatSpec;
import rustle.types.Ty;

/**
 * A checked format string: its pieces with every argument reference resolved to an index into args.
 * An argument is an expression written in the macro call, or a variable captured inline ({@code {x}}).
 */
public record FormatInfo(List<Part> parts, List<FmtArg> args) {
  /** Literal text (arg == -1) or a placeholder formatting args[arg] with spec. */
  public record Part(String text, int arg, FormatSpec spec, int width, boolean widthIsArg, int precision,
      boolean precisionIsArg) {}

  /** An argument: an expression, or a captured binding/const (expr null). */
  public record FmtArg(Expr expr, Res capture, Ty ty) {}
}
