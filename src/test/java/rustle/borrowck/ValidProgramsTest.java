package rustle.borrowck;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Programs rustc accepts must not be rejected: the t3 conformance programs (ownership that
 * compiles) and programs exercising NLL, two-phase borrows, reborrows, loops and patterns.
 */
class ValidProgramsTest {
  static Stream<Path> programs() throws IOException, URISyntaxException {
    // Our own valid programs, plus the t3 conformance programs the parser's tests already keep.
    Path dir = Path.of(ValidProgramsTest.class.getResource("valid").toURI());
    Path samples = Path.of(ValidProgramsTest.class.getResource("/rustle/syntax/samples").toURI());
    List<Path> rs;
    try (Stream<Path> own = Files.list(dir); Stream<Path> t3 = Files.list(samples)) {
      rs = Stream.concat(own.filter(p -> p.toString().endsWith(".rs")),
              t3.filter(p -> p.getFileName().toString().matches("t3_.*\\.rs")))
          .sorted().toList();
    }
    assertThat(rs.size()).isAtLeast(30);
    return rs.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("programs")
  void isAccepted(Path file) throws IOException {
    String source = Files.readString(file);
    assertWithMessage(file.getFileName().toString()).that(Frontend.render(source)).isEmpty();
  }
}
