package rustle.syntax;

import static com.google.common.truth.Truth.assertThat;

import org.junit.jupiter.api.Test;
import rustle.ast.Item;
import rustle.ast.Pattern;
import rustle.ast.Stmt;

/**
 * Identifiers are XID_Start XID_Continue* as in rustc; the lexer matches ASCII directly and asks
 * {@link XidSets} about other characters, so both paths are checked here.
 */
class IdentifierTest {
  @Test
  void xidSetsAreUnicodesIdentifierClasses() {
    assertThat(XidSets.isStart('é')).isTrue();
    assertThat(XidSets.isStart('名')).isTrue();
    assertThat(XidSets.isStart(0x0301)).isFalse(); // combining acute accent: continues only
    assertThat(XidSets.isContinue(0x0301)).isTrue();
    assertThat(XidSets.isStart(0x0663)).isFalse(); // Arabic-Indic digit three
    assertThat(XidSets.isContinue(0x0663)).isTrue();
    assertThat(XidSets.isContinue(0x2192)).isFalse(); // rightwards arrow
    assertThat(XidSets.isContinue(0x2028)).isFalse(); // line separator: whitespace in Rust
  }

  @Test
  void nonAsciiIdentifiersLexAsOneName() {
    String name = "caf\u00e9_\u540d\u0663\u0301";
    Stmt.LetStmt let = (Stmt.LetStmt) Parse.body("let " + name + " = 1;").stmts().get(0);
    assertThat(((Pattern.IdentPat) let.pattern()).name()).isEqualTo(name);
    Item.FnItem f = (Item.FnItem) Parse.ok("fn f<'\u00e4>(x: &'\u00e4 i32) {}").items().get(0);
    assertThat(f.generics().get(0).name()).isEqualTo("'\u00e4");
  }

  @Test
  void aCharacterOutsideTheClassesIsAnUnknownToken() {
    assertThat(Parse.result("fn f() { let x = 1 \u2192 2; }").errors().get(0).message())
        .isEqualTo("unknown start of token: \\u{2192}");
    assertThat(Parse.result("fn f() { let x = \u0301; }").errors().get(0).message())
        .isEqualTo("unknown start of token: \\u{301}");
  }
}
