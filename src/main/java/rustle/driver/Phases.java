package rustle.driver;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * Start-up measurement: with {@code -Drustle.phases=true} (e.g. through RUSTLE_JAVA_OPTS) each phase of
 * the pipeline prints its wall time and its thread's CPU time to stderr, the first line also the JVM's
 * uptime before the pipeline started. Off by default, and then each mark costs one static field read.
 */
final class Phases {
  static final boolean ON = Boolean.getBoolean("rustle.phases");
  private static long wall;
  private static long cpu;

  private Phases() {}

  /** Ends the phase named phase (the first call only starts the clock) and starts the next one. */
  static void mark(String phase) {
    if (!ON) return;
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long w = System.nanoTime();
    long c = threads.getCurrentThreadCpuTime();
    if (wall == 0) {
      System.err.printf("rustle phases: jvm uptime %d ms at %s%n", ManagementFactory.getRuntimeMXBean().getUptime(),
          phase);
    } else {
      System.err.printf("rustle phases: %-14s %5.1f ms wall %5.1f ms cpu%n", phase, (w - wall) / 1e6,
          (c - cpu) / 1e6);
    }
    wall = System.nanoTime();
    cpu = threads.getCurrentThreadCpuTime();
  }
}
