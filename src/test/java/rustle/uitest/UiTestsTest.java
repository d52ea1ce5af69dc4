package rustle.uitest;

import static com.google.common.truth.Truth.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rustle.diag.SourceFile;

/** The runner end to end over the fixtures, through rustle's real pipeline unless a test says otherwise. */
class UiTestsTest {
  /** Relative to the project root, where Maven runs the tests, so paths in the report are stable. */
  static final Path FIXTURES = Path.of("src/test/resources/rustle/uitest");
  static final Path PASS = FIXTURES.resolve("pass");
  static final Path FAIL = FIXTURES.resolve("fail");

  @TempDir Path tmp;
  String out;
  String err;

  int run(Pipeline pipeline, boolean bless, Path... paths) {
    StringWriter o = new StringWriter();
    StringWriter e = new StringWriter();
    int code = new UiTests(pipeline, bless).runAll(List.of(paths), new PrintWriter(o), new PrintWriter(e));
    out = o.toString();
    err = e.toString();
    return code;
  }

  int run(Path... paths) {
    return run(Pipeline.DRIVER, false, paths);
  }

  @Test
  void thePassingFixturesPassInEveryMode() {
    assertThat(run(PASS)).isEqualTo(UiTests.PASSED);
    assertThat(out).startsWith("\nrunning 4 tests\n");
    assertThat(out).contains("test " + PASS.resolve("empty_pop.rs") + " ... ok\n"); // run-fail
    assertThat(out).contains("test " + PASS.resolve("hello_move.rs") + " ... ok\n"); // run-pass by default
    assertThat(out).contains("test " + PASS.resolve("type_errors.rs") + " ... ok\n"); // check-fail, all forms
    assertThat(out).contains("test " + PASS.resolve("unresolved.rs") + " ... ok\n"); // check-fail with .stderr
    assertThat(out).contains("\ntest result: ok. 4 passed; 0 failed; 0 ignored; finished in ");
    assertThat(out).doesNotContain("failures:");
    assertThat(err).isEmpty();
  }

  @Test
  void anAnnotationOnTheWrongLineNamesBothLines() {
    Path file = FAIL.resolve("wrong_line.rs");
    assertThat(run(file)).isEqualTo(UiTests.FAILED);
    assertThat(out).startsWith("\nrunning 1 test\ntest " + file + " ... FAILED\n");
    assertThat(out).contains("\n---- " + file + " ----\nthe reported errors differ from the annotations:\n"
        + "  " + file + ":4: expected error E0308 (annotated on line 6), but none was reported on this line\n"
        + "  " + file + ":5: unexpected error[E0308]: mismatched types (no annotation matches it)\n");
    assertThat(out).contains("\nfailures:\n    " + file + "\n");
    assertThat(out).contains("\ntest result: FAILED. 0 passed; 1 failed; 0 ignored; ");
  }

  @Test
  void aWrongCodeShowsWhatWasExpectedAndWhatWasFound() {
    Path file = FAIL.resolve("wrong_code.rs");
    assertThat(run(file)).isEqualTo(UiTests.FAILED);
    assertThat(out).contains(file + ":5: expected error E0308, but none was reported on this line\n");
    assertThat(out).contains(file + ":5: unexpected error[E0599]: no method named `shout` found for struct"
        + " `String` in the current scope (no annotation matches it)\n");
  }

  @Test
  void anErrorWithoutAnnotationFailsTheTest() {
    Path file = FAIL.resolve("unannotated.rs");
    assertThat(run(file)).isEqualTo(UiTests.FAILED);
    assertThat(out).contains("  " + file + ":5: unexpected error[E0308]: mismatched types");
    assertThat(out).doesNotContain(file + ":4:");
  }

  @Test
  void aCheckFailProgramThatPassesTheChecksFails() {
    Path file = FAIL.resolve("not_rejected.rs");
    assertThat(run(file)).isEqualTo(UiTests.FAILED);
    assertThat(out).contains("expected the program to be rejected by the static checks, but the static"
        + " checks accepted it\n");
    assertThat(out).contains(file + ":5: expected error E0308, but none was reported on this line\n");
  }

  @Test
  void aRunFailProgramThatDoesNotPanicFails() {
    assertThat(run(FAIL.resolve("no_panic.rs"))).isEqualTo(UiTests.FAILED);
    assertThat(out).contains("expected the program to compile and then panic (exit status 101), but it ran"
        + " to completion (exit status 0)\n");
  }

  @Test
  void aWrongStdoutShowsADiff() {
    Path file = FAIL.resolve("wrong_stdout.rs");
    Path expected = FAIL.resolve("wrong_stdout.run.stdout");
    assertThat(run(file)).isEqualTo(UiTests.FAILED);
    assertThat(out).contains("stdout differs from " + expected + " (bless with `rustle test --bless` if the"
        + " new output is right):\n--- " + expected + "\n+++ stdout\n@@ -1,2 +1,2 @@\n-2 + 2 = 5\n"
        + "+2 + 2 = 4\n done\n");
  }

  @Test
  void aWrongStderrShowsADiffWithTheDirectoryNormalised() {
    assertThat(run(FAIL.resolve("wrong_stderr.rs"))).isEqualTo(UiTests.FAILED);
    assertThat(out).contains(" thread 'main' panicked at $DIR/wrong_stderr.rs:7:9:\n-something to do\n"
        + "+nothing to do\n");
  }

  @Test
  void malformedDirectivesFailWithoutRunning() {
    Path file = FAIL.resolve("malformed.rs");
    assertThat(run(file)).isEqualTo(UiTests.FAILED);
    assertThat(out).contains("  " + file + ", line 2: unknown directive `//@ build-pass`");
    assertThat(out).contains("  " + file + ", line 5: expected `ERROR` after `//~`, found `WARN");
  }

  @Test
  void everyFailingFixtureFailsAndTheCountsAddUp() {
    assertThat(run(PASS, FAIL)).isEqualTo(UiTests.FAILED);
    assertThat(out).contains("test result: FAILED. 4 passed; 8 failed; 0 ignored; ");
  }

  @Test
  void aMissingPathIsAUsageError() {
    assertThat(run(PASS, FIXTURES.resolve("no_such_dir"))).isEqualTo(UiTests.USAGE);
    assertThat(err).isEqualTo("error: cannot run tests in `" + FIXTURES.resolve("no_such_dir")
        + "`: No such file or directory\n");
    assertThat(out).isEmpty();
  }

  @Test
  void ignoredTestsAreCountedNotRun() throws IOException {
    Path file = tmp.resolve("later.rs");
    Files.writeString(file, "//@ ignore-test until loops land\nfn main() { loop {} }\n");
    assertThat(run(file)).isEqualTo(UiTests.PASSED);
    assertThat(out).contains("test " + file + " ... ignored, until loops land\n");
    assertThat(out).contains("test result: ok. 0 passed; 0 failed; 1 ignored; ");
  }

  @Test
  void aCrashFailsOnlyThatTest() throws IOException {
    Path file = tmp.resolve("a.rs");
    Files.writeString(file, "fn main() {}\n");
    Pipeline crashing = new Pipeline() {
      @Override
      public int check(SourceFile f, PrintWriter e) {
        throw new IllegalStateException("unreachable");
      }

      @Override
      public int run(SourceFile f, PrintWriter o, PrintWriter e) {
        throw new IllegalStateException("boom");
      }
    };
    assertThat(run(crashing, false, file)).isEqualTo(UiTests.FAILED);
    assertThat(out).contains(file + ": rustle crashed: java.lang.IllegalStateException: boom\n");
  }

  @Test
  void blessWritesOutputOfPassingTestsOnly() throws IOException {
    for (String name : List.of("empty_pop.rs", "hello_move.rs", "hello_move.run.stdout")) {
      Files.copy(PASS.resolve(name), tmp.resolve(name));
    }
    for (String name : List.of("wrong_stdout.rs", "wrong_stdout.run.stdout", "wrong_line.rs")) {
      Files.copy(FAIL.resolve(name), tmp.resolve(name));
    }
    Files.writeString(tmp.resolve("hello_move.stderr"), "stale\n");

    assertThat(run(Pipeline.DRIVER, true, tmp)).isEqualTo(UiTests.FAILED); // wrong_line cannot be blessed
    assertThat(out).contains("test " + tmp.resolve("wrong_stdout.rs") + " ... ok\n");
    assertThat(out).contains("test " + tmp.resolve("wrong_line.rs") + " ... FAILED\n");
    assertThat(out).contains("(nothing blessed: the test fails before its output is compared)\n");
    assertThat(out).contains("\nblessed:\n"
        + "    " + tmp.resolve("empty_pop.run.stdout") + " (written)\n"
        + "    " + tmp.resolve("empty_pop.stderr") + " (written)\n"
        + "    " + tmp.resolve("hello_move.stderr") + " (deleted)\n"
        + "    " + tmp.resolve("wrong_stdout.run.stdout") + " (written)\n\n");
    assertThat(Files.readString(tmp.resolve("wrong_stdout.run.stdout"))).isEqualTo("2 + 2 = 4\ndone\n");
    assertThat(Files.readString(tmp.resolve("empty_pop.stderr")))
        .isEqualTo(Files.readString(PASS.resolve("empty_pop.stderr"))); // with $DIR, not the temp path
    assertThat(Files.exists(tmp.resolve("hello_move.stderr"))).isFalse();
    assertThat(Files.exists(tmp.resolve("wrong_line.stderr"))).isFalse();

    Files.delete(tmp.resolve("wrong_line.rs"));
    assertThat(run(tmp)).isEqualTo(UiTests.PASSED);
  }

  @Test
  void blessNeverWritesAnEmptyFile() throws IOException {
    Path file = tmp.resolve("quiet.rs");
    Files.writeString(file, "fn main() {}\n");
    Files.writeString(tmp.resolve("quiet.run.stdout"), "old\n");
    assertThat(run(Pipeline.DRIVER, true, file)).isEqualTo(UiTests.PASSED);
    assertThat(Files.exists(tmp.resolve("quiet.run.stdout"))).isFalse();
    assertThat(Files.exists(tmp.resolve("quiet.stderr"))).isFalse();
  }

  @Test
  void aFileWithoutADirectoryPartIsStillNormalised() throws IOException {
    assertThat(UiTests.discover(List.of(Path.of("a.rs"), Path.of("./a.rs"), Path.of("x/../b.rs"))))
        .containsExactly(Path.of("./a.rs"), Path.of("./b.rs")).inOrder();
  }
}
