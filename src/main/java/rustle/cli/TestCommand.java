package rustle.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import rustle.uitest.UiTests;

/** {@code rustle test [--bless] [PATH...]}: Rust files as tests in rustc's UI-test conventions. */
@Command(
    name = "test",
    description = {
        "Run Rust files as tests, in rustc's UI-test conventions.",
        "",
        "`//@ run-pass` (the default), `//@ check-fail` or `//@ run-fail` says what a file must do;"
            + " `//~ ERROR E0382` marks an error expected on its line (`//~^` the line above, `//~|` the"
            + " previous annotation's line). NAME.run.stdout and NAME.stderr beside a file hold its"
            + " expected output; in them, the file's directory reads $DIR."})
final class TestCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--bless", description = "Write the expected output files from the actual output.")
  boolean bless;

  @Parameters(paramLabel = "PATH", arity = "0..*",
      description = "Test files, or folders searched for *.rs (default: programs).")
  List<String> paths = new ArrayList<>();

  @Override
  public Integer call() {
    List<Path> roots = new ArrayList<>();
    paths.forEach(p -> roots.add(Path.of(p)));
    if (roots.isEmpty()) {
      roots.add(UiTests.DEFAULT_ROOT);
    }
    return UiTests.run(roots, bless, spec.commandLine().getOut(), spec.commandLine().getErr());
  }
}
