package rustle.cli;

import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code rustle explain CODE}: the long explanation of an error code, like {@code rustc --explain}. */
@Command(name = "explain", description = "Explain an error code, such as E0382.")
final class ExplainCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "CODE", description = "An error code: E0382, e0382 or 0382.")
  String code;

  @picocli.CommandLine.Option(names = "--example",
      description = "Print only the code's first example (the one rustc rejects), e.g. to run it with --unchecked.")
  boolean example;

  private final Backend backend;

  ExplainCommand(Backend backend) {
    this.backend = backend;
  }

  @Override
  public Integer call() {
    var out = spec.commandLine().getOut();
    var err = spec.commandLine().getErr();
    Optional<String> normalized = normalize(code);
    if (normalized.isEmpty()) {
      err.print("error: " + code + " is not a valid error code\n\n");
      return ExitCode.REJECTED;
    }
    Optional<String> text = example ? backend.example(normalized.get()) : backend.explain(normalized.get());
    if (text.isEmpty()) {
      err.print("error: no extended information for " + normalized.get() + "\n\n");
      return ExitCode.REJECTED;
    }
    out.print(text.get().endsWith("\n") ? text.get() : text.get() + "\n");
    return ExitCode.OK;
  }

  /** rustc's reading of a code: case-insensitive, the E optional, the number zero-padded to 4 digits. */
  static Optional<String> normalize(String code) {
    String upper = code.toUpperCase(Locale.ROOT);
    String digits = upper.startsWith("E") ? upper.substring(1) : upper;
    if (digits.isEmpty() || digits.length() > 4 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return Optional.empty();
    }
    return Optional.of(String.format(Locale.ROOT, "E%04d", Integer.parseInt(digits)));
  }
}
