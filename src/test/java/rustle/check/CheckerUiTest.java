package rustle.check;

import static com.google.common.truth.Truth.assertWithMessage;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import rustle.uitest.UiTests;

/**
 * The checker's UI tests (src/test/resources/rustle/check/ui): programs rustc rejects, annotated with the
 * codes and messages rustc 1.95 reports on each line ({@code //~ ERROR}), and programs it accepts with
 * rustc's output beside them.
 */
class CheckerUiTest {
  @Test
  void uiTestsPass() {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = UiTests.run(List.of(Path.of("src/test/resources/rustle/check/ui")), false, new PrintWriter(out),
        new PrintWriter(err));
    assertWithMessage("%s\n%s", out, err).that(code).isEqualTo(UiTests.PASSED);
  }
}
