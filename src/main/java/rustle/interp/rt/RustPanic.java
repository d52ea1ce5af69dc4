package rustle.interp.rt;

import rustle.ast.Span;

/** A Rust panic in the running program: its message and where it happened. Ends the run with 101. */
public final class RustPanic extends RuntimeException {
  final Span span;
  /** Set once its message was printed (when unwinding began). */
  boolean reported;

  public RustPanic(String message, Span span) {
    super(message, null, false, false);
    this.span = span;
  }
}
