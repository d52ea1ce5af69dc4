package rustle.uitest;

import static com.google.common.truth.Truth.assertThat;

import org.junit.jupiter.api.Test;

class TestSpecTest {
  @Test
  void aFileWithoutDirectiveOrAnnotationsIsRunPass() {
    TestSpec spec = TestSpec.parse("fn main() {}\n");
    assertThat(spec.mode()).isEqualTo(Mode.RUN_PASS);
    assertThat(spec.errors()).isEmpty();
    assertThat(spec.problems()).isEmpty();
  }

  @Test
  void annotationsWithoutDirectiveMakeItCheckFail() {
    TestSpec spec = TestSpec.parse("fn main() {\n    let x: i32 = \"a\"; //~ ERROR E0308\n}\n");
    assertThat(spec.mode()).isEqualTo(Mode.CHECK_FAIL);
    assertThat(spec.errors()).containsExactly(new ExpectedError(2, "E0308", 2));
  }

  @Test
  void directivesChooseTheMode() {
    assertThat(TestSpec.parse("//@ run-fail\nfn main() {}\n").mode()).isEqualTo(Mode.RUN_FAIL);
    assertThat(TestSpec.parse("  //@ check-pass\n").mode()).isEqualTo(Mode.CHECK_PASS);
    assertThat(TestSpec.parse("//@ check-fail\n").mode()).isEqualTo(Mode.CHECK_FAIL);
    assertThat(TestSpec.parse("//@ edition:2021\n//@ run-pass\n").problems()).isEmpty();
  }

  @Test
  void caretsCountLinesUpAndBarRepeatsThePreviousTarget() {
    String text = String.join("\n",
        "fn main() {", // 1
        "    let pair = (left, right);", // 2
        "    //~^ ERROR cannot find value `left`", // 3
        "    //~| ERROR E0425", // 4
        "    let y = 1;", // 5
        "", // 6
        "    //~^^ ERROR", // 7
        "}");
    TestSpec spec = TestSpec.parse(text);
    assertThat(spec.problems()).isEmpty();
    assertThat(spec.errors()).containsExactly(
        new ExpectedError(2, "cannot find value `left`", 3),
        new ExpectedError(2, "E0425", 4),
        new ExpectedError(5, "", 7)).inOrder();
  }

  @Test
  void codesAndMessagePiecesAreTellApart() {
    ReportedError e0308 = new ReportedError("E0308", "mismatched types", 4);
    assertThat(new ExpectedError(4, "E0308", 4).accepts(e0308)).isTrue();
    assertThat(new ExpectedError(4, "E0599", 4).accepts(e0308)).isFalse();
    assertThat(new ExpectedError(4, "mismatched", 4).accepts(e0308)).isTrue();
    assertThat(new ExpectedError(4, "E0308: mismatched", 4).accepts(e0308)).isFalse();
    assertThat(new ExpectedError(4, "", 4).accepts(new ReportedError(null, "expected expression", 4))).isTrue();
  }

  @Test
  void malformedCommentsAreProblemsNamingTheirLine() {
    TestSpec spec = TestSpec.parse(String.join("\n",
        "//@ build-pass",
        "//~| ERROR E0308",
        "fn main() {} //~ WARN unused",
        "//~^^^^^ ERROR E0308",
        ""));
    assertThat(spec.problems()).hasSize(4);
    assertThat(spec.problems().get(0)).startsWith("line 1: unknown directive `//@ build-pass`");
    assertThat(spec.problems().get(1)).startsWith("line 2: `//~|` has no earlier annotation");
    assertThat(spec.problems().get(2)).startsWith("line 3: expected `ERROR` after `//~`, found `WARN unused`");
    assertThat(spec.problems().get(3)).contains("line 4: the annotation points at line -1");
  }

  @Test
  void errorAnnotationsInATestThatMustPassAreAProblem() {
    TestSpec spec = TestSpec.parse("//@ run-pass\nfn main() { x } //~ ERROR E0425\n");
    assertThat(spec.mode()).isEqualTo(Mode.RUN_PASS);
    assertThat(spec.problems()).hasSize(1);
    assertThat(spec.problems().get(0)).contains("use `//@ check-fail`");
  }

  @Test
  void contradictoryModesAreAProblem() {
    TestSpec spec = TestSpec.parse("//@ run-pass\n//@ run-fail\n");
    assertThat(spec.problems()).containsExactly(
        "line 2: `//@ run-fail` contradicts the earlier `//@ run-pass`");
  }

  @Test
  void ignoreTestKeepsItsReason() {
    assertThat(TestSpec.parse("//@ ignore-test (slow)\n").ignored()).hasValue("(slow)");
    assertThat(TestSpec.parse("fn main() {}\n").ignored()).isEmpty();
  }
}
