package rustle.cli;

import static com.google.common.truth.Truth.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code rustle debug}: what it does before the prompt (checking the program, its options). */
class DebugCommandTest {
  @TempDir Path dir;

  private int debug(StringWriter out, StringWriter err, String... args) {
    String[] all = new String[args.length + 1];
    all[0] = "debug";
    System.arraycopy(args, 0, all, 1, args.length);
    return Main.run(all, new PrintWriter(out), new PrintWriter(err));
  }

  @Test
  void aProgramTheCheckerRejectsIsNotRun() throws Exception {
    Path file = Files.writeString(dir.resolve("moved.rs"),
        "fn main() {\n    let s = String::from(\"a\");\n    let t = s;\n    println!(\"{} {}\", s, t);\n}\n");
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    assertThat(debug(out, err, file.toString())).isEqualTo(ExitCode.REJECTED);
    assertThat(err.toString()).contains("error[E0382]: borrow of moved value: `s`");
    assertThat(out.toString()).doesNotContain("rustle debugger");
  }

  @Test
  void aHistoryOfNoStepsIsAUsageError() throws Exception {
    Path file = Files.writeString(dir.resolve("ok.rs"), "fn main() {}\n");
    StringWriter err = new StringWriter();
    int code = debug(new StringWriter(), err, "--history", "0", file.toString());
    assertThat(code).isNotEqualTo(ExitCode.OK);
    assertThat(err.toString()).contains("--history must be at least 1");
  }

  @Test
  void aMissingFileIsReportedInRustcsWords() {
    StringWriter err = new StringWriter();
    assertThat(debug(new StringWriter(), err, dir.resolve("absent.rs").toString())).isEqualTo(ExitCode.REJECTED);
    assertThat(err.toString()).contains("No such file or directory");
  }
}
