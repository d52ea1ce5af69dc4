package rustle.uitest;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * {@code rustle test}: runs Rust files as tests in rustc's UI-test conventions (see {@link TestSpec}) and
 * reports like {@code cargo test}: a line per test, the failures' details, a summary.
 */
public final class UiTests {
  /** Where tests are looked for when no path is given. */
  public static final Path DEFAULT_ROOT = Path.of("programs");

  /** Exit statuses: all passed, some failed, the command line was wrong. */
  public static final int PASSED = 0;
  public static final int FAILED = 1;
  public static final int USAGE = 2;

  private final UiTest test;

  UiTests(Pipeline pipeline, boolean bless) {
    this.test = new UiTest(pipeline, bless);
  }

  /**
   * Runs the tests in {@code paths} (files, or folders searched recursively for {@code *.rs}) through
   * rustle's pipeline; the report goes to out, usage errors to err. With {@code bless}, the expected
   * output files are rewritten from the actual output of the tests that pass their other checks.
   */
  public static int run(List<Path> paths, boolean bless, PrintWriter out, PrintWriter err) {
    return new UiTests(Pipeline.DRIVER, bless).runAll(paths, out, err);
  }

  int runAll(List<Path> paths, PrintWriter out, PrintWriter err) {
    for (Path p : paths) {
      if (!Files.exists(p)) {
        err.print("error: cannot run tests in `" + p + "`: No such file or directory\n");
        err.flush();
        return USAGE;
      }
    }
    List<Path> files;
    try {
      files = discover(paths);
    } catch (IOException | UncheckedIOException e) {
      err.print("error: cannot list the tests: " + e.getMessage() + "\n");
      err.flush();
      return USAGE;
    }
    long start = System.nanoTime();
    out.print("\nrunning " + files.size() + (files.size() == 1 ? " test" : " tests") + "\n");
    List<Path> failed = new ArrayList<>();
    List<String> details = new ArrayList<>();
    List<String> blessed = new ArrayList<>();
    int passed = 0;
    int ignored = 0;
    for (Path file : files) {
      out.print("test " + file + " ... ");
      out.flush();
      Outcome o = test.run(file);
      switch (o.status()) {
        case OK:
          passed++;
          out.print("ok\n");
          break;
        case IGNORED:
          ignored++;
          out.print(o.details().isEmpty() ? "ignored\n" : "ignored, " + o.details() + "\n");
          break;
        default:
          failed.add(file);
          details.add(o.details());
          out.print("FAILED\n");
      }
      blessed.addAll(o.blessed());
      out.flush();
    }
    if (!blessed.isEmpty()) {
      out.print("\nblessed:\n");
      blessed.forEach(b -> out.print("    " + b + "\n"));
    }
    if (!failed.isEmpty()) {
      out.print("\nfailures:\n\n");
      for (int i = 0; i < failed.size(); i++) {
        out.print("---- " + failed.get(i) + " ----\n" + details.get(i) + "\n");
      }
      out.print("failures:\n");
      failed.forEach(f -> out.print("    " + f + "\n"));
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    out.print(String.format(Locale.ROOT,
        "\ntest result: %s. %d passed; %d failed; %d ignored; finished in %.2fs\n\n",
        failed.isEmpty() ? "ok" : "FAILED", passed, failed.size(), ignored, seconds));
    out.flush();
    return failed.isEmpty() ? PASSED : FAILED;
  }

  /**
   * The test files, each once, in the order given and sorted within a folder. Paths are normalised and
   * always have a directory part ({@code ./a.rs}), which output normalisation replaces with {@code $DIR}.
   */
  static List<Path> discover(List<Path> paths) throws IOException {
    Set<Path> files = new LinkedHashSet<>();
    for (Path p : paths) {
      if (Files.isDirectory(p)) {
        try (Stream<Path> walk = Files.walk(p)) {
          files.addAll(walk.filter(f -> Files.isRegularFile(f) && f.getFileName().toString().endsWith(".rs"))
              .sorted().collect(Collectors.toList()));
        }
      } else {
        files.add(p);
      }
    }
    List<Path> tests = new ArrayList<>();
    for (Path f : files) {
      Path n = f.normalize();
      Path named = n.getParent() == null ? Path.of(".").resolve(n) : n;
      if (!tests.contains(named)) {
        tests.add(named);
      }
    }
    return tests;
  }
}
