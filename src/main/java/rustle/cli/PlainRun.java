package rustle.cli;

import java.io.PrintWriter;
import rustle.driver.Driver;

/**
 * {@code rustle run FILE} without options, which {@link Main} handles without picocli. Not a method of
 * {@link RunCommand}: linking that class loads picocli's exception classes, which the class-data archive
 * cannot hold (picocli ships Java 5 class files), so a plain run would read and verify them from the jar.
 */
final class PlainRun {
  private PlainRun() {}

  /** Reads and runs file. */
  static int run(Backend backend, String file, Driver.Options options, PrintWriter out, PrintWriter err) {
    // No lambda here: this is the start-up path of every plain run (see Main.main).
    var source = SourceReader.read(file, err);
    return source.isPresent() ? backend.run(source.get(), options, out, err) : ExitCode.REJECTED;
  }
}
