package rustle.driver;

import static com.google.common.truth.Truth.assertThat;

import org.junit.jupiter.api.Test;
import rustle.check.Checker;
import rustle.diag.SourceFile;
import rustle.syntax.ParseResult;
import rustle.syntax.Parser;

/**
 * The checker defers the prelude's function bodies until the interpreter compiles them; this checks all
 * of them, so that an error in one is found by the tests rather than by the first program that uses it.
 */
class PreludeBodiesTest {
  @Test
  void everyPreludeBodyTypeChecks() {
    ParseResult prelude = Prelude.parsed();
    ParseResult user = Parser.parse(new SourceFile("main.rs", "fn main() {}"), prelude.crate().nodeCount());
    Checker.Result checked = Checker.check(prelude.crate(), user.crate());
    assertThat(checked.errors()).isEmpty();
    checked.program().checkAllBodies();
  }
}
