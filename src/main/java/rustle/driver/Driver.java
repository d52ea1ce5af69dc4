package rustle.driver;

import java.io.PrintWriter;
import rustle.diag.SourceFile;

/**
 * The pipeline in one place: parse, resolve and type check, ownership check, evaluate; it stops at the
 * first phase that reports errors. Returns the process exit code.
 */
public final class Driver {
  /** Run-time settings chosen on the command line. */
  public record Options(long stackSize, long heapSize) {
    public static final Options DEFAULT = new Options(8L << 20, 1L << 30);
  }

  private Driver() {}

  /** Static checks only; diagnostics go to err. */
  public static int check(SourceFile file, PrintWriter err) {
    throw new UnsupportedOperationException("pipeline not wired yet");
  }

  /** Check, then run; program output goes to out, diagnostics and panics to err. */
  public static int run(SourceFile file, Options options, PrintWriter out, PrintWriter err) {
    throw new UnsupportedOperationException("pipeline not wired yet");
  }
}
