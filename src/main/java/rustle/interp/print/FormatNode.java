package rustle.interp.print;

import rustle.fmt.FormatSpec;
import rustle.interp.rt.Machine;
import rustle.interp.rt.Place;
import rustle.memory.HeapTypes;

/**
 * Runs one format string: evaluates the arguments to addresses (places or temporaries, never moving
 * them), then appends the literal pieces and each formatted argument.
 */
public final class FormatNode {
  final String[] texts;
  final int[] argOf;
  final FormatSpec[] specs;
  final ValueFmt[] fmts;
  final int[] widths;
  final boolean[] widthIsArg;
  final int[] precs;
  final boolean[] precIsArg;
  final Place[] args;
  final int literalLength;
  final boolean startsWithArg;
  /** UTF-8 of each literal piece, and whether every placeholder is a plain {} of a str, String or integer. */
  final byte[][] literalBytes;
  final boolean bytePath;

  public FormatNode(String[] texts, int[] argOf, FormatSpec[] specs, ValueFmt[] fmts, int[] widths, boolean[] widthIsArg,
      int[] precs, boolean[] precIsArg, Place[] args) {
    this.texts = texts;
    this.argOf = argOf;
    this.specs = specs;
    this.fmts = fmts;
    this.widths = widths;
    this.widthIsArg = widthIsArg;
    this.precs = precs;
    this.precIsArg = precIsArg;
    this.args = args;
    int len = 0;
    for (String t : texts) if (t != null) len += t.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
    this.literalLength = len;
    this.startsWithArg = texts.length == 0 || texts[0] == null;
    literalBytes = new byte[texts.length][];
    boolean fast = true;
    for (int i = 0; i < texts.length; i++) {
      if (texts[i] != null) {
        literalBytes[i] = texts[i].getBytes(java.nio.charset.StandardCharsets.UTF_8);
      } else if (!specs[i].isPlain() || widths[i] >= 0 || precs[i] >= 0
          || !(fmts[i] == Fmts.STR_FAT || fmts[i] == Fmts.STRING || fmts[i] instanceof Fmts.IntValueFmt)) {
        fast = false;
      }
    }
    this.bytePath = fast;
  }

  /**
   * The byte-level path for the common case (plain {} of strings and integers): copies string bytes
   * straight from the simulated memory into m's scratch buffer and returns the length written. The
   * buffer's {@code cap} ends as the capacity std's String reaches from cap pushing the pieces one by one.
   */
  int runBytes(Machine m, int fp, long cap) {
    // Up to two arguments (the common case) live in locals: no array per call.
    int n = args.length;
    int a0 = n > 0 ? args[0].addr(m, fp) : 0;
    int a1 = n > 1 ? args[1].addr(m, fp) : 0;
    int[] rest = null;
    if (n > 2) {
      rest = new int[n];
      rest[0] = a0;
      rest[1] = a1;
      for (int i = 2; i < n; i++) rest[i] = args[i].addr(m, fp);
    }
    ByteBuf out = m.bytes;
    out.len = 0;
    for (int i = 0; i < texts.length; i++) {
      if (texts[i] != null) {
        out.append(literalBytes[i], 0, literalBytes[i].length);
      } else {
        int k = argOf[i];
        int a = k == 0 ? a0 : k == 1 && rest == null ? a1 : rest[k];
        ValueFmt vf = fmts[i];
        if (vf == Fmts.STRING) {
          out.append(m.mem, (int) m.mem.getLong(a + HeapTypes.PTR), (int) m.mem.getLong(a + HeapTypes.LEN));
        } else if (vf == Fmts.STR_FAT) {
          out.append(m.mem, (int) m.mem.getLong(a), (int) m.mem.getLong(a + 8));
        } else {
          Fmts.IntValueFmt iv = (Fmts.IntValueFmt) vf;
          long v = iv.kind.load(m.mem, a);
          if (!iv.signed && iv.bits == 64 && v < 0) {
            out.appendAscii(Long.toUnsignedString(v));
          } else {
            if (v < 0) {
              // std's pad_integral pushes the sign, then the digits: the sign is a piece of its own.
              out.ensure(1);
              out.a[out.len++] = '-';
              if (out.len > cap) cap = Math.max(Math.max(2 * cap, out.len), 8);
            }
            if (v == Long.MIN_VALUE) out.appendAscii("9223372036854775808");
            else out.appendLong(Math.abs(v));
          }
        }
      }
      if (out.len > cap) cap = Math.max(Math.max(2 * cap, out.len), 8);
    }
    out.cap = cap;
    return out.len;
  }

  /** A reusable growable byte buffer. */
  public static final class ByteBuf {
    byte[] a = new byte[256];
    int len;
    /** The String capacity {@link #runBytes} computed. */
    long cap;

    void ensure(int n) {
      if (len + n > a.length) a = java.util.Arrays.copyOf(a, Math.max(a.length * 2, len + n));
    }

    void append(byte[] src, int from, int n) {
      ensure(n);
      System.arraycopy(src, from, a, len, n);
      len += n;
    }

    /** Appends the n bytes at addr in the simulated memory. */
    void append(rustle.memory.Memory mem, int addr, int n) {
      ensure(n);
      mem.copyOut(addr, a, len, n);
      len += n;
    }

    void appendAscii(String s) {
      ensure(s.length());
      for (int i = 0; i < s.length(); i++) a[len++] = (byte) s.charAt(i);
    }

    void appendLong(long v) {
      if (v == Long.MIN_VALUE) {
        appendAscii("-9223372036854775808");
        return;
      }
      ensure(20);
      if (v < 0) {
        a[len++] = '-';
        v = -v;
      }
      // The digit count from the bit length (log10(2) ~ 1233 / 4096), then two digits per division.
      int t = (64 - Long.numberOfLeadingZeros(v | 1)) * 1233 >>> 12;
      int end = len + Math.max(1, t + (v >= POW10[t] ? 1 : 0));
      int i = end;
      for (; v > Integer.MAX_VALUE; v /= 100) {
        int r = (int) (v % 100);
        a[--i] = (byte) ('0' + r % 10);
        a[--i] = (byte) ('0' + r / 10);
      }
      // Most numbers fit an int, whose division is cheaper than a long's.
      int x = (int) v;
      for (; x >= 100; x /= 100) {
        int r = x % 100;
        a[--i] = (byte) ('0' + r % 10);
        a[--i] = (byte) ('0' + r / 10);
      }
      if (x >= 10) {
        a[--i] = (byte) ('0' + x % 10);
        x /= 10;
      }
      a[--i] = (byte) ('0' + x);
      len = end;
    }
  }

  private static final long[] POW10 = new long[19];

  static {
    POW10[0] = 1;
    for (int k = 1; k < POW10.length; k++) POW10[k] = POW10[k - 1] * 10;
  }

  /**
   * Appends the formatted text; when chunks is non-null, records the UTF-8 length of each piece
   * written (std's formatter writes literal pieces and arguments as separate pushes).
   */
  void run(Machine m, int fp, StringBuilder sb, rustle.interp.rt.FmtSink.Pieces chunks) {
    int[] addrs = new int[args.length];
    for (int i = 0; i < args.length; i++) addrs[i] = args[i].addr(m, fp);
    for (int i = 0; i < texts.length; i++) {
      int before = sb.length();
      if (texts[i] != null) {
        sb.append(texts[i]);
      } else {
        int w = widths[i] < 0 ? -1 : widthIsArg[i] ? (int) m.mem.getLong(addrs[widths[i]]) : widths[i];
        int p = precs[i] < 0 ? -1 : precIsArg[i] ? (int) m.mem.getLong(addrs[precs[i]]) : precs[i];
        ValueFmt.Ctx ctx = new ValueFmt.Ctx(sb, specs[i], w, p);
        if (chunks != null && fmts[i].unwrapped() instanceof UserFmt) {
          // A user impl's writes are pieces of their own.
          ctx.pieces = chunks;
          fmts[i].write(m, addrs[argOf[i]], ctx);
          continue;
        }
        fmts[i].write(m, addrs[argOf[i]], ctx);
      }
      if (chunks != null) chunks.add(utf8Length(sb, before));
    }
  }

  static int utf8Length(StringBuilder sb, int from) {
    int n = 0;
    for (int i = from; i < sb.length(); i++) {
      char ch = sb.charAt(i);
      if (ch < 0x80) n++;
      else if (ch < 0x800) n += 2;
      else if (Character.isHighSurrogate(ch)) {
        n += 4;
        i++;
      } else n += 3;
    }
    return n;
  }

  /** The lengths of the pieces written (see {@link rustle.interp.rt.FmtSink}). */
  static final class IntList extends rustle.interp.rt.FmtSink.Pieces {}
}
