package rustle.cli;

import static com.google.common.truth.Truth.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code rustle test} through the real command line and pipeline. */
class TestCommandTest {
  @TempDir Path dir;
  String out;
  String err;

  int rustle(String... args) {
    StringWriter o = new StringWriter();
    StringWriter e = new StringWriter();
    int code = Main.run(args, new PrintWriter(o), new PrintWriter(e));
    out = o.toString();
    err = e.toString();
    return code;
  }

  @Test
  void theRepositoryProgramsPass() {
    assertThat(rustle("test", "programs/")).isEqualTo(ExitCode.OK);
    assertThat(out).contains("test programs/overflow.rs ... ok\n");
    assertThat(out).contains("test result: ok.");
    assertThat(out).doesNotContain("FAILED");
  }

  @Test
  void withoutPathsItTestsPrograms() {
    assertThat(rustle("test")).isEqualTo(ExitCode.OK);
    assertThat(out).contains("test programs/heap_handoff.rs ... ok\n");
  }

  @Test
  void aFailingTestMakesTheExitStatusOne() throws Exception {
    Path file = dir.resolve("bad.rs");
    Files.writeString(file, "fn main() {\n    let x: i32 = \"a\"; //~ ERROR E0599\n}\n");
    assertThat(rustle("test", file.toString())).isEqualTo(ExitCode.REJECTED);
    assertThat(out).contains(file + ":2: expected error E0599, but none was reported on this line\n");
    assertThat(out).contains("test result: FAILED. 0 passed; 1 failed; 0 ignored; ");
  }

  @Test
  void blessWritesTheExpectedOutput() throws Exception {
    Path file = dir.resolve("hi.rs");
    Files.writeString(file, "fn main() {\n    println!(\"hi\");\n}\n");
    assertThat(rustle("test", "--bless", file.toString())).isEqualTo(ExitCode.OK);
    assertThat(Files.readString(dir.resolve("hi.run.stdout"))).isEqualTo("hi\n");
  }

  @Test
  void aMissingPathIsAUsageError() {
    assertThat(rustle("test", dir.resolve("nope").toString())).isEqualTo(ExitCode.USAGE);
    assertThat(err).contains("nope`: No such file or directory");
  }

  @Test
  void helpListsTheCommand() {
    assertThat(rustle("--help")).isEqualTo(ExitCode.OK);
    assertThat(out).containsMatch("(?m)^ +test +");
    assertThat(rustle("test", "--help")).isEqualTo(ExitCode.OK);
    assertThat(out).contains("--bless");
  }
}
