package rustle.driver;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Start-up measurement: with {@code -Drustle.phases=true} (e.g. through RUSTLE_JAVA_OPTS) each phase of
 * the pipeline prints its wall time, its thread's CPU time and (on Linux) the time the thread was ready
 * but waited for a core; wall minus both is the time it waited for another thread. The start-up jobs
 * print when they ended and what they cost, and the last phase the JVM's uptime when the pipeline
 * started. Off by default, and then each mark costs one static field read.
 */
final class Phases {
  static final boolean ON = Boolean.getBoolean("rustle.phases");
  /** When the first thread used this class: the origin of the "at" times. */
  private static final long ORIGIN = System.nanoTime();
  private static final Path SCHEDSTAT = Path.of("/proc/thread-self/schedstat");
  private static long startWall;
  private static long wall;
  private static long cpu;
  private static long queued;

  private Phases() {}

  /** Ends the phase named phase (the first call only starts the clock) and starts the next one. */
  static void mark(String phase) {
    if (!ON) return;
    long w = System.nanoTime();
    long[] s = sched();
    // Plain concatenation, not printf: a Formatter's first use costs milliseconds of the times measured.
    if (wall == 0) {
      startWall = w;
      System.err.println("rustle phases: " + phase + " at " + ms(w - ORIGIN) + " ms (pipeline thread so far: "
          + ms(s[0]) + " ms cpu " + ms(s[1]) + " ms queued)");
    } else {
      System.err.println("rustle phases: " + pad(phase) + " " + ms(w - wall) + " ms wall " + ms(s[0] - cpu)
          + " ms cpu " + ms(s[1] - queued) + " ms queued, at " + ms(w - ORIGIN) + " ms");
    }
    if (phase.equals("run")) {
      System.err.println("rustle phases: prelude bodies decoded: " + rustle.ast.LazyBody.decodes());
      // Read last: java.management's first use costs milliseconds that the phases must not include.
      long uptime = ManagementFactory.getRuntimeMXBean().getUptime();
      System.err.println("rustle phases: jvm uptime " + (uptime - (System.nanoTime() - startWall) / 1_000_000)
          + " ms at start");
    }
    wall = System.nanoTime();
    s = sched();
    cpu = s[0];
    queued = s[1];
  }

  /** Reports the end of a start-up job on its own thread: when, and what the thread cost. */
  static void jobDone(String job) {
    if (!ON) return;
    long[] s = sched();
    System.err.println("rustle phases: job " + job + " done at " + ms(System.nanoTime() - ORIGIN) + " ms: "
        + ms(s[0]) + " ms cpu " + ms(s[1]) + " ms queued");
  }

  /** Milliseconds with one decimal. */
  private static String ms(long nanos) {
    long tenths = Math.round(nanos / 1e5);
    return tenths / 10 + "." + Math.abs(tenths % 10);
  }

  private static String pad(String phase) {
    return (phase + "              ").substring(0, Math.max(14, phase.length()));
  }

  /** This thread's CPU time and time waiting for a core, in ns (Linux's schedstat; else CPU only). */
  private static long[] sched() {
    try {
      String[] f = Files.readString(SCHEDSTAT).trim().split(" ");
      return new long[] {Long.parseLong(f[0]), Long.parseLong(f[1])};
    } catch (Exception e) {
      return new long[] {ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime(), 0};
    }
  }
}
