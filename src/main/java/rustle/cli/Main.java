package rustle.cli;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import rustle.driver.Driver;

/**
 * The command line shell: parses arguments with picocli, hands the work to a {@link Backend}, and turns
 * anything that escapes into a report and an {@link ExitCode}.
 */
public final class Main {
  /** What {@code rustle --version} prints. */
  public static final String VERSION = "rustle 0.1.0";

  /**
   * The stack of the thread that runs the pipeline. The tree-walking evaluator recurses once per Rust call
   * and per nested expression, so it needs far more than the JVM's default; the simulated stack size, not
   * this one, is what a Rust program should hit first.
   */
  private static final long THREAD_STACK_BYTES = 2048L << 20;

  private final Backend backend;
  private final Crashes crashes;

  /** The shell over the real pipeline; {@code RUSTLE_DEBUG=1} adds Java stack traces to crash reports. */
  Main() {
    this(new DriverBackend(), "1".equals(System.getenv("RUSTLE_DEBUG")));
  }

  Main(Backend backend, boolean debug) {
    this.backend = backend;
    this.crashes = new Crashes(debug);
  }

  public static void main(String[] args) throws InterruptedException {
    // A plain run's start-up threads first: ANTLR's tables and the prelude load while the rest of the
    // command line's work and the reading of the source go on.
    if (QuickRun.parse(args) != null) Driver.prestart();
    // Programs may print millions of lines: buffer stdout in big chunks, flushed before anything goes
    // to stderr and at exit.
    PrintWriter out = new PrintWriter(new BufferedWriter(
        new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16));
    PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8));
    int[] code = {ExitCode.INTERNAL};
    // Anonymous classes rather than lambdas on the start-up path: the first lambda a JVM links costs
    // milliseconds of method-handle set-up that a hello world would otherwise pay.
    Runnable body = new Runnable() {
      @Override
      public void run() {
        code[0] = Main.run(args, System.in, out, err);
      }
    };
    Thread worker = new Thread(null, body, "main", THREAD_STACK_BYTES);
    worker.start();
    worker.join();
    out.flush();
    err.flush();
    System.exit(code[0]);
  }

  /**
   * Runs the command line {@code args} and returns the process exit code; both writers are flushed. A
   * program run this way has no standard input (its reads find the end at once).
   */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    return run(args, rustle.interp.rt.Host.NO_INPUT, out, err);
  }

  /** As above; a program run reads in as its standard input. */
  public static int run(String[] args, java.io.InputStream in, PrintWriter out, PrintWriter err) {
    return new Main().execute(args, in, out, err);
  }

  int execute(String[] args, PrintWriter out, PrintWriter err) {
    return execute(args, rustle.interp.rt.Host.NO_INPUT, out, err);
  }

  int execute(String[] args, java.io.InputStream in, PrintWriter out, PrintWriter err) {
    int code = crashes.guard(new java.util.concurrent.Callable<Integer>() { // not a lambda: see main
      @Override
      public Integer call() {
        QuickRun quick = QuickRun.parse(args);
        return quick != null ? quick.run(backend, in, out, err) : commandLine(in, out, err).execute(args);
      }
    }, out, err);
    out.flush();
    err.flush();
    return code;
  }

  private CommandLine commandLine(java.io.InputStream in, PrintWriter out, PrintWriter err) {
    CommandLine cl = new CommandLine(new RustleCommand())
        .addSubcommand(new RunCommand(backend, in))
        .addSubcommand(new DebugCommand())
        .addSubcommand(new CheckCommand(backend))
        .addSubcommand(new ExplainCommand(backend))
        .addSubcommand(new TestCommand())
        .addSubcommand(new CommandLine.HelpCommand());
    cl.setOut(out);
    cl.setErr(err);
    // Exceptions from a command's body are rustle's bugs, not usage errors; Errors bypass this handler
    // and reach the guard in execute directly.
    cl.setExecutionExceptionHandler((e, line, parsed) -> crashes.report(e, out, err));
    return cl;
  }
}
