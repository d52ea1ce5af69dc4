package rustle.memory;

/** A free of an address that is not the start of a live heap block: an interpreter bug, never ignored. */
public final class InvalidFree extends RuntimeException {
  private final int address;
  private final boolean alreadyFreed;

  InvalidFree(int address, boolean alreadyFreed, String why) {
    super(String.format("invalid free of 0x%x: %s", address, why));
    this.address = address;
    this.alreadyFreed = alreadyFreed;
  }

  public int address() {
    return address;
  }

  /** True when a block started at this address and has already been freed (a double free). */
  public boolean alreadyFreed() {
    return alreadyFreed;
  }
}
