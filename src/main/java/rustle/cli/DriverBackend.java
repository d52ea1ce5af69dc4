package rustle.cli;

import java.io.PrintWriter;
import java.util.Optional;
import rustle.diag.SourceFile;
import rustle.driver.Driver;

/** The production {@link Backend}: forwards to {@link Driver} and the diagnostics' explanations. */
final class DriverBackend implements Backend {
  @Override
  public int check(SourceFile file, PrintWriter err) {
    return Driver.check(file, err);
  }

  @Override
  public int run(SourceFile file, Driver.Options options, PrintWriter out, PrintWriter err) {
    return Driver.run(file, options, out, err);
  }

  @Override
  public int run(SourceFile file, Driver.Options options, rustle.dump.DumpOptions dump, PrintWriter out,
      PrintWriter err) {
    return Driver.run(file, options, dump, out, err);
  }

  @Override
  public Optional<String> explain(String code) {
    return rustle.diag.Explain.explain(code);
  }
}
