package rustle.interp.print;

/** Decimal digits of a 64-bit integer written straight into simulated memory (format!'s byte path). */
final class DecimalDigits {
  private DecimalDigits() {}

  /** The number of bytes of v in decimal, with its sign. */
  static int length(long v) {
    if (v == Long.MIN_VALUE) return 20;
    int sign = 0;
    if (v < 0) {
      sign = 1;
      v = -v;
    }
    int t = (64 - Long.numberOfLeadingZeros(v | 1)) * 1233 >>> 12;
    return sign + Math.max(1, t + (v >= FormatNode.POW10[t] ? 1 : 0));
  }

  /** Writes v in decimal at at; returns the address after the last digit. */
  static int write(rustle.memory.Memory mem, int at, long v) {
    if (v == Long.MIN_VALUE) {
      byte[] d = "-9223372036854775808".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
      mem.write(at, d);
      return at + d.length;
    }
    int end = at + length(v);
    if (v < 0) {
      mem.putByte(at, (byte) '-');
      v = -v;
    }
    int i = end;
    for (; v > Integer.MAX_VALUE; v /= 100) {
      int r = (int) (v % 100);
      mem.putByte(--i, (byte) ('0' + r % 10));
      mem.putByte(--i, (byte) ('0' + r / 10));
    }
    int x = (int) v;
    for (; x >= 100; x /= 100) {
      int r = x % 100;
      mem.putByte(--i, (byte) ('0' + r % 10));
      mem.putByte(--i, (byte) ('0' + r / 10));
    }
    if (x >= 10) {
      mem.putByte(--i, (byte) ('0' + x % 10));
      x /= 10;
    }
    mem.putByte(--i, (byte) ('0' + x));
    return end;
  }
}
