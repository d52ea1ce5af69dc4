package rustle.fuzz;

import java.util.ArrayList;
import java.util.List;

/** Compares rustle's outcome with rustc's and names the kind of disagreement (null when they agree). */
final class Verdict {
  private Verdict() {}

  /** Kinds of known, recorded differences: not worth reducing again. */
  static boolean known(String kind) {
    return java.util.Set.of("no-unwind", "paren-span", "assert-text", "std-location", "reentrant-print")
        .contains(kind);
  }

  /** Kinds that are problems of the generator, not of rustle. */
  static boolean generatorBug(String kind) {
    return kind.equals("rustc-rejected") || kind.equals("unsupported");
  }

  /**
   * The kind of disagreement between the two outcomes of source (null if none). Two panic differences
   * that are known and recorded get kinds of their own so that they do not hide others: rustc's span of
   * an operation written in parentheses starts at the `(` (rustle's at the operand), and a panic inside
   * core (`pow` overflow) has a location in rustc's library sources that rustle cannot show.
   */
  static String classify(Outcome rustc, Outcome rustle, String source) {
    if (rustc.exit() == Rustc.REJECTED) {
      return "rustc-rejected";
    }
    if (rustle.exit() == -1) {
      return "rustle-timeout";
    }
    if (rustle.exit() == 1 && rustle.stderr().contains("not supported by rustle")) {
      return "unsupported";
    }
    if (rustle.exit() == 1) {
      return "rustle-rejected";
    }
    boolean sameOut = rustc.stdout().equals(rustle.stdout());
    boolean samePanic = rustc.panic().equals(rustle.panic());
    if (sameOut && rustc.exit() == rustle.exit() && samePanic) {
      return null;
    }
    String known = null;
    if (!samePanic && rustc.panicMessage().equals(rustle.panicMessage())) {
      if (rustc.panic().startsWith("/")) {
        known = "std-location";
      } else if (parenSpan(rustc.panic(), rustle.panic(), source)) {
        known = "paren-span";
      }
      samePanic = known != null;
    } else if (!samePanic && rustc.panicMessage().startsWith("assertion failed: ")
        && bare(rustc.panic()).equals(bare(rustle.panic()))) {
      // rustc quotes the condition as written; rustle drops its outer parentheses (recorded).
      known = "assert-text";
      samePanic = true;
    }
    if (known != null && sameOut && rustc.exit() == rustle.exit()) {
      return known;
    }
    if (rustle.exit() == 70) {
      if (rustle.stderr().contains("leaked")) {
        return sameOut && rustc.exit() == 0 ? "leak" : "leak+stdout";
      }
      // Split by the exception's name, so a new crash is not hidden among known ones.
      java.util.regex.Matcher m = java.util.regex.Pattern.compile("internal error in rustle: (\\w+)")
          .matcher(rustle.stderr());
      return "rustle-internal" + (m.find() ? "-" + m.group(1) : "");
    }
    if (rustc.exit() == 101 && rustle.exit() == 101 && samePanic
        && rustc.stdout().startsWith(rustle.stdout()) && onlyDrops(rustc.stdout().substring(rustle.stdout().length()))) {
      // rustc unwinds and runs the Drop impls of live values; rustle does not unwind yet (known).
      return "no-unwind";
    }
    List<String> parts = new ArrayList<>();
    if (!sameOut) {
      parts.add("stdout");
    }
    if (rustc.exit() != rustle.exit()) {
      parts.add("exit");
    }
    if (!samePanic) {
      parts.add("panic");
    }
    return String.join("+", parts);
  }

  /** Whether rustle's column is rustc's moved past the `(`s that open the panicking expression. */
  private static boolean parenSpan(String rustcPanic, String rustlePanic, String source) {
    String[] a = rustcPanic.split(":", 3);
    String[] b = rustlePanic.split(":", 3);
    if (source == null || !a[0].equals(b[0])) {
      return false;
    }
    String[] lines = source.split("\n", -1);
    int line = Integer.parseInt(a[0]) - 1;
    int from = Integer.parseInt(a[1]) - 1;
    int to = Integer.parseInt(b[1]) - 1;
    if (line >= lines.length || to <= from || to > lines[line].length()) {
      return false;
    }
    return lines[line].substring(from, to).chars().allMatch(c -> c == '(');
  }

  private static String bare(String panic) {
    return panic.replaceAll("[()\\s]", "");
  }

  private static boolean onlyDrops(String rest) {
    for (String line : rest.split("\n")) {
      if (!line.isEmpty() && !line.matches("drop \\d+")) {
        return false;
      }
    }
    return true;
  }
}
