package rustle.interp;

import java.util.Map;

/**
 * What to observe, decided before compiling: stop points by source line, and whether to stop after
 * every statement of the user's program. Frames are reported whenever probes exist at all.
 */
public record Probes(Map<Integer, StopPoint> stops, boolean all) {}
