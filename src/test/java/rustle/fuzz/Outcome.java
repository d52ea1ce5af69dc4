package rustle.fuzz;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What one run of a program did: stdout, exit code, and the panic (location and message) if any. */
record Outcome(String stdout, int exit, String stderr) {
  /** `thread 'main' (123) panicked at FILE:L:C:` with rustc's thread id optional. */
  private static final Pattern PANIC =
      Pattern.compile("thread 'main'(?: \\(\\d+\\))? panicked at ([^\\n]*?):(\\d+):(\\d+):\\n(.*?)(?:\\nnote: |\\nstack backtrace:|\\z)",
          Pattern.DOTALL);

  /** The panic as `LINE:COL: MESSAGE`, without the file's path (which differs between the two runs). */
  String panic() {
    Matcher m = PANIC.matcher(stderr);
    if (!m.find()) {
      return "";
    }
    String file = m.group(1).endsWith("main.rs") ? "" : m.group(1) + ":";
    return file + m.group(2) + ":" + m.group(3) + ": " + m.group(4).strip();
  }

  /** The panic's message alone. */
  String panicMessage() {
    String p = panic();
    return p.isEmpty() ? "" : p.substring(p.indexOf(": ") + 2);
  }

  String describe() {
    StringBuilder sb = new StringBuilder();
    sb.append("exit code: ").append(exit).append('\n');
    String p = panic();
    if (!p.isEmpty()) {
      sb.append("panic: ").append(p).append('\n');
    }
    sb.append("--- stdout ---\n").append(stdout);
    if (!stdout.isEmpty() && !stdout.endsWith("\n")) {
      sb.append('\n');
    }
    sb.append("--- stderr ---\n").append(stderr);
    return sb.toString();
  }
}
