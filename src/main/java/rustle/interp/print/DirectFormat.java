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
    byte[] ops = f.ops;
    byte[][] literals = f.literalBytes;
    int[] argOf = f.argOf;
    // Pass 1: the length after each push, and the capacity std's String reaches on the way.
    long cap = cap0;
    long len = 0;
    for (int i = 0; i < ops.length; i++) {
      int op = ops[i];
      if (op == LITERAL) {
        len += literals[i].length;
      } else {
        int k = argOf[i];
        int a = k == 0 ? a0 : k == 1 ? a1 : rest[k]; // rest, when made, holds a0 and a1 too
        if (op == STRING) {
          len += mem.getLong(a + HeapTypes.LEN);
        } else if (op == STR_FAT) {
          len += mem.getLong(a + 8);
        } else {
          long v = load(mem, a, op);
          if (op >= I8 && v < 0) {
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
    for (int i = 0; i < ops.length; i++) {
      int op = ops[i];
      if (op == LITERAL) {
        byte[] b = literals[i];
        if (b.length == 1) {
          mem.putByte(at, b[0]);
        } else {
          mem.copyIn(b, 0, at, b.length);
        }
        at += b.length;
      } else {
        int k = argOf[i];
        int a = k == 0 ? a0 : k == 1 ? a1 : rest[k]; // rest, when made, holds a0 and a1 too
        if (op == STRING) {
          int n = (int) mem.getLong(a + HeapTypes.LEN);
          mem.copy((int) mem.getLong(a + HeapTypes.PTR), at, n);
          at += n;
        } else if (op == STR_FAT) {
          int n = (int) mem.getLong(a + 8);
          mem.copy((int) mem.getLong(a), at, n);
          at += n;
        } else {
          long v = load(mem, a, op);
          if (op >= I8 && v < 0) {
            mem.putByte(at++, (byte) '-');
            v = -v;
          }
          at = putDigits(mem, at, v);
        }
      }
    }
    mem.putLong(dst + HeapTypes.LEN, len);
  }

  /** The pieces' ops: a literal, a String, a &str, or an integer of a width, unsigned or signed. */
  static final byte LITERAL = 0;
  static final byte STRING = 1;
  static final byte STR_FAT = 2;
  static final byte U8 = 3;
  static final byte U16 = 4;
  static final byte U32 = 5;
  static final byte U64 = 6;
  static final byte I8 = 7;
  static final byte I16 = 8;
  static final byte I32 = 9;
  static final byte I64 = 10;

  /** The ops of a byte-path format string (see {@link FormatNode#ops}). */
  static byte[] plan(String[] texts, ValueFmt[] fmts) {
    byte[] ops = new byte[texts.length];
    for (int i = 0; i < texts.length; i++) {
      if (texts[i] != null) {
        ops[i] = LITERAL;
      } else if (fmts[i] == Fmts.STRING) {
        ops[i] = STRING;
      } else if (fmts[i] == Fmts.STR_FAT) {
        ops[i] = STR_FAT;
      } else {
        Fmts.IntValueFmt iv = (Fmts.IntValueFmt) fmts[i];
        int width = Integer.numberOfTrailingZeros(iv.kind.size); // 0..3
        ops[i] = (byte) ((iv.signed ? I8 : U8) + width);
      }
    }
    return ops;
  }

  /** The integer an op reads at a, sign- or zero-extended as the op says. */
  private static long load(Memory mem, int a, int op) {
    switch (op) {
      case U8: return mem.getByte(a) & 0xFFL;
      case U16: return mem.getShort(a) & 0xFFFFL;
      case U32: return mem.getInt(a) & 0xFFFF_FFFFL;
      case I8: return mem.getByte(a);
      case I16: return mem.getShort(a);
      case I32: return mem.getInt(a);
      default: return mem.getLong(a);
    }
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
    if (v >= 0 && v <= Integer.MAX_VALUE) {
      // Most numbers fit an int, whose division is cheaper than a long's.
      int end = at + digits(v);
      putIntBefore(mem, end, (int) v);
      return end;
    }
    return putLongDigits(mem, at, v);
  }

  private static int putLongDigits(Memory mem, int at, long v) {
    int end = at + digits(v);
    int i = end;
    if (v < 0) {
      long q = Long.divideUnsigned(v, 10);
      mem.putByte(--i, (byte) ('0' + (int) (v - q * 10)));
      v = q;
    }
    for (; v > Integer.MAX_VALUE; v /= 100) {
      i -= 2;
      mem.putShort(i, PAIRS[(int) (v % 100)]);
    }
    putIntBefore(mem, i, (int) v);
    return end;
  }

  /** Writes the decimal digits of x (at least 0) so that they end just below end. */
  private static void putIntBefore(Memory mem, int end, int x) {
    int i = end;
    for (; x >= 100; x /= 100) {
      i -= 2;
      mem.putShort(i, PAIRS[x % 100]);
    }
    if (x >= 10) {
      mem.putShort(i - 2, PAIRS[x]);
    } else {
      mem.putByte(i - 1, (byte) ('0' + x));
    }
  }

  /** The two ASCII digits of 0..99 as the little-endian short that stores them in order. */
  private static final short[] PAIRS = new short[100];

  static {
    for (int k = 0; k < 100; k++) PAIRS[k] = (short) (('0' + k / 10) | ('0' + k % 10) << 8);
  }
}
