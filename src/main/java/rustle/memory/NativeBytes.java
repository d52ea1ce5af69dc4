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

  /**
   * memmove of 1 to 32 bytes: every load happens before any store, so overlapping ranges are safe. The
   * words at both ends of the range overlap in the middle (as small memcpys do), which covers every
   * length with at most four loads and no loop; Unsafe.copyMemory's stub costs more than the copy at
   * these sizes (the lengths of most strings). Byte order does not matter: bytes go back where they
   * came from.
   */
  static void moveSmall(long from, long to, int len) {
    // Split by size so that each piece stays small enough for the JIT to inline where it is hot.
    if (len >= 16) {
      move16To32(from, to, len);
    } else if (len >= 8) {
      long a = U.getLong(from);
      long b = U.getLong(from + len - 8);
      U.putLong(to, a);
      U.putLong(to + len - 8, b);
    } else {
      moveUnder8(from, to, len);
    }
  }

  private static void move16To32(long from, long to, int len) {
    long a = U.getLong(from);
    long b = U.getLong(from + 8);
    long c = U.getLong(from + len - 16);
    long d = U.getLong(from + len - 8);
    U.putLong(to, a);
    U.putLong(to + 8, b);
    U.putLong(to + len - 16, c);
    U.putLong(to + len - 8, d);
  }

  private static void moveUnder8(long from, long to, int len) {
    if (len >= 4) {
      int a = U.getInt(from);
      int b = U.getInt(from + len - 4);
      U.putInt(to, a);
      U.putInt(to + len - 4, b);
    } else {
      moveUnder4(from, to, len);
    }
  }

  private static void moveUnder4(long from, long to, int len) {
    byte a = U.getByte(from);
    byte b = U.getByte(from + (len >> 1));
    byte c = U.getByte(from + len - 1);
    U.putByte(to, a);
    U.putByte(to + (len >> 1), b);
    U.putByte(to + len - 1, c);
  }

  /** {@link #moveSmall} from a Java array (src plus the byte offset from) into native memory. */
  static void inSmall(Object src, long from, long to, int len) {
    // Split by size as moveSmall is, for the JIT's inlining limit.
    if (len >= 16) {
      in16To32(src, from, to, len);
    } else if (len >= 8) {
      U.putLong(to, U.getLong(src, from));
      U.putLong(to + len - 8, U.getLong(src, from + len - 8));
    } else {
      inUnder8(src, from, to, len);
    }
  }

  private static void in16To32(Object src, long from, long to, int len) {
    U.putLong(to, U.getLong(src, from));
    U.putLong(to + 8, U.getLong(src, from + 8));
    U.putLong(to + len - 16, U.getLong(src, from + len - 16));
    U.putLong(to + len - 8, U.getLong(src, from + len - 8));
  }

  private static void inUnder8(Object src, long from, long to, int len) {
    if (len >= 4) {
      U.putInt(to, U.getInt(src, from));
      U.putInt(to + len - 4, U.getInt(src, from + len - 4));
    } else {
      inUnder4(src, from, to, len);
    }
  }

  private static void inUnder4(Object src, long from, long to, int len) {
    U.putByte(to, U.getByte(src, from));
    U.putByte(to + (len >> 1), U.getByte(src, from + (len >> 1)));
    U.putByte(to + len - 1, U.getByte(src, from + len - 1));
  }

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
