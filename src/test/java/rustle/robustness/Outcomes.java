package rustle.robustness;

import static com.google.common.truth.Truth.assertWithMessage;

import rustle.cli.InProcess;

/** Assertions on how a run of hostile input may end: a diagnostic, never a crash of rustle itself. */
final class Outcomes {
  private Outcomes() {}

  /** No sign of a Java exception escaping into the output, and not rustle's internal-error exit code. */
  static void assertNoCrash(InProcess.Result r, String input) {
    String what = "input " + input + "\n" + r.describe();
    assertWithMessage("a Java exception is named in stderr; %s", what).that(r.err()).doesNotContain("Exception");
    assertWithMessage("a Java stack trace is in stderr; %s", what).that(r.err()).doesNotContain("\tat ");
    assertWithMessage("internal error; %s", what).that(r.exit()).isNotEqualTo(70);
  }

  /** Rejected as rustc would: exit 1, a diagnostic on stderr that starts with {@code error}, no output. */
  static void assertRejected(InProcess.Result r, String input) {
    assertNoCrash(r, input);
    String what = "input " + input + "\n" + r.describe();
    assertWithMessage("exit code; %s", what).that(r.exit()).isEqualTo(1);
    assertWithMessage("diagnostic; %s", what).that(r.err()).startsWith("error");
    assertWithMessage("a rejected program prints nothing; %s", what).that(r.out()).isEmpty();
  }

  /**
   * For valid but extreme programs (deep nesting) that rustle may either run or refuse: either exit 0
   * with the program's real output, or a clean rejection.
   */
  static void assertRunsOrIsRejected(InProcess.Result r, String input, String expectedOut) {
    assertNoCrash(r, input);
    if (r.exit() == 0) {
      assertWithMessage("output of %s", input).that(r.out()).isEqualTo(expectedOut);
    } else {
      assertRejected(r, input);
    }
  }

  /** A short printable description of an input, for test names and messages. */
  static String preview(String s) {
    String flat = s.replace("\n", "\\n").replace("\t", "\\t");
    return flat.length() <= 60 ? flat : flat.substring(0, 60) + "...(" + s.length() + " chars)";
  }
}
