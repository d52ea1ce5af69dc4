package rustle.golden;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rustle.cli.ExitCode;

class GoldenCasesTest {
  @TempDir Path root;

  private Path write(String name, String text) throws Exception {
    Path file = root.resolve(name);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, text);
  }

  @Test
  void missingOrEmptyRootHasNoCasesAndNoProblems() throws Exception {
    GoldenCases.Corpus none = GoldenCases.discover(root.resolve("absent"), false);
    assertThat(none.cases()).isEmpty();
    assertThat(none.problems()).isEmpty();
    GoldenCases.Corpus empty = GoldenCases.discover(root, false);
    assertThat(empty.cases()).isEmpty();
    assertThat(empty.problems()).isEmpty();
  }

  @Test
  void expectedExitFollowsTheExpectationFiles() throws Exception {
    write("runs.rs", "");
    write("runs.run.stdout", "1\n");
    write("panics.rs", "//@ run-fail\n");
    write("panics.run.stdout", "before\n");
    write("panics.stderr", "\nthread 'main' panicked at programs/panics.rs:3:5:\nboom\n");
    write("rejected.rs", "");
    write("rejected.stderr", "error[E0382]: borrow of moved value: `v`\n");
    GoldenCases.Corpus corpus = GoldenCases.discover(root, false);
    assertThat(corpus.problems()).isEmpty();
    assertThat(corpus.cases()).hasSize(3);
    GoldenCases.Case panics = corpus.cases().get(0);
    GoldenCases.Case rejected = corpus.cases().get(1);
    GoldenCases.Case runs = corpus.cases().get(2);
    assertThat(runs.expectedExit()).isEqualTo(ExitCode.OK);
    assertThat(runs.expectedStdout()).isEqualTo("1\n");
    assertThat(runs.expectedStderr()).isEmpty();
    assertThat(panics.expectedExit()).isEqualTo(ExitCode.PANIC);
    assertThat(panics.expectedStdout()).isEqualTo("before\n");
    assertThat(rejected.expectedExit()).isEqualTo(ExitCode.REJECTED);
    assertThat(rejected.expectedStdout()).isEmpty();
    assertThat(rejected.expectedStderr()).hasValue("error[E0382]: borrow of moved value: `v`\n");
  }

  @Test
  void panickingProgramWithoutRunFailHeaderIsAProblem() throws Exception {
    write("boom.rs", "fn main() { panic!() }");
    write("boom.stderr", "\nthread 'main' panicked at programs/boom.rs:1:13:\nexplicit panic\n");
    GoldenCases.Corpus corpus = GoldenCases.discover(root, false);
    assertThat(corpus.problems()).hasSize(1);
    assertThat(corpus.problems().get(0)).contains("boom.rs panics");
    assertThat(corpus.problems().get(0)).contains("//@ run-fail");
  }

  @Test
  void findsProgramsInSubdirectories() throws Exception {
    write("t1/deep/a.rs", "");
    write("t1/deep/a.run.stdout", "");
    GoldenCases.Corpus corpus = GoldenCases.discover(root, false);
    assertThat(corpus.cases()).containsExactly(new GoldenCases.Case(root.resolve("t1/deep/a.rs")));
  }

  @Test
  void programWithoutExpectationIsAProblemUnlessBlessing() throws Exception {
    write("new.rs", "fn main() {}");
    GoldenCases.Corpus checking = GoldenCases.discover(root, false);
    assertThat(checking.cases()).isEmpty();
    assertThat(checking.problems()).hasSize(1);
    assertThat(checking.problems().get(0)).contains("new.rs has no expectation");
    GoldenCases.Corpus blessing = GoldenCases.discover(root, true);
    assertThat(blessing.cases()).hasSize(1);
    assertThat(blessing.problems()).isEmpty();
  }

  @Test
  void orphanExpectationsAreProblemsEvenWhenBlessing() throws Exception {
    write("gone.run.stdout", "x\n");
    write("sub/lost.stderr", "error: x\n");
    write("README.md", "not a case");
    for (boolean bless : new boolean[] {false, true}) {
      GoldenCases.Corpus corpus = GoldenCases.discover(root, bless);
      assertThat(corpus.cases()).isEmpty();
      assertThat(corpus.problems()).hasSize(2);
      assertThat(corpus.problems().get(0)).contains("gone.run.stdout is an orphan: its program gone.rs");
      assertThat(corpus.problems().get(1)).contains("lost.stderr is an orphan: its program lost.rs");
    }
  }

  @Test
  void blessingARunWritesStdoutAndRemovesAStaleStderr() throws Exception {
    GoldenCases.Case c = new GoldenCases.Case(write("p.rs", ""));
    write("p.stderr", "error: old\n");
    GoldenCases.bless(c, ExitCode.OK, "", "");
    assertThat(Files.readString(c.stdoutFile())).isEmpty();
    assertThat(Files.exists(c.stderrFile())).isFalse();
    assertThat(c.expectedExit()).isEqualTo(ExitCode.OK);
  }

  @Test
  void blessingAPanicKeepsStdoutOnlyWhenThereIsSome() throws Exception {
    GoldenCases.Case c = new GoldenCases.Case(write("p.rs", ""));
    write("p.run.stdout", "old\n");
    GoldenCases.bless(c, ExitCode.PANIC, "", "thread 'main' panicked at p.rs:1:1:\nx\n");
    assertThat(Files.exists(c.stdoutFile())).isFalse();
    assertThat(c.expectedExit()).isEqualTo(ExitCode.PANIC);
    GoldenCases.bless(c, ExitCode.PANIC, "1\n", "thread 'main' panicked at p.rs:1:1:\nx\n");
    assertThat(c.expectedStdout()).isEqualTo("1\n");
  }

  @Test
  void blessingRefusesOutcomesTheFilesCannotExpress() throws Exception {
    GoldenCases.Case c = new GoldenCases.Case(write("p.rs", ""));
    assertThrows(AssertionError.class, () -> GoldenCases.bless(c, ExitCode.INTERNAL, "", "error: internal"));
    assertThrows(AssertionError.class, () -> GoldenCases.bless(c, ExitCode.ABORT, "", "stack overflow"));
    assertThrows(AssertionError.class,
        () -> GoldenCases.bless(c, ExitCode.REJECTED, "", "thread 'main' panicked at p.rs:1:1:"));
    assertThat(Files.exists(c.stdoutFile())).isFalse();
    assertThat(Files.exists(c.stderrFile())).isFalse();
  }

  @Test
  void runFlagsComeFromTheFirstLine() throws Exception {
    GoldenCases.Case flagged = new GoldenCases.Case(write("u.rs", "// run-flags: --unchecked\nfn main() {}\n"));
    GoldenCases.Case plain = new GoldenCases.Case(write("p.rs", "fn main() {}\n// run-flags: --unchecked\n"));
    assertThat(flagged.runFlags()).containsExactly("--unchecked");
    assertThat(plain.runFlags()).isEmpty();
  }
}
