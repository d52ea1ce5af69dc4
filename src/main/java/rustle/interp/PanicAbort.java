package rustle.interp;

/** A panic while unwinding (in a Drop impl run for cleanup): the process aborts, as Rust's does. */
final class PanicAbort extends RuntimeException {
  PanicAbort() {
    super("abort", null, false, false);
  }
}
