package rustle.interp.rt;

/**
 * Carries a break, continue or return out of an expression evaluated for its value (for example a
 * {@code return} inside a {@code match} arm whose value is used); the status travels in the machine.
 * Statement contexts use status codes instead, which cost nothing.
 */
public final class JumpSignal extends RuntimeException {
  public static final JumpSignal INSTANCE = new JumpSignal();

  private JumpSignal() {
    super(null, null, false, false);
  }
}
