package rustle.interp.rt;

/** {@code std::process::exit(code)}: ends the run at once with the given code. */
public final class ExitSignal extends RuntimeException {
  public final int code;

  public ExitSignal(int code) {
    super(null, null, false, false);
    this.code = code;
  }
}
