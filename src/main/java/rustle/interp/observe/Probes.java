package rustle.interp.observe;

import java.util.Map;

/**
 * What to observe, decided before compiling: stop points by source line, whether to stop after every
 * statement of the user's program, and whether the observer needs every frame pushed and popped (the
 * trace and the statistics); otherwise only frames that can be on the stack at a stop are reported.
 */
public record Probes(Map<Integer, StopPoint> stops, boolean all, boolean everyFrame) {
  /** Stops only (every frame when stopping everywhere). */
  public Probes(Map<Integer, StopPoint> stops, boolean all) {
    this(stops, all, all);
  }
}
