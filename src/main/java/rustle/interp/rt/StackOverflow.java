package rustle.interp.rt;

/** The simulated stack ran out: the program aborts as Rust does on stack overflow. */
public final class StackOverflow extends RuntimeException {
  StackOverflow() {
    super("stack overflow", null, false, false);
  }
}
