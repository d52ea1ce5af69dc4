package rustle.cli;

import java.io.PrintWriter;
import java.util.Optional;
import rustle.diag.SourceFile;
import rustle.driver.Driver;

/**
 * What the command line calls into: the real pipeline in production, a fake in tests of the shell.
 */
interface Backend {
  /** Static checks only; returns the exit code. */
  int check(SourceFile file, PrintWriter err);

  /** Check, then run; returns the exit code. */
  int run(SourceFile file, Driver.Options options, PrintWriter out, PrintWriter err);

  /** Check, then run observed as dump asks (breakpoints, dumps, trace); returns the exit code. */
  default int run(SourceFile file, Driver.Options options, rustle.dump.DumpOptions dump, PrintWriter out,
      PrintWriter err) {
    return run(file, options, out, err);
  }

  /** The long explanation of a normalized error code such as {@code E0382}, if rustle has one. */
  Optional<String> explain(String code);

  /** The first example of code's explanation, as a source file ({@code rustle explain CODE --example}). */
  default Optional<String> example(String code) {
    return rustle.diag.Explain.example(code);
  }
}
