package rustle.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.IDefaultValueProvider;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import rustle.driver.Driver;
import rustle.dump.DumpOptions;
import rustle.dump.Dumper;

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

  @Parameters(index = "0", paramLabel = "FILE", description = "The Rust source file (edition 2021).")
  String file;

  @Parameters(index = "1..*", paramLabel = "ARGS",
      description = "The program's arguments (std::env::args); after `--` when one starts with `-`.")
  List<String> args = new ArrayList<>();

  @Option(names = "--break", paramLabel = "LINE",
      description = "Dump memory after the statement ending on LINE ran, every time (repeatable).")
  List<Integer> breaks = new ArrayList<>();

  @Option(names = "--dump-all", description = "Dump memory after every statement of the program.")
  boolean dumpAll;

  @Option(names = "--max-snapshots", paramLabel = "N", defaultValue = "1000",
      description = "Take at most N snapshots, say how many more were skipped (default: ${DEFAULT-VALUE}).")
  int maxSnapshots;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "Format of memory dumps: text, json or html (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(names = "--out", paramLabel = "FILE", description = "Write memory dumps to FILE instead of stderr.")
  String out;

  @Option(names = "--trace", description = "Write one line per memory event (frames, allocations, frees).")
  boolean trace;

  @Option(names = "--trace-out", paramLabel = "FILE", description = "Write the trace and stats to FILE.")
  String traceOut;

  @Option(names = "--stats", description = "Print memory statistics when the program ends.")
  boolean stats;

  @Option(names = "--unchecked",
      description = "Run the program even if the ownership checker rejects it, stopping at the first "
          + "undefined behavior (use after free, double free, dangling reference) with a Miri-style report.")
  boolean unchecked;

  private final Backend backend;
  /** The program's standard input. */
  private final java.io.InputStream in;

  RunCommand(Backend backend, java.io.InputStream in) {
    this.backend = backend;
    this.in = in;
  }

  @Override
  public Integer call() {
    if (!Dumper.knowsFormat(format)) {
      throw new ParameterException(spec.commandLine(), "Invalid value for option '--format': '" + format
          + "' (expected one of: " + Dumper.formats() + ")");
    }
    if (maxSnapshots < 0) {
      throw new ParameterException(spec.commandLine(), "--max-snapshots must not be negative");
    }
    DumpOptions dump = new DumpOptions(List.copyOf(breaks), dumpAll, maxSnapshots, format, out, trace, traceOut,
        stats);
    Driver.Options options = new Driver.Options(stackSize, heapSize, unchecked, new rustle.interp.rt.Host(args, in));
    PrintWriter o = spec.commandLine().getOut();
    PrintWriter e = spec.commandLine().getErr();
    return SourceReader.read(file, e)
        .map(source -> backend.run(source, options, dump, o, e))
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
