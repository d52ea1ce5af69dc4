package rustle.driver;

import static com.google.common.truth.Truth.assertThat;

import org.junit.jupiter.api.Test;
import rustle.ast.Crate;
import rustle.syntax.Parser;

/**
 * The build's cached prelude AST must be exactly what parsing the prelude gives: records compare by
 * value, so one equals call checks every node, span and name, and with them that {@link AstClasses},
 * {@link AstWriter} and {@link AstReader} agree on every record's number and components.
 */
class PreludeCacheTest {
  private static final Crate PARSED = Parser.parse(Prelude.file(), 0).crate();

  @Test
  void aRoundTripGivesBackTheParsedPrelude() {
    assertThat(PreludeCache.decode(PreludeCache.encode(), Prelude.source())).isEqualTo(PARSED);
  }

  @Test
  void theBuildsCacheIsCurrent() {
    // process-classes writes it, so `mvn test` always has it; it must match the prelude being tested.
    assertThat(PreludeCache.load(Prelude.source())).isEqualTo(PARSED);
  }

  @Test
  void aCacheOfAnotherPreludeIsIgnored() {
    byte[] edited = Prelude.source().clone();
    edited[edited.length / 2] ^= 1;
    assertThat(PreludeCache.decode(PreludeCache.encode(), edited)).isNull();
  }

  @Test
  void whatDriverUsesIsTheParsedPrelude() {
    assertThat(Prelude.parsed().crate()).isEqualTo(PARSED);
    assertThat(Prelude.parsed().errors()).isEmpty();
  }
}
