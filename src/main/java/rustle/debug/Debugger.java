package rustle.debug;

import java.io.PrintWriter;
import rustle.check.CheckedProgram;

/**
 * {@code rustle debug FILE}: an interactive prompt over the same run {@code rustle run} does, stepping
 * forwards and backwards through the program while looking at its stack and heap. The evaluator knows
 * nothing of it: the run is observed through {@link rustle.interp.observe.Observer}.
 */
public final class Debugger {
  static final String PROMPT = "(rustle) ";
  /** Steps kept for going back, unless --history says otherwise. */
  public static final int DEFAULT_HISTORY = 10_000_000;

  private Debugger() {}

  /** Settings of a session: the sizes of the simulated memory and the history's length in steps. */
  public record Options(long stackSize, long heapSize, int history, boolean echo) {}

  /** A session reading commands from in (no prompt; with echo, each command written back after one). */
  public static int run(CheckedProgram program, String path, String source, Options o, java.io.Reader in,
      PrintWriter out) {
    return loop(program, path, source, o, Console.plain(in, out, o.echo()));
  }

  /** A session on the terminal, with line editing, history and completion. */
  public static int runOnTerminal(CheckedProgram program, String path, String source, Options o)
      throws java.io.IOException {
    try (TerminalConsole c = TerminalConsole.system()) {
      return loop(program, path, source, o, c);
    }
  }

  static int loop(CheckedProgram program, String path, String source, Options o, Console c) {
    PrintWriter w = c.writer();
    Session s = new Session(new Execution.Program(program, path, source, o.stackSize(), o.heapSize()), w,
        o.history());
    Commands commands = new Commands(s);
    if (c instanceof TerminalConsole t) t.complete(s);
    w.println("rustle debugger on " + path + ": `help` lists the commands, `run` starts the program");
    w.flush();
    while (true) {
      String line = c.readLine();
      if (line == null) break;
      boolean more = commands.execute(line);
      w.flush();
      if (!more) break;
    }
    if (s.x != null) s.x.abandon();
    w.flush();
    return 0;
  }
}
