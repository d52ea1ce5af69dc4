package rustle.diag;

import static com.google.common.truth.Truth.assertThat;

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
      assertThat(text.lines().count()).isAtMost(16);
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
}
