package rustle.fuzz;

import static com.google.common.truth.Truth.assertThat;

import org.junit.jupiter.api.Test;

/** How the fuzzer names disagreements, on outcomes written by hand (no rustc needed). */
class VerdictTest {
  private static final String SRC = "fn main() {\n    let b = (a + a) / 2;\n}\n";

  private static Outcome panic(String stdout, String at, String msg, boolean rustc) {
    String thread = rustc ? "thread 'main' (4242) panicked at " : "thread 'main' panicked at ";
    return new Outcome(stdout, 101, "\n" + thread + "main.rs:" + at + ":\n" + msg
        + "\nnote: run with `RUST_BACKTRACE=1` environment variable to display a backtrace\n");
  }

  @Test
  void sameOutcomesAgree() {
    assertThat(Verdict.classify(panic("a\n", "2:13", "boom", true), panic("a\n", "2:13", "boom", false), SRC))
        .isNull();
  }

  @Test
  void wrongOutputIsNamed() {
    Outcome rustc = new Outcome("1\n", 0, "");
    assertThat(Verdict.classify(rustc, new Outcome("2\n", 0, ""), SRC)).isEqualTo("stdout");
    assertThat(Verdict.classify(rustc, new Outcome("2\n", 101, ""), SRC)).isEqualTo("stdout+exit");
  }

  @Test
  void knownDifferencesHaveKindsOfTheirOwn() {
    assertThat(Verdict.classify(panic("", "2:13", "attempt to add with overflow", true),
        panic("", "2:14", "attempt to add with overflow", false), SRC)).isEqualTo("paren-span");
    assertThat(Verdict.classify(panic("x\ndrop 1\n", "2:13", "boom", true), panic("x\n", "2:13", "boom", false),
        SRC)).isEqualTo("no-unwind");
    assertThat(Verdict.classify(panic("", "2:5", "assertion failed: (a > b)", true),
        panic("", "2:5", "assertion failed: a > b", false), SRC)).isEqualTo("assert-text");
  }

  @Test
  void aColumnMovedPastSomethingElseIsAWrongAnswer() {
    assertThat(Verdict.classify(panic("", "2:13", "attempt to add with overflow", true),
        panic("", "2:17", "attempt to add with overflow", false), SRC)).isEqualTo("panic");
  }

  @Test
  void rustleFailuresAreSplit() {
    Outcome rustc = new Outcome("", 0, "");
    assertThat(Verdict.classify(rustc, new Outcome("", 1, "error: `x` is not supported by rustle yet"), SRC))
        .isEqualTo("unsupported");
    assertThat(Verdict.classify(rustc, new Outcome("", 1, "error[E0382]: borrow of moved value"), SRC))
        .isEqualTo("rustle-rejected");
    assertThat(Verdict.classify(rustc, new Outcome("", 70,
        "error: internal error in rustle: IllegalStateException: no integer result"), SRC))
        .isEqualTo("rustle-internal-IllegalStateException");
    assertThat(Verdict.classify(new Outcome("", Rustc.REJECTED, "error[E0308]"), rustc, SRC))
        .isEqualTo("rustc-rejected");
  }

  @Test
  void hoistingBorrowsThePrintedValue() {
    assertThat(Hoist.apply("    println!(\"L1 {}\", f(x));\n"))
        .isEqualTo("    { let pv = &(f(x)); println!(\"L1 {}\", pv); }\n");
  }
}
