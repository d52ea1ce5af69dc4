package rustle.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/**
 * The last line of defence around the pipeline: whatever escapes it becomes a short report and an exit
 * code, never a Java stack trace (unless asked for with {@code RUSTLE_DEBUG=1}).
 */
final class Crashes {
  private final boolean debug;

  Crashes(boolean debug) {
    this.debug = debug;
  }

  /** Runs {@code body} and returns its exit code, or reports what escaped it. */
  int guard(Callable<Integer> body, PrintWriter out, PrintWriter err) {
    try {
      return body.call();
    } catch (Throwable e) { // whatever its type, it is reported instead of killing the process
      return report(e, out, err);
    }
  }

  /** Reports {@code t} on err after flushing what the program printed, and returns the exit code. */
  int report(Throwable t, PrintWriter out, PrintWriter err) {
    out.flush();
    int code;
    if (t instanceof StackOverflowError) {
      // The Java stack ran out before the simulated one did; to the user it is the same event.
      // Rust names the thread with its OS id; rustle leaves ids out, as in its panic messages.
      err.print("\nthread 'main' has overflowed its stack\n"
          + "fatal runtime error: stack overflow, aborting\n");
      code = ExitCode.ABORT;
    } else {
      err.print("error: internal error in rustle: " + summary(t) + "\n"
          + "note: this is a bug in rustle, not in your program; run again with RUSTLE_DEBUG=1"
          + " to see the Java stack trace\n");
      code = ExitCode.INTERNAL;
    }
    if (debug) {
      t.printStackTrace(err);
    }
    err.flush();
    return code;
  }

  /** One line naming the exception: its type and the first line of its message. */
  static String summary(Throwable t) {
    String message = t.getMessage();
    String name = t.getClass().getSimpleName().isEmpty() ? t.getClass().getName()
        : t.getClass().getSimpleName();
    if (message == null || message.isBlank()) {
      return name;
    }
    String line = message.strip().lines().findFirst().orElse("");
    return name + ": " + (line.length() > 200 ? line.substring(0, 200) + "..." : line);
  }
}
