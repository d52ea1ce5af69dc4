package rustle.interp;

import static com.google.common.truth.Truth.assertWithMessage;

import java.io.IOException;
import java.nio.file.Path;
import rustle.cli.InProcess;

/**
 * Test helper: runs a program in-process and checks that it ends the way the rustc-compiled program
 * ended: exit 101, the same stdout up to the panic, and std's panic report (without the thread id rustc
 * 1.95 prints after {@code 'main'}, which rustle leaves out).
 */
final class PanicRuns {
  static final String NOTE = "note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace\n";

  private PanicRuns() {}

  /** {@code at} is rustc's {@code LINE:COL}; {@code message} is what rustc printed after that line. */
  static void assertPanics(Path dir, String source, String stdout, String at, String message) throws IOException {
    InProcess.Result r = InProcess.runSource(dir, "main.rs", source);
    String path = dir.resolve("main.rs").toString();
    assertWithMessage(r.describe()).that(r.exit()).isEqualTo(Interpreter.PANIC);
    assertWithMessage("stdout before the panic").that(r.out()).isEqualTo(stdout);
    assertWithMessage("panic report")
        .that(r.err()).isEqualTo("\nthread 'main' panicked at " + path + ":" + at + ":\n" + message + "\n" + NOTE);
  }
}
