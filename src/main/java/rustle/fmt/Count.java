package rustle.fmt;

/**
 * A width or precision in a format spec, named after rustc's {@code rustc_parse_format::Count}:
 * absent, a literal, or taken at run time from an argument.
 */
public sealed interface Count {

  /** No count was written ({@code CountImplied}). */
  Count IMPLIED = new Implied();

  /** No count was written. */
  record Implied() implements Count {}

  /** A literal count such as the {@code 5} in {@code {:5}} ({@code CountIs}). */
  record Literal(int value) implements Count {}

  /** A positional argument such as {@code 1$} in {@code {:1$}} ({@code CountIsParam}). */
  record Param(int index) implements Count {}

  /**
   * A named argument such as {@code w$} in {@code {:w$}} ({@code CountIsName}); offset is where the
   * name starts in the format string, its length is the name's.
   */
  record Named(String name, int offset) implements Count {}

  /**
   * The precision {@code .*}, which takes the next implicit positional argument ({@code
   * CountIsStar}); index is that argument's position, already resolved.
   */
  record Star(int index) implements Count {}
}
