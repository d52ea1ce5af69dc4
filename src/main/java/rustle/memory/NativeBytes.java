package rustle.memory;

import java.nio.ByteOrder;
import sun.misc.Unsafe;

/**
 * Loops over raw native ranges for {@link Memory}'s bulk methods; it is given addresses only after
 * Memory has checked their ranges, and nothing else may call it.
 */
final class NativeBytes {
  private static final Unsafe U = Reservation.U;
  private static final boolean LITTLE = ByteOrder.nativeOrder() == ByteOrder.LITTLE_ENDIAN;

  private NativeBytes() {}

  /** memcmp of the len bytes at pa and pb, bytes unsigned, a word at a time. */
  static int compare(long pa, long pb, int len) {
    int i = 0;
    for (; i + 8 <= len; i += 8) {
      long x = U.getLong(pa + i);
      long y = U.getLong(pb + i);
      if (x != y) {
        if (LITTLE) {
          // The lowest-addressed differing byte decides: on a little-endian host, the lowest-order one.
          int shift = Long.numberOfTrailingZeros(x ^ y) & ~7;
          return Integer.compare((int) (x >>> shift) & 0xff, (int) (y >>> shift) & 0xff);
        }
        return Long.compareUnsigned(x, y);
      }
    }
    for (; i < len; i++) {
      int c = Integer.compare(U.getByte(pa + i) & 0xff, U.getByte(pb + i) & 0xff);
      if (c != 0) return c;
    }
    return 0;
  }
}
