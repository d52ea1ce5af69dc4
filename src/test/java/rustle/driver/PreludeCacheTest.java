package rustle.driver;

import static com.google.common.truth.Truth.assertThat;

import org.junit.jupiter.api.Test;
import rustle.ast.Crate;
import rustle.ast.Expr;
import rustle.ast.Item;
import rustle.ast.LazyBody;
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
  void bodiesStayEncodedUntilAskedForThenDecodeOnce() throws Exception {
    // A run decodes only the bodies it reaches; the item holds a stand-in until body() is called.
    Crate decoded = PreludeCache.decode(PreludeCache.bytes());
    java.lang.reflect.Field field = Item.FnItem.class.getDeclaredField("body");
    field.setAccessible(true);
    int lazy = 0;
    for (Item it : decoded.items()) {
      if (!(it instanceof Item.ImplItem impl)) continue;
      for (Item.FnItem f : impl.fns()) {
        if (!(((Expr.Block) field.get(f)).stmts() instanceof LazyBody body)) continue;
        lazy++;
        assertThat(body.decoded()).isFalse();
        assertThat(f.hasBody()).isTrue();
        Expr.Block b = f.body();
        assertThat(body.decoded()).isTrue();
        assertThat(f.body()).isSameInstanceAs(b);
        assertThat(b.id()).isAtLeast(0); // not the stand-in's
      }
    }
    assertThat(lazy).isGreaterThan(100);
  }

  @Test
  void theBuildsCacheIsCurrent() {
    // process-classes writes it, so `mvn test` always has it; it must match the prelude being tested.
    assertThat(PreludeCache.load(Prelude.source())).isEqualTo(PARSED);
  }

  @Test
  void theBuildWroteTheCacheIntoPreludeBlob() {
    // A run reads the cache from PreludeBlob's constants; they must be the same bytes as the resource's.
    // The functions' bodies are in PreludeBodyBlob's.
    assertThat(PreludeBlob.chunks()).isNotNull();
    byte[] main = PreludeCache.bytes();
    byte[] bodies = PreludeCache.bodies();
    byte[] both = java.util.Arrays.copyOf(main, main.length + bodies.length);
    System.arraycopy(bodies, 0, both, main.length, bodies.length);
    assertThat(both).isEqualTo(PreludeCache.encode());
  }

  @Test
  void aBlobClassGivesBackItsBytesAcrossChunks() throws Exception {
    // Zeros and bytes >= 0x80 take two bytes of modified UTF-8 each: 100000 of them need four constants.
    byte[] data = new byte[100_003];
    for (int i = 0; i < data.length; i++) data[i] = (byte) (i * 131 + (i >> 7));
    byte[] classFile = BlobClassWriter.write("rustle/driver/TestBlob", data);
    Class<?> c = new ClassLoader(null) {
      Class<?> define() {
        return defineClass("rustle.driver.TestBlob", classFile, 0, classFile.length);
      }
    }.define();
    var chunks = c.getDeclaredMethod("chunks");
    chunks.setAccessible(true);
    String[] strings = (String[]) chunks.invoke(null);
    assertThat(strings.length).isGreaterThan(2);
    StringBuilder all = new StringBuilder();
    for (String s : strings) all.append(s);
    assertThat(all.toString().getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo(data);
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
