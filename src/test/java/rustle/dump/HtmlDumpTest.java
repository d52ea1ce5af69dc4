package rustle.dump;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import rustle.cli.Main;

/** {@code rustle run --format html}: one offline page per run, carrying the run's JSON document. */
class HtmlDumpTest {
  @Test
  void runWritesOneSelfContainedPageWithEverySnapshot() throws Exception {
    Path out = Files.createTempFile("rustle-dump", ".html");
    StringWriter stdout = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new String[] {"run", "--format", "html", "--out", out.toString(),
        "programs/heap_handoff.rs"}, new PrintWriter(stdout), new PrintWriter(err));
    String page = Files.readString(out, StandardCharsets.UTF_8);
    Files.delete(out);
    assertWithMessage("stderr:\n%s", err).that(code).isEqualTo(0);
    // The program's own output stays on stdout; the page goes to the file only.
    assertThat(stdout.toString()).startsWith("Hello, Ferris! (capacity 14)");
    assertThat(page).startsWith("<!DOCTYPE html>");
    assertThat(page).doesNotContainMatch("(src|href)=\"https?:");
    // Both snapshots of the program's markers are in the embedded document.
    assertThat(page).contains("in make_greeting");
    assertThat(page).contains("after shout");
    assertThat(page).contains("rustle-dump");
  }
}
