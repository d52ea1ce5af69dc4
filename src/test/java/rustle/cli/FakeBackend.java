package rustle.cli;

import java.io.PrintWriter;
import java.util.Optional;
import java.util.function.Supplier;
import rustle.diag.SourceFile;
import rustle.driver.Driver;

/** A {@link Backend} for tests of the shell: records what it was given and plays a scripted part. */
final class FakeBackend implements Backend {
  SourceFile file;
  Driver.Options options;
  String called = "";
  /** What run and check do: print this on out, then return the code (or throw). */
  String prints = "";
  Supplier<Integer> result = () -> ExitCode.OK;
  Optional<String> explanation = Optional.empty();
  String explained;

  @Override
  public int check(SourceFile file, PrintWriter err) {
    this.file = file;
    called = "check";
    return result.get();
  }

  @Override
  public int run(SourceFile file, Driver.Options options, PrintWriter out, PrintWriter err) {
    this.file = file;
    this.options = options;
    called = "run";
    out.print(prints);
    return result.get();
  }

  @Override
  public Optional<String> explain(String code) {
    explained = code;
    return explanation;
  }
}
