package rustle.interp.print;

import rustle.ast.Span;
import rustle.interp.rt.Machine;
import rustle.memory.HeapTypes;
import rustle.memory.Memory;

/**
 * {@code format!} whose placeholders are all a plain {@code {}} of a str, String or integer: measures each
 * piece, allocates the String with the capacity std's pushes of those pieces reach, then writes the bytes
 * straight into its buffer, with no Java string or byte buffer between. The arguments are read twice
 * (lengths, then bytes); nothing runs between the two reads but the allocation, which writes no program
 * memory.
 */
final class DirectFormat {
  private DirectFormat() {}

  private static final long[] POW10 = new long[19];
  /** 10^19, past Long.MAX_VALUE: compared unsigned. */
  private static final long POW10_19 = Long.parseUnsignedLong("10000000000000000000");

  static {
    POW10[0] = 1;
    for (int k = 1; k < POW10.length; k++) POW10[k] = POW10[k - 1] * 10;
  }

  /**
   * Writes the new String's header at dst. cap0 is std's estimated capacity (the String it starts from);
   * noArgs means the format string has no placeholder, so std copies the literal into an exact-capacity
   * String instead.
   */
  static void into(FormatNode f, Machine m, int fp, int dst, long cap0, boolean noArgs, Span span) {
    // Up to two arguments (the common case) live in locals: no array per call.
    int nargs = f.args.length;
    int a0 = nargs > 0 ? f.args[0].addr(m, fp) : 0;
    int a1 = nargs > 1 ? f.args[1].addr(m, fp) : 0;
    int[] rest = null;
    if (nargs > 2) {
      rest = new int[nargs];
      rest[0] = a0;
      rest[1] = a1;
      for (int i = 2; i < nargs; i++) rest[i] = f.args[i].addr(m, fp);
    }
    Memory mem = m.mem;
    String[] texts = f.texts;
    // Pass 1: the length after each push, and the capacity std's String reaches on the way.
    long cap = cap0;
    long len = 0;
    for (int i = 0; i < texts.length; i++) {
      if (texts[i] != null) {
        len += f.literalBytes[i].length;
      } else {
        int k = f.argOf[i];
        int a = k == 0 ? a0 : k == 1 && rest == null ? a1 : rest[k];
        ValueFmt vf = f.fmts[i];
        if (vf == Fmts.STRING) {
          len += mem.getLong(a + HeapTypes.LEN);
        } else if (vf == Fmts.STR_FAT) {
          len += mem.getLong(a + 8);
        } else {
          Fmts.IntValueFmt iv = (Fmts.IntValueFmt) vf;
          long v = iv.kind.load(mem, a);
          if (iv.signed && v < 0) {
            // std's pad_integral pushes the sign, then the digits: the sign is a piece of its own.
            len++;
            if (len > cap) cap = Math.max(Math.max(2 * cap, len), 8);
            v = -v; // Long.MIN_VALUE stays, and reads as 2^63 unsigned
          }
          len += digits(v);
        }
      }
      if (len > cap) cap = Math.max(Math.max(2 * cap, len), 8);
    }
    if (noArgs) cap = len;
    m.heapTypes.withCapacity(dst, cap, 1, 1, span);
    if (len == 0) return;
    // Pass 2: the bytes.
    int at = (int) mem.getLong(dst + HeapTypes.PTR);
    for (int i = 0; i < texts.length; i++) {
      if (texts[i] != null) {
        byte[] b = f.literalBytes[i];
        mem.copyIn(b, 0, at, b.length);
        at += b.length;
      } else {
        int k = f.argOf[i];
        int a = k == 0 ? a0 : k == 1 && rest == null ? a1 : rest[k];
        ValueFmt vf = f.fmts[i];
        if (vf == Fmts.STRING) {
          int n = (int) mem.getLong(a + HeapTypes.LEN);
          mem.copy((int) mem.getLong(a + HeapTypes.PTR), at, n);
          at += n;
        } else if (vf == Fmts.STR_FAT) {
          int n = (int) mem.getLong(a + 8);
          mem.copy((int) mem.getLong(a), at, n);
          at += n;
        } else {
          Fmts.IntValueFmt iv = (Fmts.IntValueFmt) vf;
          long v = iv.kind.load(mem, a);
          if (iv.signed && v < 0) {
            mem.putByte(at++, (byte) '-');
            v = -v;
          }
          at = putDigits(mem, at, v);
        }
      }
    }
    mem.putLong(dst + HeapTypes.LEN, len);
  }

  /** How many decimal digits v has, read as unsigned. */
  static int digits(long v) {
    if (v < 0) return Long.compareUnsigned(v, POW10_19) >= 0 ? 20 : 19;
    // From the bit length (log10(2) ~ 1233 / 4096), corrected by one comparison.
    int t = (64 - Long.numberOfLeadingZeros(v | 1)) * 1233 >>> 12;
    return Math.max(1, t + (v >= POW10[t] ? 1 : 0));
  }

  /** Writes the decimal digits of v (unsigned) at at and returns the address just past them. */
  static int putDigits(Memory mem, int at, long v) {
    int end = at + digits(v);
    int i = end;
    if (v < 0) {
      long q = Long.divideUnsigned(v, 10);
      mem.putByte(--i, (byte) ('0' + (int) (v - q * 10)));
      v = q;
    }
    for (; v > Integer.MAX_VALUE; v /= 100) {
      int r = (int) (v % 100);
      mem.putByte(--i, (byte) ('0' + r % 10));
      mem.putByte(--i, (byte) ('0' + r / 10));
    }
    // Most numbers fit an int, whose division is cheaper than a long's.
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
