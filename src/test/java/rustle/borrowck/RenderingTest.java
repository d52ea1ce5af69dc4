package rustle.borrowck;

import static com.google.common.truth.Truth.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The whole text of the errors, labels, notes and helps, compared with what rustc 1.95 prints for
 * the same program (NAME.stderr, recorded from rustc for NAME.rs compiled as main.rs).
 */
class RenderingTest {
  static Stream<String> cases() throws IOException, URISyntaxException {
    Path dir = Path.of(RenderingTest.class.getResource("render").toURI());
    try (Stream<Path> files = Files.list(dir)) {
      List<String> names = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".rs"))
          .map(n -> n.substring(0, n.length() - 3)).sorted().toList();
      assertThat(names).isNotEmpty();
      return names.stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void rendersAsRustc(String name) throws IOException, URISyntaxException {
    Path dir = Path.of(RenderingTest.class.getResource("render").toURI());
    String source = Files.readString(dir.resolve(name + ".rs"));
    String expected = Files.readString(dir.resolve(name + ".stderr"));
    assertThat(Frontend.renderEach(source)).isEqualTo(expected);
  }
}
