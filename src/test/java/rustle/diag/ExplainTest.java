package rustle.diag;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import java.util.List;
import org.junit.jupiter.api.Test;

class ExplainTest {
  private static final List<String> CODES = List.of(
      "E0061", "E0106", "E0277", "E0308", "E0373", "E0381", "E0382", "E0384", "E0412", "E0425",
      "E0499", "E0502", "E0503", "E0505", "E0506", "E0507", "E0508", "E0515", "E0594", "E0596",
      "E0597", "E0599", "E0716");

  @Test
  void everyListedCodeHasAnExplanationWithAFailingExampleAndAFix() {
    for (String code : CODES) {
      String text = Explain.explain(code).orElseThrow(() -> new AssertionError("missing " + code));
      assertThat(text).startsWith("# " + code + ": ");
      // One example that fails and one that compiles, as verified with rustc when written.
      assertThat(text.split("```rust", -1)).hasLength(3);
      int end = text.indexOf("\nTo see what this error prevents");
      assertThat((end < 0 ? text : text.substring(0, end)).lines().count()).isAtMost(16);
    }
  }

  @Test
  void codesAreCaseInsensitive() {
    assertThat(Explain.explain("e0382")).isEqualTo(Explain.explain("E0382"));
  }

  @Test
  void unknownOrMalformedCodesHaveNone() {
    assertThat(Explain.explain("E9999")).isEmpty();
    assertThat(Explain.explain("E0601")).isEmpty();
    assertThat(Explain.explain("../explain/E0382")).isEmpty();
    assertThat(Explain.explain("")).isEmpty();
    assertThat(Explain.explain(null)).isEmpty();
  }

  @Test
  void ownershipCodesEndWithTheCommandsThatRunTheirExampleUnchecked() {
    String text = Explain.explain("e0597").orElseThrow();
    assertThat(text).endsWith("To see what this error prevents, run the first example anyway:\n\n"
        + "    rustle explain E0597 --example > e0597.rs\n    rustle run --unchecked e0597.rs\n");
    assertThat(Explain.explain("E0308").orElseThrow()).doesNotContain("--unchecked");
  }

  @Test
  void theExampleIsTheFirstRustBlock() {
    assertThat(Explain.example("E0502")).hasValue(
        "fn main() { let mut v = vec![1]; let first = &v[0]; v.push(2); println!(\"{first}\"); }\n");
    assertThat(Explain.example("E9999")).isEmpty();
  }

  /** The promise of those commands: each example is rejected by the ownership checker alone, so it runs. */
  @Test
  void everyOwnershipExampleRunsUnchecked() {
    for (String code : Explain.OWNERSHIP) {
      java.io.StringWriter out = new java.io.StringWriter();
      java.io.StringWriter err = new java.io.StringWriter();
      SourceFile file = new SourceFile(code + ".rs", Explain.example(code).orElseThrow());
      rustle.driver.Driver.run(file, new rustle.driver.Driver.Options(1 << 20, 16 << 20, true),
          new java.io.PrintWriter(out), new java.io.PrintWriter(err));
      assertWithMessage("%s --unchecked:\n%s", code, err).that(err.toString())
          .contains("warning: running the program despite");
    }
  }
}
