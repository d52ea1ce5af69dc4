package rustle.debug;

import static com.google.common.truth.Truth.assertWithMessage;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import rustle.check.CheckedProgram;
import rustle.diag.SourceFile;
import rustle.driver.Driver;

/**
 * Scripted debugger sessions as golden tests: beside each {@code programs/debug/NAME.rs}, the commands
 * {@code NAME.debug-commands} and the transcript {@code NAME.debug-expected} (commands echoed after the
 * prompt, debugger and program output as a user sees them). {@code -Dbless=true} rewrites the transcripts.
 */
class DebugSessionsTest {
  static final Path ROOT = Path.of("programs/debug");
  static final boolean BLESS = Boolean.getBoolean("bless");

  @TestFactory
  Stream<DynamicTest> sessions() throws IOException {
    return Files.list(ROOT).filter(p -> p.toString().endsWith(".debug-commands")).sorted()
        .map(p -> dynamicTest(p.getFileName().toString(), p.toUri(), () -> check(p)));
  }

  /** The transcript of the session whose commands are in commands, run on the program beside it. */
  static String transcript(Path commands) throws IOException {
    String name = commands.getFileName().toString().replace(".debug-commands", "");
    Path program = commands.resolveSibling(name + ".rs");
    SourceFile file = new SourceFile(program.toString(), Files.readString(program, StandardCharsets.UTF_8));
    StringWriter err = new StringWriter();
    CheckedProgram checked = Driver.checked(file, new PrintWriter(err));
    if (checked == null) throw new AssertionError(program + " does not check:\n" + err);
    StringWriter out = new StringWriter();
    String script = Files.readString(commands, StandardCharsets.UTF_8);
    // A first line "# --history N" bounds the history as the command line option would.
    int history = script.startsWith("# --history ")
        ? Integer.parseInt(script.lines().findFirst().orElseThrow().substring(12).strip())
        : Debugger.DEFAULT_HISTORY;
    Debugger.Options o = new Debugger.Options(8L << 20, 1L << 30, history, true);
    Debugger.run(checked, file.path(), file.text(), o, new StringReader(script), new PrintWriter(out));
    return out.toString();
  }

  private static void check(Path commands) throws IOException {
    String actual = transcript(commands);
    Path expected = commands.resolveSibling(commands.getFileName().toString()
        .replace(".debug-commands", ".debug-expected"));
    if (BLESS) {
      Files.writeString(expected, actual, StandardCharsets.UTF_8);
      return;
    }
    assertWithMessage("transcript of %s (bless with -Dbless=true if the change is right)", commands)
        .that(actual).isEqualTo(Files.exists(expected) ? Files.readString(expected, StandardCharsets.UTF_8) : "");
  }
}
