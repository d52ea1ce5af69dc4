package rustle.dump;

import java.util.List;

/**
 * What the user asked to observe: stop lines ({@code --break}), a snapshot after every statement
 * ({@code --dump-all}, at most maxSnapshots), the format and where dumps go (null: stderr), and the
 * event trace and statistics.
 */
public record DumpOptions(List<Integer> breaks, boolean all, int maxSnapshots, String format, String out,
    boolean trace, String traceOut, boolean stats) {
  public static final int DEFAULT_MAX_SNAPSHOTS = 1000;
  public static final DumpOptions NONE =
      new DumpOptions(List.of(), false, DEFAULT_MAX_SNAPSHOTS, "text", null, false, null, false);

  /** Whether anything beyond markers in the source was asked for. */
  boolean requested() {
    return !breaks.isEmpty() || all || trace || stats;
  }
}
