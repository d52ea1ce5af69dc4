package rustle.interp;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import rustle.cli.InProcess;

/**
 * {@code dbg!} writes to stderr while the program succeeds, which the golden corpus cannot express (its
 * .stderr files mean a panic or a rejection): programs/std/dbg_macro.rs keeps its stdout there, and its
 * stderr, recorded from rustc 1.95 run as {@code rustc programs/std/dbg_macro.rs}, is compared here.
 */
class DbgMacroTest {
  @Test
  void writesLocationSourceAndPrettyValueToStderr() throws Exception {
    InProcess.Result r = InProcess.run(Path.of("programs/std/dbg_macro.rs"));
    assertWithMessage(r.describe()).that(r.exit()).isEqualTo(0);
    String expected = Files.readString(Path.of("src/test/resources/rustle/interp/dbg_macro.stderr"), StandardCharsets.UTF_8);
    assertThat(r.err()).isEqualTo(expected);
  }
}
