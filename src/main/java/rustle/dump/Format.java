package rustle.dump;

import java.io.PrintWriter;
import java.util.List;

/**
 * A way to write snapshots: as they are taken (text, interleaved with the program's output) or all
 * at once when the run ends (json, html). {@link #of} names them for {@code --format}.
 */
interface Format {
  /** Called at each snapshot, after the program's output so far was flushed. */
  void snapshot(Snapshot s, PrintWriter w);

  /** Called once when the run ends, with every snapshot taken and how many were skipped. */
  void end(Program program, List<Snapshot> all, int skipped, PrintWriter w);

  /** The program the snapshots are of. */
  record Program(String path, String source) {}

  /** The formats by name; null for an unknown one. */
  static Format of(String name) {
    switch (name) {
      case "text": return new TextFormat();
      case "json": return new JsonFormat();
      case "html": return new HtmlFormat();
      default: return null;
    }
  }

  /** The names {@link #of} knows, for the usage message. */
  List<String> NAMES = List.of("text", "json", "html");
}
