package rustle.fmt;

/** One part of a parsed format string: literal text or a placeholder to fill with an argument. */
public sealed interface Piece {

  /** Text printed as is; {@code {{} and {@code }}} are already unescaped, adjacent text merged. */
  record Literal(String text) implements Piece {}

  /**
   * A {@code {...}} placeholder; offset and length locate it (braces included) in the format
   * string, counted in Java chars, for diagnostics.
   */
  record Placeholder(Arg arg, FormatSpec spec, int offset, int length) implements Piece {}
}
