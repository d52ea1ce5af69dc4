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

  /**
   * The codes of the ownership checker, whose programs {@code rustle run --unchecked} runs anyway: their
   * explanations end with the commands that show what the error prevents.
   */
  static final java.util.Set<String> OWNERSHIP = java.util.Set.of("E0106", "E0381", "E0382", "E0384", "E0499",
      "E0502", "E0503", "E0505", "E0506", "E0507", "E0508", "E0515", "E0594", "E0596", "E0597", "E0716");

  /** The explanation of code, ending for an ownership code with how to run its first example unchecked. */
  public static Optional<String> explain(String code) {
    Optional<String> text = text(code);
    if (text.isEmpty() || !OWNERSHIP.contains(normal(code))) return text;
    String c = normal(code);
    String file = c.toLowerCase(java.util.Locale.ROOT) + ".rs";
    String body = text.get().endsWith("\n") ? text.get() : text.get() + "\n";
    return Optional.of(body + "\nTo see what this error prevents, run the first example anyway:\n\n"
        + "    rustle explain " + c + " --example > " + file + "\n"
        + "    rustle run --unchecked " + file + "\n");
  }

  /** The first example of code's explanation (the one rustc rejects), as a source file. */
  public static Optional<String> example(String code) {
    return text(code).flatMap(t -> {
      int open = t.indexOf("```rust\n");
      int close = open < 0 ? -1 : t.indexOf("```", open + 8);
      return close < 0 ? Optional.empty() : Optional.of(t.substring(open + 8, close));
    });
  }

  private static String normal(String code) {
    return code.strip().toUpperCase(java.util.Locale.ROOT);
  }

  /** The explanation as written in its resource, or empty if there is none. */
  private static Optional<String> text(String code) {
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
