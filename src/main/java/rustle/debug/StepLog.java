package rustle.debug;

/**
 * The history: the source line of each step of the run, the last {@code limit} of them kept (4 bytes
 * a step). Any kept step can be reached again by re-running the program to it; the log is what
 * {@code reverse-continue} searches and what bounds how far {@code back} may go.
 */
final class StepLog {
  private final int limit;
  private int[] lines = new int[1024];
  /** The highest step recorded (steps count from 1). */
  private long last;

  StepLog(int limit) {
    this.limit = limit;
  }

  int limit() {
    return limit;
  }

  /** Records the line of a step the first time the step is reached (re-runs reach the same steps again). */
  void record(long step, int line) {
    if (step <= last) return;
    last = step;
    int i = (int) ((step - 1) % limit);
    if (i >= lines.length) lines = java.util.Arrays.copyOf(lines, (int) Math.min(limit, 2L * lines.length));
    lines[i] = line;
  }

  long last() {
    return last;
  }

  /** The oldest step still kept. */
  long oldest() {
    return Math.max(1, last - limit + 1);
  }

  /** Whether steps were dropped to keep the limit. */
  boolean dropped() {
    return last > limit;
  }

  int lineAt(long step) {
    return lines[(int) ((step - 1) % limit)];
  }

  /** Forgets everything (a new run of the program). */
  void clear() {
    last = 0;
  }
}
