package rustle.borrowck;

import static com.google.common.truth.Truth.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import rustle.diag.Diagnostic;
import rustle.diag.SourceFile;
import rustle.syntax.Parser;

/**
 * E0106 needs only the syntax of the program, as in rustc where name resolution reports it before
 * type checking: it is found even in a program with type errors.
 */
class LifetimeErrorsTest {
  private static List<String> codes(String source) {
    List<String> out = new ArrayList<>();
    for (Diagnostic d : BorrowChecker.lifetimeErrors(Parser.parse(new SourceFile("main.rs", source)).crate())) {
      out.add(d.code() + "@" + d.primary().line() + ":" + d.primary().col());
    }
    return out;
  }

  @Test
  void foundWithoutTypeChecking() {
    // rustc 1.95 reports only this E0106 for the program, whose body does not type check.
    assertThat(codes("""
        fn make() -> &str {
            5
        }
        fn main() {}
        """)).containsExactly("E0106@1:14");
  }


  @Test
  void everyElidedOutputIsPrimary() {
    assertThat(codes("""
        fn pair(a: &str, b: &str) -> (&str, &str) {
            (a, b)
        }
        fn main() {}
        """)).containsExactly("E0106@1:31");
    Diagnostic d = BorrowChecker.lifetimeErrors(Parser.parse(new SourceFile("main.rs", """
        fn pair(a: &str, b: &str) -> (&str, &str) {
            (a, b)
        }
        fn main() {}
        """)).crate()).get(0);
    assertThat(d.message()).isEqualTo("missing lifetime specifiers");
    assertThat(d.helps().get(0).message()).isEqualTo("this function's return type contains a borrowed value, but the "
        + "signature does not say whether it is borrowed from `a` or `b`");
  }
}
