package rustle.types;

/**
 * The invalid values of a scalar inside a type (rustc_abi's {@code Niche}): {@code size} bytes at
 * {@code offset} whose valid values are the wrapping range {@code start..=end}; every other value is
 * free for an enclosing enum to encode its variants in. Values are unsigned, in {@code 8 * size} bits.
 */
public record Niche(int offset, int size, long start, long end) {
  /** A niche with no free values is no niche (null). */
  static Niche of(int offset, int size, long start, long end) {
    Niche n = new Niche(offset, size, start, end);
    return n.available() == 0 ? null : n;
  }

  long mask() {
    return size >= 8 ? -1L : (1L << (8 * size)) - 1;
  }

  /** How many values the scalar can never hold (unsigned). */
  public long available() {
    return (start - end - 1) & mask();
  }

  Niche at(int delta) {
    return new Niche(offset + delta, size, start, end);
  }

  /** The result of reserving values: the first reserved value and the niche left afterwards. */
  record Reserved(long first, Niche rest) {}

  /**
   * Reserves count free values next to the valid range, as rustc's {@code Niche::reserve}: it extends
   * whichever end of the range reaches zero soonest without passing it, so {@code None} often gets 0.
   */
  Reserved reserve(long count) {
    long max = mask();
    if (Long.compareUnsigned(count, available()) > 0) return null;
    long distanceEndZero = max - end;
    boolean moveStart;
    if (Long.compareUnsigned(start, end) > 0) {
      moveStart = false;
    } else if (Long.compareUnsigned(start, distanceEndZero) <= 0) {
      moveStart = Long.compareUnsigned(count, start) <= 0;
    } else {
      long e = (end + count) & max;
      moveStart = e != 0 && Long.compareUnsigned(e, end) <= 0;
    }
    if (moveStart) {
      long s = (start - count) & max;
      return new Reserved(s, new Niche(offset, size, s, end));
    }
    return new Reserved((end + 1) & max, new Niche(offset, size, start, (end + count) & max));
  }
}
