package rustle.uitest;

import static com.google.common.truth.Truth.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ErrorMatchTest {
  static final ReportedError FOO = new ReportedError("E0425", "cannot find value `foo` in this scope", 4);
  static final ReportedError BAR = new ReportedError("E0425", "cannot find value `bar` in this scope", 4);

  @Test
  void everyErrorAnnotatedAndEveryAnnotationMatchedIsOk() {
    ErrorMatch m = ErrorMatch.of(
        List.of(new ExpectedError(4, "E0425", 4), new ExpectedError(4, "E0425", 5)), List.of(FOO, BAR));
    assertThat(m.ok()).isTrue();
  }

  @Test
  void aGeneralAnnotationDoesNotStealTheOnlyErrorASpecificOneFits() {
    // In this order, first-come pairing would give FOO to "E0425" and leave "`foo`" unmatched.
    ErrorMatch m = ErrorMatch.of(
        List.of(new ExpectedError(4, "E0425", 4), new ExpectedError(4, "`foo`", 4)), List.of(FOO, BAR));
    assertThat(m.ok()).isTrue();
  }

  @Test
  void annotationsCountLikeAMultiset() {
    ExpectedError once = new ExpectedError(4, "E0425", 4);
    ErrorMatch tooFew = ErrorMatch.of(List.of(once), List.of(FOO, BAR));
    assertThat(tooFew.missing()).isEmpty();
    assertThat(tooFew.unexpected()).hasSize(1);
    ErrorMatch tooMany = ErrorMatch.of(List.of(once, once, once), List.of(FOO, BAR));
    assertThat(tooMany.missing()).containsExactly(once);
    assertThat(tooMany.unexpected()).isEmpty();
  }

  @Test
  void theLineMustAgree() {
    ExpectedError above = new ExpectedError(3, "E0425", 3);
    ErrorMatch m = ErrorMatch.of(List.of(above), List.of(FOO));
    assertThat(m.missing()).containsExactly(above);
    assertThat(m.unexpected()).containsExactly(FOO);
  }
}
