package rustle.uitest;

import static com.google.common.truth.Truth.assertThat;

import org.junit.jupiter.api.Test;

class ReportedErrorTest {
  /** rustc 1.95's rendering of an ownership error and a syntax error, with gutters 1 and 2 wide. */
  static final String TWO_ERRORS = String.join("\n",
      "error[E0382]: borrow of moved value: `s`",
      " --> t/a.rs:6:23",
      "  |",
      "4 |     let s = String::from(\"hello\");",
      "  |         - move occurs because `s` has type `String`, which does not implement the `Copy` trait",
      "5 |     let t = s;",
      "  |             - value moved here",
      "6 |     println!(\"{} {}\", s, t);",
      "  |                       ^ value borrowed here after move",
      "  |",
      "help: consider cloning the value if the performance cost is acceptable",
      "  |",
      "5 |     let t = s.clone();",
      "  |              ++++++++",
      "",
      "error: expected expression, found `;`",
      "  --> t/a.rs:12:13",
      "   |",
      "12 |     let x = ;",
      "   |             ^ expected expression",
      "",
      "error: aborting due to 2 previous errors",
      "",
      "For more information about this error, try `rustle explain E0382`.",
      "");

  @Test
  void readsCodeMessageAndPrimaryLine() {
    assertThat(ReportedError.parse(TWO_ERRORS, "t/a.rs")).containsExactly(
        new ReportedError("E0382", "borrow of moved value: `s`", 6),
        new ReportedError(null, "expected expression, found `;`", 12)).inOrder();
  }

  @Test
  void aLocationInAnotherFileIsNoLine() {
    assertThat(ReportedError.parse(TWO_ERRORS, "t/b.rs")).containsExactly(
        new ReportedError("E0382", "borrow of moved value: `s`", ReportedError.NO_LINE),
        new ReportedError(null, "expected expression, found `;`", ReportedError.NO_LINE)).inOrder();
  }

  @Test
  void warningsAreSkippedAndUnlocatedErrorsKept() {
    String stderr = "warning: unused variable: `x`\n --> a.rs:2:9\n\n"
        + "error: couldn't read `a.rs`: Is a directory (os error 21)\n\n"
        + "error[E0308]: mismatched types\n --> a.rs:3:18\n";
    assertThat(ReportedError.parse(stderr, "a.rs")).containsExactly(
        new ReportedError(null, "couldn't read `a.rs`: Is a directory (os error 21)", ReportedError.NO_LINE),
        new ReportedError("E0308", "mismatched types", 3)).inOrder();
  }

  @Test
  void headerReadsAsRustcPrintsIt() {
    assertThat(new ReportedError("E0599", "no method", 1).header()).isEqualTo("error[E0599]: no method");
    assertThat(new ReportedError(null, "expected `;`", 1).header()).isEqualTo("error: expected `;`");
  }
}
