package rustle.uitest;

import java.util.Optional;

/**
 * What a test expects of its program, named by rustc's UI-test directives ({@code //@ check-fail} etc.):
 * how far the pipeline goes and which exit status it must end with.
 */
enum Mode {
  /** Compiles and runs to completion. */
  RUN_PASS("run-pass", true, 0, "compile and run to completion (exit status 0)"),
  /** Passes the static checks; never run. */
  CHECK_PASS("check-pass", false, 0, "pass the static checks"),
  /** Rejected by the static checks with exactly the annotated errors. */
  CHECK_FAIL("check-fail", false, 1, "be rejected by the static checks"),
  /** Compiles, then panics: a panic in main exits with 101. */
  RUN_FAIL("run-fail", true, 101, "compile and then panic (exit status 101)");

  final String directive;
  /** Whether the program is run, or only checked. */
  final boolean runs;
  final int exitStatus;
  /** What the test must do, completing "expected the program to ...". */
  final String promise;

  Mode(String directive, boolean runs, int exitStatus, String promise) {
    this.directive = directive;
    this.runs = runs;
    this.exitStatus = exitStatus;
    this.promise = promise;
  }

  /** The mode a {@code //@ NAME} directive selects, if NAME is one. */
  static Optional<Mode> ofDirective(String name) {
    for (Mode m : values()) {
      if (m.directive.equals(name)) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }

  /** How an exit status reads in a failure message. */
  static String describe(int status) {
    switch (status) {
      case 0: return "exit status 0";
      case 1: return "exit status 1: rejected by the static checks";
      case 101: return "exit status 101: the program panicked";
      case 134: return "exit status 134: the program aborted";
      case 70: return "exit status 70: an internal error in rustle";
      default: return "exit status " + status;
    }
  }
}
