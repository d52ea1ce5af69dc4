package rustle.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code rustle check FILE}: the static checks only, like {@code cargo check}. */
@Command(name = "check", description = "Check a Rust program without running it.")
final class CheckCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "The Rust source file (edition 2021).")
  String file;

  private final Backend backend;

  CheckCommand(Backend backend) {
    this.backend = backend;
  }

  @Override
  public Integer call() {
    var err = spec.commandLine().getErr();
    return SourceReader.read(file, err).map(source -> backend.check(source, err)).orElse(ExitCode.REJECTED);
  }
}
