package rustle.fmt;

/**
 * Which argument a placeholder formats, named after rustc's {@code rustc_parse_format::Position}.
 * Inline captures such as {@code {x}} and explicit named arguments ({@code name = ..}) are both
 * {@link Named}; the type checker decides which one a name refers to.
 */
public sealed interface Arg {

  /** {@code {}}: the next positional argument, whose index is already resolved. */
  record Implicit(int index) implements Arg {}

  /** {@code {0}}: an explicit positional argument. */
  record Index(int index) implements Arg {}

  /** {@code {name}}; offset is where the name starts in the format string. */
  record Named(String name, int offset) implements Arg {}
}
