package rustle.interp.std;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * SipHash-1-3 (one compression round per word, three finalization rounds), the function std's
 * DefaultHasher computes, over a stream given as bytes in place or as one integer, without copying it.
 */
final class Sip13 {
  private Sip13() {}

  private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  /** The hash of buf[off..off+len), followed by one 0xff byte when ff is set (a str's stream). */
  static long bytes(long k0, long k1, byte[] buf, int off, int len, boolean ff) {
    long v0 = k0 ^ 0x736f6d6570736575L;
    long v1 = k1 ^ 0x646f72616e646f6dL;
    long v2 = k0 ^ 0x6c7967656e657261L;
    long v3 = k1 ^ 0x7465646279746573L;
    int total = ff ? len + 1 : len;
    int words = total >>> 3;
    for (int w = 0; w <= words; w++) {
      int p = w << 3;
      long mi;
      if (w < words && p + 8 <= len) {
        mi = (long) LONG.get(buf, off + p);
      } else {
        // The last word (or the one holding the trailing 0xff): the rest of the stream, and for the
        // final word the total length in its top byte.
        mi = w == words ? ((long) total & 0xff) << 56 : 0;
        int end = Math.min(p + 8, total);
        for (int q = p; q < end; q++) mi |= (q < len ? buf[off + q] & 0xffL : 0xffL) << ((q - p) << 3);
      }
      v3 ^= mi;
      v0 += v1;
      v1 = Long.rotateLeft(v1, 13) ^ v0;
      v0 = Long.rotateLeft(v0, 32);
      v2 += v3;
      v3 = Long.rotateLeft(v3, 16) ^ v2;
      v0 += v3;
      v3 = Long.rotateLeft(v3, 21) ^ v0;
      v2 += v1;
      v1 = Long.rotateLeft(v1, 17) ^ v2;
      v2 = Long.rotateLeft(v2, 32);
      v0 ^= mi;
    }
    return finish(v0, v1, v2, v3);
  }

  /** The hash of the simulated memory's [off, off+len), followed by one 0xff byte when ff is set. */
  static long bytes(long k0, long k1, rustle.memory.Memory mem, int off, int len, boolean ff) {
    // The same loop as over an array; the words come from the memory's checked accessors.
    long v0 = k0 ^ 0x736f6d6570736575L;
    long v1 = k1 ^ 0x646f72616e646f6dL;
    long v2 = k0 ^ 0x6c7967656e657261L;
    long v3 = k1 ^ 0x7465646279746573L;
    int total = ff ? len + 1 : len;
    int words = total >>> 3;
    for (int w = 0; w <= words; w++) {
      int p = w << 3;
      long mi;
      if (w < words && p + 8 <= len) {
        mi = mem.getLong(off + p);
      } else {
        mi = w == words ? ((long) total & 0xff) << 56 : 0;
        int end = Math.min(p + 8, total);
        for (int q = p; q < end; q++) mi |= (q < len ? mem.getByte(off + q) & 0xffL : 0xffL) << ((q - p) << 3);
      }
      v3 ^= mi;
      v0 += v1;
      v1 = Long.rotateLeft(v1, 13) ^ v0;
      v0 = Long.rotateLeft(v0, 32);
      v2 += v3;
      v3 = Long.rotateLeft(v3, 16) ^ v2;
      v0 += v3;
      v3 = Long.rotateLeft(v3, 21) ^ v0;
      v2 += v1;
      v1 = Long.rotateLeft(v1, 17) ^ v2;
      v2 = Long.rotateLeft(v2, 32);
      v0 ^= mi;
    }
    return finish(v0, v1, v2, v3);
  }

  /** The hash of one integer written as n little-endian bytes (n at most 8, v already cut to n bytes). */
  static long integer(long k0, long k1, long v, int n) {
    long v0 = k0 ^ 0x736f6d6570736575L;
    long v1 = k1 ^ 0x646f72616e646f6dL;
    long v2 = k0 ^ 0x6c7967656e657261L;
    long v3 = k1 ^ 0x7465646279746573L;
    long last = (long) n << 56;
    for (int w = n == 8 ? 0 : 1; w < 2; w++) {
      long mi = w == 0 ? v : n == 8 ? last : last | v;
      v3 ^= mi;
      v0 += v1;
      v1 = Long.rotateLeft(v1, 13) ^ v0;
      v0 = Long.rotateLeft(v0, 32);
      v2 += v3;
      v3 = Long.rotateLeft(v3, 16) ^ v2;
      v0 += v3;
      v3 = Long.rotateLeft(v3, 21) ^ v0;
      v2 += v1;
      v1 = Long.rotateLeft(v1, 17) ^ v2;
      v2 = Long.rotateLeft(v2, 32);
      v0 ^= mi;
    }
    return finish(v0, v1, v2, v3);
  }

  private static long finish(long v0, long v1, long v2, long v3) {
    v2 ^= 0xff;
    for (int r = 0; r < 3; r++) {
      v0 += v1;
      v1 = Long.rotateLeft(v1, 13) ^ v0;
      v0 = Long.rotateLeft(v0, 32);
      v2 += v3;
      v3 = Long.rotateLeft(v3, 16) ^ v2;
      v0 += v3;
      v3 = Long.rotateLeft(v3, 21) ^ v0;
      v2 += v1;
      v1 = Long.rotateLeft(v1, 17) ^ v2;
      v2 = Long.rotateLeft(v2, 32);
    }
    return v0 ^ v1 ^ v2 ^ v3;
  }
}
