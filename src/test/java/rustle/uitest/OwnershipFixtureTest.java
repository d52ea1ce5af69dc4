package rustle.uitest;

import static com.google.common.truth.Truth.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import rustle.diag.SourceFile;

/**
 * The use-after-move fixture, whose E0382 errors come from the ownership checker: its annotations are
 * checked against rustc's own report and against rustle's.
 */
class OwnershipFixtureTest {
  static final Path FIXTURE = Path.of("src/test/resources/rustle/uitest/pending/use_after_move.rs");

  /** What rustc 1.95 prints for the fixture ({@code rustc --edition 2021 --emit=metadata}). */
  static final String RUSTC_STDERR = """
      error[E0382]: borrow of moved value: `s`
       --> use_after_move.rs:6:23
        |
      4 |     let s = String::from("hello");
        |         - move occurs because `s` has type `String`, which does not implement the `Copy` trait
      5 |     let t = s;
        |             - value moved here
      6 |     println!("{} {}", s, t); //~ ERROR E0382
        |                       ^ value borrowed here after move
        |
      help: consider cloning the value if the performance cost is acceptable
        |
      5 |     let t = s.clone();
        |              ++++++++

      error[E0382]: borrow of moved value: `v`
       --> use_after_move.rs:9:13
        |
      7 |     let v = vec![1, 2, 3];
        |         - move occurs because `v` has type `Vec<i32>`, which does not implement the `Copy` trait
      8 |     drop(v);
        |          - value moved here
      9 |     let n = v.len();
        |             ^ value borrowed here after move
        |
      help: consider cloning the value if the performance cost is acceptable
        |
      8 |     drop(v.clone());
        |           ++++++++

      error: aborting due to 2 previous errors

      For more information about this error, try `rustc --explain E0382`.
      """;

  /** A pipeline that reports what rustc does for this file, under the path the test gives it. */
  static final Pipeline RUSTC = new Pipeline() {
    @Override
    public int check(SourceFile file, PrintWriter err) {
      err.print(RUSTC_STDERR.replace("use_after_move.rs", file.path()));
      return 1;
    }

    @Override
    public int run(SourceFile file, PrintWriter out, PrintWriter err) {
      throw new AssertionError("a check-fail test is never run");
    }
  };

  String out;

  int run(Pipeline pipeline) {
    StringWriter o = new StringWriter();
    int code = new UiTests(pipeline, false).runAll(List.of(FIXTURE), new PrintWriter(o), new PrintWriter(o));
    out = o.toString();
    return code;
  }

  @Test
  void itsAnnotationsMatchRustcsErrors() {
    assertThat(run(RUSTC)).isEqualTo(UiTests.PASSED);
  }

  @Test
  void rustleReportsTheAnnotatedErrors() {
    assertThat(run(Pipeline.DRIVER)).isEqualTo(UiTests.PASSED);
  }
}
