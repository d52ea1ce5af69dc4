package rustle.dump;

import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import rustle.interp.observe.StopPoint;

/**
 * Finds {@code // @dump} and {@code // @dump NAME} comments in a program's source. A comment that
 * merely contains the text elsewhere (in a string literal, after other words) is not a marker.
 */
public final class Markers {
  private Markers() {}

  /**
   * In a holder class, compiled on the first {@link #find}: {@link #mayHave} runs on every plain run, and
   * compiling a regex in a fresh JVM spins method handles for milliseconds.
   */
  private static final class Regex {
    static final Pattern MARKER = Pattern.compile("//\\s*@dump(?:\\s+(\\S(?:.*\\S)?))?\\s*$");
  }

  /** Whether the source may hold a marker (cheap; decides whether a plain run is observed at all). */
  public static boolean mayHave(String source) {
    return source.contains("@dump");
  }

  /** The markers by line (1-based). */
  public static Map<Integer, StopPoint> find(String source) {
    Map<Integer, StopPoint> out = new TreeMap<>();
    String[] lines = source.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      Matcher m = Regex.MARKER.matcher(lines[i]);
      if (m.find() && !inString(lines[i], m.start())) out.put(i + 1, new StopPoint(i + 1, m.group(1), "marker"));
    }
    return out;
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
