package rustle.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.IDefaultValueProvider;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import rustle.driver.Driver;

/** {@code rustle run FILE}: checks the program like rustc, then runs it. */
@Command(
    name = "run",
    description = "Check a Rust program, then run it.",
    defaultValueProvider = RunCommand.Defaults.class)
final class RunCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--stack-size", paramLabel = "SIZE", converter = Sizes.class,
      description = "Simulated stack size, e.g. 512K (default: ${DEFAULT-VALUE}).")
  long stackSize;

  @Option(names = "--heap-size", paramLabel = "SIZE", converter = Sizes.class,
      description = "Simulated heap size, e.g. 64M (default: ${DEFAULT-VALUE}).")
  long heapSize;

  @Parameters(paramLabel = "FILE", description = "The Rust source file (edition 2021).")
  String file;

  private final Backend backend;

  RunCommand(Backend backend) {
    this.backend = backend;
  }

  @Override
  public Integer call() {
    return run(backend, file, new Driver.Options(stackSize, heapSize), spec.commandLine().getOut(),
        spec.commandLine().getErr());
  }

  /** Reads and runs file; also the fast path of {@link Main} for a plain {@code run FILE}. */
  static int run(Backend backend, String file, Driver.Options options, PrintWriter out, PrintWriter err) {
    return SourceReader.read(file, err)
        .map(source -> backend.run(source, options, out, err))
        .orElse(ExitCode.REJECTED);
  }

  /** Takes the sizes' defaults from {@link Driver.Options#DEFAULT}, written as a user would. */
  static final class Defaults implements IDefaultValueProvider {
    @Override
    public String defaultValue(ArgSpec arg) {
      if (!(arg instanceof OptionSpec)) {
        return null;
      }
      switch (((OptionSpec) arg).longestName()) {
        case "--stack-size": return Sizes.format(Driver.Options.DEFAULT.stackSize());
        case "--heap-size": return Sizes.format(Driver.Options.DEFAULT.heapSize());
        default: return null;
      }
    }
  }
}
