package rustle.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** The top-level {@code rustle} command: only a home for the subcommands and the standard options. */
@Command(
    name = "rustle",
    mixinStandardHelpOptions = true,
    version = Main.VERSION,
    scope = ScopeType.INHERIT,
    description = "Runs a Rust program and shows what Rust does in memory.")
final class RustleCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    throw new ParameterException(spec.commandLine(), "Missing required subcommand");
  }
}
