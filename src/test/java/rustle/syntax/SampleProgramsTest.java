package rustle.syntax;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import rustle.ast.Crate;
import rustle.diag.SourceFile;

/** Every conformance case and benchmark program of the project parses, with well-formed node ids. */
class SampleProgramsTest {
  static Stream<Path> samples() throws IOException, URISyntaxException {
    Path dir = Path.of(SampleProgramsTest.class.getResource("samples").toURI());
    try (Stream<Path> files = Files.list(dir)) {
      List<Path> rs = files.filter(p -> p.toString().endsWith(".rs")).sorted().toList();
      assertThat(rs.size()).isAtLeast(130);
      return rs.stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void parsesWithoutErrors(Path file) throws IOException {
    ParseResult r = Parser.parse(new SourceFile(file.toString(), Files.readString(file)));
    assertWithMessage(file.getFileName().toString()).that(r.errors()).isEmpty();
    Crate crate = r.crate();
    assertThat(crate.items()).isNotEmpty();
    BitSet seen = new BitSet();
    Parse.walk(crate.items(), n -> {
      assertWithMessage("node id %s of %s", n.id(), n).that(n.id()).isLessThan(crate.nodeCount());
      assertWithMessage("duplicate node id %s", n.id()).that(seen.get(n.id())).isFalse();
      seen.set(n.id());
    });
    assertThat(seen.cardinality()).isEqualTo(crate.nodeCount());
  }
}
