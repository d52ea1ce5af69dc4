package rustle.memory;

/**
 * An allocation the heap cannot satisfy; Rust's {@code handle_alloc_error}, which prints
 * {@code memory allocation of N bytes failed} and aborts.
 */
public final class OutOfMemory extends RuntimeException {
  private final long size;

  public OutOfMemory(long size) {
    super("memory allocation of " + Long.toUnsignedString(size) + " bytes failed", null, false, false);
    this.size = size;
  }

  /** The requested size in bytes (read as unsigned, like Rust's usize). */
  public long size() {
    return size;
  }
}
