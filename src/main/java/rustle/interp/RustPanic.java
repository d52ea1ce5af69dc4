package rustle.interp;

import rustle.ast.Span;

/** A Rust panic in the running program: its message and where it happened. Ends the run with 101. */
final class RustPanic extends RuntimeException {
  final Span span;
  /** Set once its message was printed (when unwinding began). */
  boolean reported;

  RustPanic(String message, Span span) {
    super(message, null, false, false);
    this.span = span;
  }
}
