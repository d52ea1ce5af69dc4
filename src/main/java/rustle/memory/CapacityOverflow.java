package rustle.memory;

/**
 * A collection size whose byte length does not fit a Rust {@code Layout} (more than isize::MAX bytes);
 * the standard library panics with {@code capacity overflow}.
 */
public final class CapacityOverflow extends RuntimeException {
  public CapacityOverflow() {
    super("capacity overflow", null, false, false);
  }
}
