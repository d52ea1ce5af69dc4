package rustle.interp.observe;

/**
 * A place in the source where the program stops to be observed: after the statement ending on
 * {@code line}, or at that point of a block for a line holding no statement. name is the marker's
 * name (null if none); reason is {@code marker}, {@code break} or {@code all}.
 */
public record StopPoint(int line, String name, String reason) {}
