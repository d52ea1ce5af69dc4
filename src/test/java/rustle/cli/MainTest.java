package rustle.cli;

import static com.google.common.truth.Truth.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rustle.driver.Driver;

class MainTest {
  @TempDir Path dir;
  final Shell shell = new Shell();

  private String source(String text) throws Exception {
    Path file = dir.resolve("main.rs");
    Files.writeString(file, text);
    return file.toString();
  }

  @Test
  void helpListsTheCommandsAndExitsZero() {
    assertThat(shell.run("--help")).isEqualTo(ExitCode.OK);
    assertThat(shell.out).contains("Usage: rustle");
    assertThat(shell.out).containsMatch("(?m)^ +run +");
    assertThat(shell.out).containsMatch("(?m)^ +check +");
    assertThat(shell.out).containsMatch("(?m)^ +explain +");
    assertThat(shell.err).isEmpty();
  }

  @Test
  void subcommandHelpShowsTheSizeDefaultsFromTheDriver() {
    assertThat(shell.run("run", "--help")).isEqualTo(ExitCode.OK);
    assertThat(shell.out).contains("--stack-size=SIZE");
    assertThat(shell.out).contains("(default: " + Sizes.format(Driver.Options.DEFAULT.stackSize()) + ")");
    assertThat(shell.out).contains("(default: " + Sizes.format(Driver.Options.DEFAULT.heapSize()) + ")");
  }

  @Test
  void versionPrintsTheConstant() {
    assertThat(shell.run("--version")).isEqualTo(ExitCode.OK);
    assertThat(shell.out).isEqualTo(Main.VERSION + "\n");
  }

  @Test
  void unknownCommandIsAUsageError() {
    assertThat(shell.run("frobnicate", "x.rs")).isEqualTo(ExitCode.USAGE);
    assertThat(shell.err).contains("'frobnicate'");
    assertThat(shell.out).isEmpty();
    assertThat(shell.backend.called).isEmpty();
  }

  @Test
  void noCommandIsAUsageError() {
    assertThat(shell.run()).isEqualTo(ExitCode.USAGE);
    assertThat(shell.err).contains("Missing required subcommand");
  }

  @Test
  void runWithoutAFileIsAUsageError() {
    assertThat(shell.run("run")).isEqualTo(ExitCode.USAGE);
    assertThat(shell.err).contains("FILE");
  }

  @Test
  void missingFileIsReportedInRustcsWords() {
    assertThat(shell.run("run", "no/such/file.rs")).isEqualTo(ExitCode.REJECTED);
    assertThat(shell.err).isEqualTo(
        "error: couldn't read `no/such/file.rs`: No such file or directory (os error 2)\n\n"
            + "error: aborting due to 1 previous error\n\n");
    assertThat(shell.backend.called).isEmpty();
  }

  @Test
  void missingFileWithOptionsTakesTheSamePath() {
    assertThat(shell.run("run", "--stack-size", "1M", "nope.rs")).isEqualTo(ExitCode.REJECTED);
    String message = "error: couldn't read `nope.rs`: No such file or directory (os error 2)\n";
    assertThat(shell.err).startsWith(message);
    assertThat(shell.run("check", "nope.rs")).isEqualTo(ExitCode.REJECTED);
    assertThat(shell.err).startsWith(message);
  }

  @Test
  void runHandsTheFileAndDefaultOptionsToTheBackend() throws Exception {
    String path = source("fn main() {}\n");
    shell.backend.prints = "hello\n";
    shell.backend.result = () -> ExitCode.PANIC;
    assertThat(shell.run("run", path)).isEqualTo(ExitCode.PANIC);
    assertThat(shell.backend.called).isEqualTo("run");
    assertThat(shell.backend.file.path()).isEqualTo(path);
    assertThat(shell.backend.file.text()).isEqualTo("fn main() {}\n");
    assertThat(shell.backend.options).isEqualTo(Driver.Options.DEFAULT);
    assertThat(shell.out).isEqualTo("hello\n");
  }

  @Test
  void runParsesSizes() throws Exception {
    String path = source("fn main() {}\n");
    assertThat(shell.run("run", "--stack-size", "64K", "--heap-size=2G", path)).isEqualTo(ExitCode.OK);
    assertThat(shell.backend.options).isEqualTo(new Driver.Options(64L << 10, 2L << 30));
    assertThat(shell.run("run", path, "--stack-size", "65536")).isEqualTo(ExitCode.OK);
    assertThat(shell.backend.options)
        .isEqualTo(new Driver.Options(65536, Driver.Options.DEFAULT.heapSize()));
  }

  @Test
  void badSizeIsAUsageError() throws Exception {
    String path = source("fn main() {}\n");
    assertThat(shell.run("run", "--heap-size", "lots", path)).isEqualTo(ExitCode.USAGE);
    assertThat(shell.err).contains("Invalid value for option '--heap-size': 'lots' is not a size");
    assertThat(shell.backend.called).isEmpty();
  }

  @Test
  void checkCallsTheBackendsCheck() throws Exception {
    String path = source("fn main() {}\n");
    shell.backend.result = () -> ExitCode.REJECTED;
    assertThat(shell.run("check", path)).isEqualTo(ExitCode.REJECTED);
    assertThat(shell.backend.called).isEqualTo("check");
  }

  @Test
  void aThrowableFromTheBackendIsAnInternalErrorWithoutStackTrace() throws Exception {
    String path = source("fn main() {}\n");
    shell.backend.prints = "before the crash\n";
    shell.backend.result = () -> {
      throw new IllegalStateException("no layout for type `Foo`\nsecond line");
    };
    assertThat(shell.run("run", path)).isEqualTo(ExitCode.INTERNAL);
    assertThat(shell.out).isEqualTo("before the crash\n");
    assertThat(shell.err).startsWith(
        "error: internal error in rustle: IllegalStateException: no layout for type `Foo`\nnote: ");
    assertThat(shell.err).contains("RUSTLE_DEBUG=1");
    assertThat(shell.err).doesNotContain("second line");
    assertThat(shell.err).doesNotContain("\tat ");
    assertThat(shell.err.lines().count()).isEqualTo(2);
  }

  @Test
  void anErrorThroughPicocliIsAlsoAnInternalError() throws Exception {
    String path = source("fn main() {}\n");
    shell.backend.result = () -> {
      throw new AssertionError("unreachable");
    };
    assertThat(shell.run("check", path)).isEqualTo(ExitCode.INTERNAL);
    assertThat(shell.err).startsWith("error: internal error in rustle: AssertionError: unreachable\n");
  }

  @Test
  void debugAddsTheJavaStackTrace() throws Exception {
    String path = source("fn main() {}\n");
    shell.debug = true;
    shell.backend.result = () -> {
      throw new IllegalStateException("boom");
    };
    assertThat(shell.run("run", "--stack-size", "1M", path)).isEqualTo(ExitCode.INTERNAL);
    assertThat(shell.err).contains("java.lang.IllegalStateException: boom\n\tat ");
  }

  @Test
  void javaStackOverflowBecomesRustsAbort() throws Exception {
    String path = source("fn main() {}\n");
    shell.backend.prints = "deep\n";
    shell.backend.result = () -> {
      throw new StackOverflowError();
    };
    // Rust prints the thread id after 'main'; rustle leaves it out, as in its panics, so output is deterministic.
    String rustAbort = "\nthread 'main' has overflowed its stack\nfatal runtime error: stack overflow, aborting\n";
    assertThat(shell.run("run", path)).isEqualTo(ExitCode.ABORT);
    assertThat(shell.out).isEqualTo("deep\n");
    assertThat(shell.err).isEqualTo(rustAbort);
    // the same when picocli parses the options
    assertThat(shell.run("run", "--stack-size", "1M", path)).isEqualTo(ExitCode.ABORT);
    assertThat(shell.err).isEqualTo(rustAbort);
  }

  @Test
  void explainPrintsTheTextForTheNormalizedCode() {
    shell.backend.explanation = Optional.of("A value was used after it was moved.");
    assertThat(shell.run("explain", "e382")).isEqualTo(ExitCode.OK);
    assertThat(shell.backend.explained).isEqualTo("E0382");
    assertThat(shell.out).isEqualTo("A value was used after it was moved.\n");
  }

  @Test
  void explainExamplePrintsOnlyTheFirstExample() {
    assertThat(shell.run("explain", "E0502", "--example")).isEqualTo(ExitCode.OK);
    assertThat(shell.out).isEqualTo(
        "fn main() { let mut v = vec![1]; let first = &v[0]; v.push(2); println!(\"{first}\"); }\n");
  }

  @Test
  void uncheckedReachesTheDriverOptions() throws Exception {
    String path = source("fn main() {}\n");
    assertThat(shell.run("run", "--unchecked", path)).isEqualTo(ExitCode.OK);
    assertThat(shell.backend.options.unchecked()).isTrue();
    assertThat(shell.run("run", "--stack-size", "1M", path)).isEqualTo(ExitCode.OK);
    assertThat(shell.backend.options.unchecked()).isFalse();
  }

  @Test
  void explainWithoutTextOrOfAMalformedCodeFails() {
    assertThat(shell.run("explain", "E0382")).isEqualTo(ExitCode.REJECTED);
    assertThat(shell.err).isEqualTo("error: no extended information for E0382\n\n");
    assertThat(shell.run("explain", "EE0382")).isEqualTo(ExitCode.REJECTED);
    assertThat(shell.err).isEqualTo("error: EE0382 is not a valid error code\n\n");
  }

  @Test
  void errorCodesAreReadLikeRustcReadsThem() {
    assertThat(ExplainCommand.normalize("E0382")).hasValue("E0382");
    assertThat(ExplainCommand.normalize("e0382")).hasValue("E0382");
    assertThat(ExplainCommand.normalize("0382")).hasValue("E0382");
    assertThat(ExplainCommand.normalize("382")).hasValue("E0382");
    assertThat(ExplainCommand.normalize("E")).isEmpty();
    assertThat(ExplainCommand.normalize("E99999")).isEmpty();
    assertThat(ExplainCommand.normalize("E03x2")).isEmpty();
  }
}
