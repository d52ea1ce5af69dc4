package rustle.debug;

import static com.google.common.truth.Truth.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jline.terminal.impl.ExternalTerminal;
import org.junit.jupiter.api.Test;
import rustle.check.CheckedProgram;
import rustle.diag.SourceFile;
import rustle.driver.Driver;

/**
 * The interactive console driven as a user at a terminal would: keystrokes (tab, the up arrow, enter)
 * go into a JLine terminal over piped streams, and what the terminal shows comes out.
 */
class TerminalSessionTest {
  private static String session(String keys) throws Exception {
    Path program = Path.of("programs/debug/watch.rs");
    SourceFile file = new SourceFile(program.toString(), Files.readString(program));
    CheckedProgram checked = Driver.checked(file, new PrintWriter(System.err));
    ByteArrayOutputStream screen = new ByteArrayOutputStream();
    try (ExternalTerminal t = new ExternalTerminal("test", "xterm",
        new ByteArrayInputStream(keys.getBytes(StandardCharsets.UTF_8)), screen, StandardCharsets.UTF_8)) {
      t.setSize(new org.jline.terminal.Size(120, 40));
      TerminalConsole c = new TerminalConsole(t);
      Debugger.loop(checked, file.path(), file.text(),
          new Debugger.Options(8L << 20, 1L << 30, Debugger.DEFAULT_HISTORY, false), c);
    }
    return screen.toString(StandardCharsets.UTF_8);
  }

  @Test
  void tabCompletesCommandsAndLocalsAndTheUpArrowRepeatsACommand() throws Exception {
    // "ste<TAB>" completes to step; the up arrow (and ctrl-P) brings "step" back; "print co<TAB>" completes the
    // local `count`; "qu<TAB>" completes to quit.
    String screen = session("ste\t\r\033OA\r\020\rprint co\t\rqu\t\r");
    assertThat(screen).contains("(rustle) ");
    assertThat(screen).contains("step 1: after line 7 in main");
    assertThat(screen).contains("step 2: after line 8 in main");
    assertThat(screen).contains("step 3: after line 10 in main");
    assertThat(screen).contains("count: u64 = 0");
    assertThat(screen).doesNotContain("unknown command");
  }

  @Test
  void anAmbiguousPrefixIsNotGuessed() throws Exception {
    String screen = session("st\rquit\r");
    assertThat(screen).contains("error: `st` is ambiguous: step, stack");
  }
}
