package rustle.debug;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.jline.reader.Candidate;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import rustle.dump.Snapshot;

/**
 * The console on a terminal (JLine 3): a prompt, line editing, a history of commands (the arrow keys)
 * and tab completion of command names and, after {@code print} and {@code watch}, of the locals in scope.
 */
final class TerminalConsole implements Console, AutoCloseable {
  private final Terminal terminal;
  private LineReader reader;
  private Session session;

  TerminalConsole(Terminal terminal) {
    this.terminal = terminal;
  }

  static TerminalConsole system() throws IOException {
    return new TerminalConsole(TerminalBuilder.builder().system(true).build());
  }

  /** Completion needs the session (for the names in scope); ctrl-C interrupts its run. */
  void complete(Session s) {
    this.session = s;
    // While the program runs (no line being read), ctrl-C stops it at its next statement.
    terminal.handle(Terminal.Signal.INT, sig -> s.interrupted = true);
    reader = LineReaderBuilder.builder()
        .terminal(terminal)
        .appName("rustle")
        .completer((r, line, candidates) -> {
          if (line.wordIndex() == 0) {
            for (String[] cmd : Commands.ALL) candidates.add(new Candidate(cmd[0]));
          } else if (line.wordIndex() == 1) {
            String first = line.words().get(0);
            String name = first.isEmpty() ? null : quietResolve(first);
            if ("print".equals(name) || "watch".equals(name)) {
              for (String n : names()) candidates.add(new Candidate(n));
            } else if ("info".equals(name)) {
              candidates.add(new Candidate("breakpoints"));
            }
          }
        })
        .build();
  }

  private String quietResolve(String typed) {
    String found = null;
    for (String[] cmd : Commands.ALL) {
      if (cmd[0].equals(typed)) return typed;
      if (cmd[0].startsWith(typed)) found = found == null ? cmd[0] : "";
    }
    if (typed.equals("p")) return "print";
    return found == null || found.isEmpty() ? null : found;
  }

  /** The names of the locals that hold a value in the innermost frame. */
  private List<String> names() {
    List<String> out = new ArrayList<>();
    if (session == null || !session.running() || session.x.point == null) return out;
    Snapshot s = session.x.inspector.snapshot(session.x.point, 0);
    if (s.frames().isEmpty()) return out;
    for (Snapshot.Local l : s.frames().get(s.frames().size() - 1).locals()) {
      if (!l.hidden() && !out.contains(l.name())) out.add(l.name());
    }
    return out;
  }

  @Override
  public String readLine() {
    try {
      return reader.readLine(Debugger.PROMPT);
    } catch (UserInterruptException e) {
      return "";
    } catch (EndOfFileException e) {
      return null;
    }
  }

  @Override
  public PrintWriter writer() {
    return terminal.writer();
  }

  @Override
  public void close() throws IOException {
    terminal.close();
  }
}
