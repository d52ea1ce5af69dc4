package rustle.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import rustle.driver.Driver;
import rustle.dump.DumpOptions;

/**
 * {@code rustle run [OPTIONS] FILE}, read without picocli when every argument is well formed: picocli's
 * first use costs a run ~100 ms of class loading, verification and set-up (it ships Java 5 class files,
 * which the class-data archive cannot hold), more than a hello world's whole run. Anything this reader does
 * not accept as it is (an unknown option, a bad value, no file, {@code --help}) is left to picocli
 * ({@link RunCommand}), which reads it the same way or reports the usage error; a test holds the two
 * readers to the same options and values.
 */
final class QuickRun {
  /** Every option of {@link RunCommand} this reader knows; those taking a value are in {@link #VALUED}. */
  static final List<String> OPTIONS = List.of("--stack-size", "--heap-size", "--break", "--dump-all",
      "--max-snapshots", "--format", "--out", "--trace", "--trace-out", "--stats", "--unchecked");
  static final List<String> VALUED = List.of("--stack-size", "--heap-size", "--break", "--max-snapshots",
      "--format", "--out", "--trace-out");

  final String file;
  final Driver.Options options;
  /** Null when nothing is asked beyond a plain run (the plain run's path, with no dump classes). */
  final DumpOptions dump;

  private QuickRun(String file, Driver.Options options, DumpOptions dump) {
    this.file = file;
    this.options = options;
    this.dump = dump;
  }

  /** The run args ask for, or null when picocli must read them. */
  static QuickRun parse(String[] args) {
    if (args.length < 2 || !args[0].equals("run")) return null;
    String file = null;
    List<String> programArgs = new ArrayList<>();
    boolean optionsEnd = false;
    long stack = Driver.Options.DEFAULT.stackSize();
    long heap = Driver.Options.DEFAULT.heapSize();
    boolean unchecked = false;
    List<Integer> breaks = new ArrayList<>();
    boolean all = false;
    boolean trace = false;
    boolean stats = false;
    int max = DumpOptions.DEFAULT_MAX_SNAPSHOTS;
    String format = "text";
    String out = null;
    String traceOut = null;
    boolean observed = false;
    for (int i = 1; i < args.length; i++) {
      String a = args[i];
      if (!optionsEnd && (a.isEmpty() || a.startsWith("@"))) return null; // picocli's argument files
      if (optionsEnd || !a.startsWith("-")) {
        if (file == null) file = a;
        else programArgs.add(a);
        continue;
      }
      if (a.equals("--")) {
        optionsEnd = true;
        continue;
      }
      String name = a;
      String value = null;
      int eq = a.indexOf('=');
      if (eq > 0) {
        name = a.substring(0, eq);
        value = a.substring(eq + 1);
      }
      if (!OPTIONS.contains(name)) return null;
      boolean valued = VALUED.contains(name);
      if (valued && value == null) {
        if (i + 1 == args.length) return null;
        value = args[++i];
      } else if (!valued && value != null) {
        return null;
      }
      switch (name) {
        case "--stack-size": if ((stack = ByteSize.parse(value)) < 0) return null; break;
        case "--heap-size": if ((heap = ByteSize.parse(value)) < 0) return null; break;
        case "--unchecked": unchecked = true; break;
        case "--break": {
          Integer line = integer(value);
          if (line == null) return null;
          breaks.add(line);
          break;
        }
        case "--max-snapshots": {
          Integer n = integer(value);
          if (n == null || n < 0) return null;
          max = n;
          break;
        }
        case "--format": format = value; break;
        case "--out": out = value; break;
        case "--trace-out": traceOut = value; break;
        case "--dump-all": all = true; break;
        case "--trace": trace = true; break;
        default: stats = true; break; // --stats
      }
      if (!name.equals("--stack-size") && !name.equals("--heap-size") && !name.equals("--unchecked")) observed = true;
    }
    if (file == null || !rustle.dump.Dumper.knowsFormat(format)) return null;
    DumpOptions dump = observed ? new DumpOptions(List.copyOf(breaks), all, max, format, out, trace, traceOut, stats) : null;
    return new QuickRun(file, new Driver.Options(stack, heap, unchecked, new rustle.interp.rt.Host(programArgs, rustle.interp.rt.Host.NO_INPUT)), dump);
  }

  /** A decimal int as picocli reads one (an optional sign), or null. */
  private static Integer integer(String s) {
    try {
      return Integer.valueOf(s);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** Reads and runs the file, the program reading in as its standard input. */
  int run(Backend backend, java.io.InputStream in, PrintWriter out, PrintWriter err) {
    Driver.Options options = this.options.withStdin(in);
    // No lambda here: this is the start-up path of every run (see Main.main).
    var source = SourceReader.read(file, err);
    if (source.isEmpty()) return ExitCode.REJECTED;
    return dump == null ? backend.run(source.get(), options, out, err) : backend.run(source.get(), options, dump, out, err);
  }
}
