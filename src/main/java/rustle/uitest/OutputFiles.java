package rustle.uitest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The expected-output files beside a test, {@code NAME.run.stdout} and {@code NAME.stderr}, and the
 * path normalisation of rustc's UI tests: the test file's directory reads {@code $DIR} in both.
 */
final class OutputFiles {
  static final String STDOUT = ".run.stdout";
  static final String STDERR = ".stderr";
  static final String DIR = "$DIR";

  private final Path source;
  /** The test file's directory as it appears in output (the path the pipeline was given), with a slash. */
  private final String dirPrefix;

  /** The files beside {@code source}, a path with a directory part ({@code ./a.rs}, not {@code a.rs}). */
  OutputFiles(Path source) {
    this.source = source;
    this.dirPrefix = source.getParent().toString() + "/";
  }

  Path stdoutFile() {
    return sibling(STDOUT);
  }

  /** The expected memory snapshots of a program with {@code // @dump} markers. */
  Path dumpFile() {
    return sibling(".dump");
  }

  Path stderrFile() {
    return sibling(STDERR);
  }

  /**
   * {@code text} with the test's directory replaced by {@code $DIR}. Expected files are normalised too,
   * so that files written before {@code $DIR} existed (with the path as typed, like {@code programs/})
   * still compare equal when run from the same place.
   */
  String normalize(String text) {
    return text.replace(dirPrefix, DIR + "/");
  }

  /** The normalised content of an expected file, if it exists. */
  Optional<String> read(Path file) throws IOException {
    return Files.exists(file) ? Optional.of(normalize(Files.readString(file, StandardCharsets.UTF_8)))
        : Optional.empty();
  }

  /**
   * Makes {@code file} hold {@code actual} (normalised): written if it differs, deleted if the output is
   * empty (an empty file is never written). Returns what was done, for the report, or empty if nothing.
   */
  Optional<String> bless(Path file, String actual) throws IOException {
    String text = normalize(actual);
    if (text.isEmpty()) {
      return Files.deleteIfExists(file) ? Optional.of(file + " (deleted)") : Optional.empty();
    }
    if (read(file).map(text::equals).orElse(false)) {
      return Optional.empty(); // already says this; rewriting would only churn its path spelling
    }
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return Optional.of(file + " (written)");
  }

  /**
   * The options a test's program runs with: the defaults, reading {@code NAME.stdin} beside it as its
   * standard input when there is one (no input otherwise).
   */
  static rustle.driver.Driver.Options options(rustle.diag.SourceFile file) {
    Path stdin = new OutputFiles(Path.of(file.path()).toAbsolutePath()).sibling(".stdin");
    try {
      return Files.exists(stdin)
          ? rustle.driver.Driver.Options.DEFAULT.withStdin(new java.io.ByteArrayInputStream(Files.readAllBytes(stdin)))
          : rustle.driver.Driver.Options.DEFAULT;
    } catch (IOException e) {
      return rustle.driver.Driver.Options.DEFAULT;  // unreadable: the program reads no input
    }
  }

  private Path sibling(String suffix) {
    String name = source.getFileName().toString();
    String stem = name.endsWith(".rs") ? name.substring(0, name.length() - 3) : name;
    return source.resolveSibling(stem + suffix);
  }
}
