package rustle.dump;

import java.util.Map;
import java.util.TreeMap;
import rustle.interp.observe.StopPoint;

/**
 * Finds {@code // @dump} and {@code // @dump NAME} comments in a program's source. A comment that
 * merely contains the text elsewhere (in a string literal, after other words) is not a marker.
 */
public final class Markers {
  private Markers() {}

  /** Whether the source may hold a marker (cheap; decides whether a plain run is observed at all). */
  public static boolean mayHave(String source) {
    return source.contains("@dump");
  }

  /**
   * The markers by line (1-based). A marker is {@code //}, blanks, {@code @dump}, then the end of the
   * line or blanks and a name running to the last non-blank character. Matched by hand, not by a regex:
   * compiling one in a fresh JVM spins method handles for milliseconds of an observed run's start.
   */
  public static Map<Integer, StopPoint> find(String source) {
    Map<Integer, StopPoint> out = new TreeMap<>();
    String[] lines = source.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (!line.contains("@dump")) continue;
      for (int at = line.indexOf("//"); at >= 0; at = line.indexOf("//", at + 1)) {
        String name = nameAt(line, at);
        if (name == null) continue;
        if (!inString(line, at)) out.put(i + 1, new StopPoint(i + 1, name.isEmpty() ? null : name, "marker"));
        break;
      }
    }
    return out;
  }

  /** The marker's name ("" for none) if a marker starts with the comment at at, else null. */
  private static String nameAt(String line, int at) {
    int i = at + 2;
    while (i < line.length() && blank(line.charAt(i))) i++;
    if (!line.startsWith("@dump", i)) return null;
    int from = i + 5;
    int end = line.length();
    while (end > from && blank(line.charAt(end - 1))) end--;
    if (end == from) return "";
    if (!blank(line.charAt(from))) return null; // `@dumpx`
    while (blank(line.charAt(from))) from++;
    return line.substring(from, end);
  }

  /** A regex's {@code \\s}: space, tab, newline, vertical tab, form feed, carriage return. */
  private static boolean blank(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  /** Whether position at of line lies inside a string literal (an odd number of unescaped quotes before it). */
  private static boolean inString(String line, int at) {
    boolean in = false;
    for (int i = 0; i < at; i++) {
      char c = line.charAt(i);
      if (c == '\\') i++;
      else if (c == '"') in = !in;
    }
    return in;
  }
}
