package rustle.debug;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import rustle.dump.Inspector;
import rustle.dump.Snapshot;

/**
 * The debugger's command language: each command, its short forms and help, and what it does to the
 * {@link Session}. A command may be shortened to any prefix that names only it.
 */
final class Commands {
  /** Command names in the order help lists them, with their help text. */
  static final List<String[]> ALL = List.of(
      new String[] {"break", "break LINE", "stop after the statement ending on LINE (b)"},
      new String[] {"delete", "delete [N]", "delete breakpoint or watchpoint N (all without N)"},
      new String[] {"info", "info breakpoints", "list breakpoints and watchpoints"},
      new String[] {"run", "run", "start the program from the beginning (r)"},
      new String[] {"continue", "continue", "run to the next breakpoint or watched change (c)"},
      new String[] {"step", "step", "run one statement, into calls (s)"},
      new String[] {"next", "next", "run one statement, over calls (n)"},
      new String[] {"finish", "finish", "run until the current call returns"},
      new String[] {"back", "back", "go back one statement"},
      new String[] {"reverse-continue", "reverse-continue", "go back to the previous breakpoint hit (rc)"},
      new String[] {"print", "print PLACE", "show a place: v, *r, s.len(), v[1], p.name (p)"},
      new String[] {"mem", "mem", "the memory dump: stack and heap"},
      new String[] {"stack", "stack", "the stack frames and their locals"},
      new String[] {"heap", "heap", "the live heap blocks"},
      new String[] {"where", "where", "the calls in progress, with lines (bt)"},
      new String[] {"list", "list [LINE]", "the source around the current line (l)"},
      new String[] {"watch", "watch PLACE", "stop when the bytes of PLACE change"},
      new String[] {"help", "help", "this list (h)"},
      new String[] {"quit", "quit", "leave the debugger (q)"});

  private static final Map<String, String> SHORT = Map.of("b", "break", "r", "run", "c", "continue", "s", "step",
      "n", "next", "p", "print", "bt", "where", "rc", "reverse-continue", "l", "list", "q", "quit");

  private final Session s;
  private final PrintWriter w;

  Commands(Session s) {
    this.s = s;
    this.w = s.w;
  }

  /** The full name of a command as typed (a short form or unambiguous prefix), or null after saying why not. */
  String resolve(String typed) {
    if (SHORT.containsKey(typed)) return SHORT.get(typed);
    String found = null;
    StringBuilder all = new StringBuilder();
    for (String[] c : ALL) {
      if (c[0].equals(typed)) return typed;
      if (c[0].startsWith(typed)) {
        all.append(found == null ? "" : ", ").append(c[0]);
        found = found == null ? c[0] : "";
      }
    }
    if (found == null) w.println("error: unknown command `" + typed + "` (help lists them)");
    else if (found.isEmpty()) w.println("error: `" + typed + "` is ambiguous: " + all);
    return found == null || found.isEmpty() ? null : found;
  }

  /** Runs one command line; false when the user quits. */
  boolean execute(String line) {
    String t = line.strip();
    if (t.isEmpty() || t.startsWith("#")) return true; // a comment, in a script
    int sp = t.indexOf(' ');
    String name = resolve(sp < 0 ? t : t.substring(0, sp));
    String arg = sp < 0 ? "" : t.substring(sp + 1).strip();
    if (name == null) return true;
    try {
      return dispatch(name, arg);
    } catch (IllegalArgumentException e) {
      w.println("error: " + e.getMessage());
      return true;
    } catch (RuntimeException e) {
      // rustle's bug, not the user's: say so and keep the session (the program's state is intact).
      w.println("error: internal error in rustle's debugger: " + e);
      w.println("note: this is a bug in rustle, not in your program");
      return true;
    }
  }

  private boolean dispatch(String name, String arg) {
    switch (name) {
      case "break" -> s.addBreak(number(arg, "break LINE"));
      case "delete" -> s.delete(arg.isEmpty() ? null : number(arg, "delete N"));
      case "info" -> {
        if (!arg.isEmpty() && !"breakpoints".startsWith(arg) && !"watchpoints".startsWith(arg)) {
          throw new IllegalArgumentException("info knows `info breakpoints`");
        }
        s.info();
      }
      case "run" -> s.run();
      case "continue" -> s.cont();
      case "step" -> s.step();
      case "next" -> s.next();
      case "finish" -> s.finish();
      case "back" -> s.back();
      case "reverse-continue" -> s.reverseContinue();
      case "print" -> print(arg);
      case "watch" -> s.watch(arg);
      case "mem", "stack", "heap" -> dump(name);
      case "where" -> where();
      case "list" -> list(arg.isEmpty() ? 0 : number(arg, "list LINE"));
      case "help" -> help();
      case "quit" -> {
        if (s.x != null) s.x.abandon();
        return false;
      }
      default -> throw new IllegalStateException(name);
    }
    return true;
  }

  private static int number(String arg, String usage) {
    try {
      return Integer.parseInt(arg.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("usage: " + usage);
    }
  }

  private void print(String arg) {
    Snapshot snap = s.snapshot();
    if (snap == null) return;
    Inspector.Place p = s.x.inspector.place(snap, arg);
    w.print(p.report());
  }

  private void dump(String what) {
    Snapshot snap = s.snapshot();
    if (snap == null) return;
    String text = Inspector.text(snap);
    int heap = text.indexOf("\nHEAP\n");
    String stack = text.substring(text.indexOf("STACK\n"), heap + 1);
    w.print(switch (what) {
      case "stack" -> stack;
      case "heap" -> text.substring(heap + 1);
      default -> text.substring(text.indexOf("STACK\n"));
    });
  }

  private void where() {
    Snapshot snap = s.snapshot();
    if (snap == null) return;
    for (int f = snap.frames().size() - 1; f >= 0; f--) {
      Snapshot.Frame fr = snap.frames().get(f);
      w.println("#" + f + " " + fr.function() + " at line " + fr.line()
          + (fr.callLine() == null ? "" : ", called from line " + fr.callLine()));
    }
  }

  private void list(int around) {
    int cur = s.line();
    int mid = around > 0 ? around : cur > 0 ? cur : 1;
    int from = Math.max(1, mid - 5);
    int to = Math.min(s.lines.length, from + 10);
    if (to == s.lines.length && s.lines[to - 1].isEmpty()) to--;
    for (int l = from; l <= to; l++) {
      boolean bp = s.breakpoints.containsValue(l);
      w.printf("%s%s%4d  %s%n", l == cur ? "=>" : "  ", bp ? "*" : " ", l, s.lines[l - 1]);
    }
  }

  private void help() {
    w.println("commands (any unambiguous prefix works):");
    for (String[] c : ALL) w.printf("  %-18s %s%n", c[1], c[2]);
    w.println("`=>` in list marks the line whose statement just ran, `*` a breakpoint;");
    w.println("program output is shown with each line marked " + Output.OUT.strip() + " or " + Output.ERR.strip() + ".");
  }
}
