package rustle.diag;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The text behind {@code rustle explain EXXXX}: a short explanation of an error code, read from the
 * resource {@code rustle/explain/EXXXX.md}.
 */
public final class Explain {
  private Explain() {}

  // Only well-formed codes reach the class path, so "../x" and friends cannot name other resources.
  private static final Pattern CODE = Pattern.compile("E\\d{4}");

  /** The explanation of code (e.g. {@code E0382}, case-insensitive), or empty if there is none. */
  public static Optional<String> explain(String code) {
    if (code == null) {
      return Optional.empty();
    }
    String c = code.strip().toUpperCase(java.util.Locale.ROOT);
    if (!CODE.matcher(c).matches()) {
      return Optional.empty();
    }
    try (InputStream in = Explain.class.getResourceAsStream("/rustle/explain/" + c + ".md")) {
      if (in == null) {
        return Optional.empty();
      }
      return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
