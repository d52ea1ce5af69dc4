package rustle.debug;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import rustle.dump.Inspector;
import rustle.dump.Snapshot;
import rustle.interp.Interpreter;

/**
 * The debugger's state between commands: the run in progress (paused at a step, finished, or none),
 * breakpoints and watchpoints, and the history. Moving forward resumes the run; moving back re-runs
 * the program from the start to the earlier step, without showing its output again.
 */
final class Session {
  final Execution.Program program;
  final PrintWriter w;
  final String[] lines;
  final StepLog log;
  final TreeMap<Integer, Integer> breakpoints = new TreeMap<>(); // number -> line
  final List<Watch> watches = new ArrayList<>();
  private int nextNumber = 1;
  Execution x;
  /** How much of the run's output has been shown. */
  private int shown;
  private boolean warnedDropped;
  /** Set by ctrl-C on a terminal while the program runs freely; it stops at the next statement. */
  volatile boolean interrupted;

  Session(Execution.Program program, PrintWriter w, int history) {
    this.program = program;
    this.w = w;
    this.lines = program.source().split("\n", -1);
    this.log = new StepLog(history);
  }

  boolean running() {
    return x != null && !x.finished;
  }

  /** The current line, 0 when not stopped. */
  int line() {
    return running() && x.point != null ? x.point.line() : 0;
  }

  // ---- breakpoints and watches

  void addBreak(int line) {
    if (line < 1 || line > lines.length) {
      w.println("error: line " + line + " is not in " + program.path() + " (" + lines.length + " lines)");
      return;
    }
    int n = nextNumber++;
    breakpoints.put(n, line);
    w.println("breakpoint " + n + " at line " + line + ": " + lines[line - 1].strip());
    if (lines[line - 1].isBlank() || lines[line - 1].strip().startsWith("//")) {
      w.println("note: no statement ends on line " + line + "; the program stops after a statement ends on its line");
    }
  }

  void delete(Integer n) {
    if (n == null) {
      breakpoints.clear();
      watches.clear();
      w.println("deleted all breakpoints and watchpoints");
    } else if (breakpoints.remove(n) != null || watches.removeIf(v -> v.number == n)) {
      w.println("deleted " + n);
    } else {
      w.println("error: no breakpoint or watchpoint number " + n);
    }
  }

  void info() {
    if (breakpoints.isEmpty() && watches.isEmpty()) {
      w.println("no breakpoints or watchpoints");
      return;
    }
    w.println("Num  What");
    TreeMap<Integer, String> all = new TreeMap<>();
    breakpoints.forEach((n, l) -> all.put(n, "breakpoint at line " + l + ": " + lines[l - 1].strip()));
    for (Watch v : watches) all.put(v.number, "watchpoint on " + v.place.expr() + " = " + v.value);
    all.forEach((n, s) -> w.printf("%-4d %s%n", n, s));
  }

  void watch(String expr) {
    Snapshot s = snapshot();
    if (s == null) return;
    Inspector.Place p = x.inspector.place(s, expr);
    if (p.address() < 0) {
      w.println("error: `" + p.expr() + "` is a computed value, not a place in memory: watch its place instead");
      return;
    }
    boolean stack = x.inspector.onStack(p.address());
    int idx = x.inspector.frameCount() - 1;
    Watch v = new Watch(nextNumber++, p, stack ? idx : -1, stack ? x.inspector.frameTop(idx) : 0,
        x.inspector.bytes(p), x.inspector.show(p));
    watches.add(v);
    w.println("watchpoint " + v.number + ": " + p.expr() + " = " + v.value + " (" + p.size() + " bytes at "
        + String.format("0x%08x", p.address()) + ")");
  }

  // ---- moving

  /** Why the program stops when running freely: a breakpoint's line or a watched place that changed. */
  private String breakOrWatch(Execution x, int line) {
    if (interrupted) {
      interrupted = false;
      return "interrupted";
    }
    for (var e : breakpoints.entrySet()) if (e.getValue() == line) return "breakpoint " + e.getKey();
    for (Watch v : watches) {
      String why = v.check(x);
      if (why != null) return why;
    }
    return null;
  }

  void run() {
    if (x != null) x.abandon();
    x = new Execution(program, log);
    shown = 0;
    w.println("starting " + program.path());
    go((ex, step, line) -> breakOrWatch(ex, line));
  }

  /** Makes sure a run is paused at a step, starting one that stops at its first step if needed. */
  private boolean started() {
    if (running()) return true;
    if (x != null && x.finished) {
      w.println("the program is not running (it ended); `run` starts it again, `back` goes back into it");
      return false;
    }
    x = new Execution(program, log);
    shown = 0;
    w.println("starting " + program.path());
    go((ex, step, line) -> "start");
    return false;
  }

  void step() {
    if (started()) go((ex, step, line) -> orElse(breakOrWatch(ex, line), ""));
  }

  void next() {
    if (!started()) return;
    int depth = x.inspector.depth();
    go((ex, step, line) -> orElse(breakOrWatch(ex, line), ex.inspector.depth() <= depth ? "" : null));
  }

  void finish() {
    if (!started()) return;
    int depth = x.inspector.depth();
    if (depth <= 1) {
      w.println("error: `finish` is not meaningful in the outermost frame (main)");
      return;
    }
    go((ex, step, line) -> orElse(breakOrWatch(ex, line), ex.inspector.depth() < depth ? "finished" : null));
  }

  void cont() {
    if (x == null) {
      run();
    } else if (started()) {
      go((ex, step, line) -> breakOrWatch(ex, line));
    }
  }

  private static String orElse(String a, String b) {
    return a != null ? a : b;
  }

  private void go(Execution.Rule rule) {
    w.flush(); // what was said before the program runs is seen while it runs
    Execution.Event e = x.resume(rule);
    shown = x.output.show(shown, w);
    watches.removeIf(v -> v.gone);
    report(e);
  }

  void back() {
    long at = x == null ? 0 : x.finished ? log.last() + 1 : x.step;
    if (at <= 1) {
      w.println(x == null ? "the program is not running" : "already at the first step: nothing to go back to");
      return;
    }
    moveTo(at - 1, "back");
  }

  void reverseContinue() {
    long at = x == null ? 0 : x.finished ? log.last() + 1 : x.step;
    if (at <= 1) {
      w.println(x == null ? "the program is not running" : "already at the first step: nothing to go back to");
      return;
    }
    for (long s = at - 1; s >= log.oldest(); s--) {
      int line = log.lineAt(s);
      for (var e : breakpoints.entrySet()) {
        if (e.getValue() == line) {
          moveTo(s, "breakpoint " + e.getKey() + " (going backwards)");
          return;
        }
      }
    }
    w.println("no breakpoint was hit before this step" + (log.dropped() ? " in the history" : ""));
    moveTo(log.oldest(), log.oldest() == 1 ? "the first step" : "the oldest step in the history");
  }

  /** Re-runs the program silently to an earlier step. */
  private void moveTo(long target, String why) {
    if (target < log.oldest()) {
      w.println("error: cannot go back to step " + target + ": the history keeps only the last " + log.limit()
          + " steps (--history " + log.limit() + "); the oldest kept is step " + log.oldest());
      return;
    }
    int before = x.output.length();
    Execution old = x;
    old.abandon();
    x = new Execution(program, log);
    Execution.Event e = x.resume((ex, step, line) -> step == target ? why : null);
    int now = x.output.length();
    if (now < before && now >= 0) {
      String undone = old.output.text(now, before);
      w.println("note: going back took back program output: " + quote(undone));
    }
    shown = now;
    for (Watch v : watches) if (e instanceof Execution.Stopped) v.rebase(x);
    report(e);
  }

  private static String quote(String s) {
    if (s.length() > 60) s = s.substring(0, 40) + "[..]" + s.substring(s.length() - 16);
    StringBuilder sb = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      if (c == '\n') sb.append("\\n");
      else if (c == '"') sb.append("\\\"");
      else sb.append(c);
    }
    return sb.append('"').toString();
  }

  private void report(Execution.Event e) {
    if (log.dropped() && !warnedDropped) {
      warnedDropped = true;
      w.println("note: the history is full: steps before " + log.oldest() + " were dropped (--history "
          + log.limit() + ")");
    }
    if (e instanceof Execution.Finished f) {
      if (f.internal() != null) w.println("error: internal error in rustle: " + f.internal());
      String how = switch (f.code()) {
        case Interpreter.OK -> "exited normally";
        case Interpreter.PANIC -> "panicked (exit code 101)";
        case Interpreter.ABORT -> "aborted (exit code 134)";
        default -> "exited with code " + f.code();
      };
      w.println("the program " + how + " after " + log.last() + " steps");
      return;
    }
    Execution.Stopped s = (Execution.Stopped) e;
    String why = s.why();
    if (!why.isEmpty() && !why.equals("start") && why.contains("\n")) w.println(why);
    String tag = why.isEmpty() || why.equals("start") || why.contains("\n") ? "" : ", " + why;
    w.println("step " + s.step() + ": after line " + s.line() + " in " + function() + tag);
    w.printf("%5d  %s%n", s.line(), lines[s.line() - 1].strip());
  }

  private String function() {
    Snapshot s = x.inspector.snapshot(x.point, (int) x.step - 1);
    return s.frames().isEmpty() ? "?" : s.frames().get(s.frames().size() - 1).function();
  }

  /** The memory now, or null (and why not) when the program is not paused. */
  Snapshot snapshot() {
    if (!running() || x.point == null) {
      w.println(x != null && x.finished ? "error: the program has ended; `back` goes back into it"
          : "error: the program is not running; `run`, `step` or `next` start it");
      return null;
    }
    return x.inspector.snapshot(x.point, (int) x.step - 1);
  }
}
