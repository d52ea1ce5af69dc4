package rustle.interp.rt;

/** A panic while unwinding (in a Drop impl run for cleanup): the process aborts, as Rust's does. */
public final class PanicAbort extends RuntimeException {
  PanicAbort() {
    super("abort", null, false, false);
  }
}
