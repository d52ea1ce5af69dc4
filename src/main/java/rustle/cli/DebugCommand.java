package rustle.cli;

import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import rustle.check.CheckedProgram;
import rustle.debug.Debugger;
import rustle.driver.Driver;

/** {@code rustle debug FILE}: checks the program like rustc, then runs it under the debugger's prompt. */
@Command(
    name = "debug",
    description = "Check a Rust program, then step through it (forwards and backwards) at a prompt.",
    defaultValueProvider = RunCommand.Defaults.class)
final class DebugCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--stack-size", paramLabel = "SIZE", converter = Sizes.class,
      description = "Simulated stack size, e.g. 512K (default: ${DEFAULT-VALUE}).")
  long stackSize;

  @Option(names = "--heap-size", paramLabel = "SIZE", converter = Sizes.class,
      description = "Simulated heap size, e.g. 64M (default: ${DEFAULT-VALUE}).")
  long heapSize;

  @Option(names = "--history", paramLabel = "STEPS", defaultValue = "10000000",
      description = "How many of the last steps `back` can return to (default: ${DEFAULT-VALUE}).")
  int history;

  @Option(names = "--echo", description = "Write each command read back after a prompt (for transcripts).")
  boolean echo;

  @Parameters(paramLabel = "FILE", description = "The Rust source file (edition 2021).")
  String file;

  @Override
  public Integer call() throws Exception {
    if (history < 1) throw new ParameterException(spec.commandLine(), "--history must be at least 1");
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    var source = SourceReader.read(file, err);
    if (source.isEmpty()) return ExitCode.REJECTED;
    CheckedProgram program = Driver.checked(source.get(), err);
    if (program == null) return ExitCode.REJECTED;
    Debugger.Options o = new Debugger.Options(stackSize, heapSize, history, echo);
    // A terminal on both ends gets the line editor; anything else (a script, a pipe) is read line by line.
    if (System.console() != null && !echo) {
      out.flush();
      return Debugger.runOnTerminal(program, source.get().path(), source.get().text(), o);
    }
    return Debugger.run(program, source.get().path(), source.get().text(), o,
        new InputStreamReader(System.in, StandardCharsets.UTF_8), out);
  }
}
