package rustle.interp;

/** {@code std::process::exit(code)}: ends the run at once with the given code. */
final class ExitSignal extends RuntimeException {
  final int code;

  ExitSignal(int code) {
    super(null, null, false, false);
    this.code = code;
  }
}
