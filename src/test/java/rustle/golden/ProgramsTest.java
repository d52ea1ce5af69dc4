package rustle.golden;

import static com.google.common.truth.Truth.assertWithMessage;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import rustle.cli.Main;

/**
 * Runs every program under {@code programs/} through {@code rustle run}, in-process, and compares its
 * stdout, stderr and exit code with the expectation files beside it. With {@code -Dbless=true} it
 * rewrites those files from the actual output instead.
 */
class ProgramsTest {
  /** Relative to the working directory (the project root under Maven), so paths in output are stable. */
  static final Path ROOT = Path.of("programs");
  static final boolean BLESS = Boolean.getBoolean("bless");

  @TestFactory
  Stream<DynamicTest> programs() throws IOException {
    GoldenCases.Corpus corpus = GoldenCases.discover(ROOT, BLESS);
    Stream<DynamicTest> problems = corpus.problems().stream()
        .map(problem -> dynamicTest("corpus: " + problem, () -> {
          throw new AssertionError(problem);
        }));
    Stream<DynamicTest> cases = corpus.cases().stream()
        .map(c -> dynamicTest(ROOT.relativize(c.source()).toString(), c.source().toUri(), () -> check(c)));
    return Stream.concat(problems, cases);
  }

  private static void check(GoldenCases.Case c) throws IOException {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    boolean dumps = c.dumps();
    Path dumpOut = dumps ? Files.createTempFile("rustle-dump", ".txt") : null;
    java.util.List<String> argv = new java.util.ArrayList<>(java.util.List.of("run"));
    argv.addAll(c.runFlags());
    if (dumps) argv.addAll(java.util.List.of("--out", dumpOut.toString()));
    argv.add(c.source().toString());
    String[] args = argv.toArray(new String[0]);
    int exit = Main.run(args, c.stdin(), new PrintWriter(out), new PrintWriter(err));
    String snapshots = dumps ? Files.readString(dumpOut, StandardCharsets.UTF_8) : null;
    if (dumps) Files.delete(dumpOut);
    if (BLESS) {
      GoldenCases.bless(c, exit, out.toString(), err.toString());
      if (dumps) Files.writeString(c.dumpFile(), snapshots, StandardCharsets.UTF_8);
      return;
    }
    if (dumps) {
      assertWithMessage("memory snapshots of %s (bless with -Dbless=true if the change is right)", c.source())
          .that(snapshots).isEqualTo(Files.readString(c.dumpFile(), StandardCharsets.UTF_8));
    }
    assertWithMessage("exit code of %s; its stderr was:\n%s", c.source(), err)
        .that(exit).isEqualTo(c.expectedExit());
    assertWithMessage("stdout of %s (bless with -Dbless=true if the change is right)", c.source())
        .that(out.toString()).isEqualTo(c.expectedStdout());
    if (c.expectedStderr().isPresent()) {
      // Like `rustle test`, the program's directory may be written `$DIR` in the expected text.
      String dir = c.source().getParent() == null ? "" : c.source().getParent().toString();
      assertWithMessage("stderr of %s (bless with -Dbless=true if the change is right)", c.source())
          .that(withDir(err.toString(), dir)).isEqualTo(withDir(c.expectedStderr().get(), dir));
    }
  }

  private static String withDir(String text, String dir) {
    return dir.isEmpty() ? text : text.replace(dir + "/", "$DIR/");
  }
}
