package rustle.cli;

import static com.google.common.truth.Truth.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What follows FILE on {@code rustle run}'s command line reaches the program as std::env::args. */
class EnvArgsTest {
  @TempDir Path dir;

  @Test
  void theProgramSeesItsNameThenItsArguments() throws IOException {
    Path file = dir.resolve("greet.rs");
    Files.writeString(file, "fn main() {\n"
        + "    let a: Vec<String> = std::env::args().collect();\n"
        + "    println!(\"{} {:?}\", a[0].ends_with(\"greet\"), &a[1..]);\n"
        + "}\n");
    assertThat(InProcess.run(file, "alice", "two words", "--", "-x").out()).isEqualTo("true [\"alice\", \"two words\", \"-x\"]\n");
    assertThat(InProcess.run(file).out()).isEqualTo("true []\n");
  }
}
