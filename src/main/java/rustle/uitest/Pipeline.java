package rustle.uitest;

import java.io.PrintWriter;
import rustle.diag.SourceFile;
import rustle.driver.Driver;

/**
 * What a test puts its program through: {@link Driver}'s static checks or whole pipeline in production,
 * a stand-in in tests of the runner itself.
 */
interface Pipeline {
  /** Static checks only; diagnostics go to err; returns the exit status. */
  int check(SourceFile file, PrintWriter err);

  /** Check, then run; returns the exit status. */
  int run(SourceFile file, PrintWriter out, PrintWriter err);

  /** Check, then run, the snapshots of its {@code // @dump} markers written (as text) to dumps. */
  default int run(SourceFile file, PrintWriter out, PrintWriter err, PrintWriter dumps) {
    return run(file, out, err);
  }

  Pipeline DRIVER = new Pipeline() {
    @Override
    public int check(SourceFile file, PrintWriter err) {
      return Driver.check(file, err);
    }

    @Override
    public int run(SourceFile file, PrintWriter out, PrintWriter err) {
      return Driver.run(file, OutputFiles.options(file), out, err);
    }

    @Override
    public int run(SourceFile file, PrintWriter out, PrintWriter err, PrintWriter dumps) {
      return Driver.run(file, OutputFiles.options(file), rustle.dump.DumpOptions.NONE, out, err, dumps);
    }
  };
}
