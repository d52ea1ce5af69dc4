package rustle.interp.print;

import rustle.ast.Span;
import rustle.interp.rt.IntNode;
import rustle.interp.rt.Machine;
import rustle.interp.rt.MemNode;
import rustle.memory.HeapTypes;

/**
 * {@code write!} and {@code writeln!}: into a {@code &mut Formatter} (the text goes to the Formatter's
 * sink, as {@code Formatter::write_fmt} does) or into a String through {@code fmt::Write} (each piece
 * pushed as {@code push_str} would, so the String grows as in std). The value is {@code fmt::Result}
 * (one byte, 0 for {@code Ok(())}).
 */
public final class WriteNodes {
  private WriteNodes() {}

  /** The text write! writes, as UTF-8, with the byte length of each piece std writes apart in chunks. */
  static byte[] text(Machine m, int fp, FormatNode fmt, boolean newline, FormatNode.IntList chunks) {
    StringBuilder sb = new StringBuilder();
    if (fmt != null) fmt.run(m, fp, sb, chunks);
    if (newline) {
      sb.append('\n');
      chunks.add(1);
    }
    return sb.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }

  /** Into Stdout, StdoutLock or Stderr: printed as print!/eprint! print; the value is io's Ok(()). */
  public static final class ToStream extends MemNode {
    final Printing.Print print;
    final rustle.interp.nodes.EnumAccess result;

    public ToStream(Printing.Print print, rustle.interp.nodes.EnumAccess result, int size) {
      super(size);
      this.print = print;
      this.result = result;
    }

    @Override
    public void evalInto(Machine m, int fp, int dst) {
      print.evalInto(m, fp, dst);
      result.setVariant(m.mem, dst, 0);
    }
  }

  /**
   * Into a {@code BufWriter} over the standard output or error, piece by piece as std's write_all:
   * what buf holds is printed first when the piece would overflow its capacity; a piece as large as the
   * capacity is printed straight through, any other appended to buf. The value is io's Ok(()).
   */
  public static final class ToBufWriter extends MemNode {
    final IntNode writer;
    final int bufOffset;
    final boolean stderr;
    final FormatNode fmt;
    final boolean newline;
    final rustle.interp.nodes.EnumAccess result;

    public ToBufWriter(IntNode writer, int bufOffset, boolean stderr, FormatNode fmt, boolean newline,
        rustle.interp.nodes.EnumAccess result, int size) {
      super(size);
      this.writer = writer;
      this.bufOffset = bufOffset;
      this.stderr = stderr;
      this.fmt = fmt;
      this.newline = newline;
      this.result = result;
    }

    @Override
    public void evalInto(Machine m, int fp, int dst) {
      FormatNode.IntList chunks = new FormatNode.IntList();
      byte[] bytes = text(m, fp, fmt, newline, chunks);
      int v = (int) writer.evalLong(m, fp) + bufOffset;
      int from = 0;
      for (int i = 0; i < chunks.n; i++) {
        int n = chunks.a[i];
        if (n == 0) continue;
        long cap = m.mem.getLong(v + HeapTypes.CAP);
        if (m.mem.getLong(v + HeapTypes.LEN) + n > cap) IoStreams.flushBuf(m, v, stderr);
        if (n >= cap) {
          IoStreams.print(m, java.util.Arrays.copyOfRange(bytes, from, from + n), stderr);
        } else {
          long len = m.mem.getLong(v + HeapTypes.LEN);
          m.mem.copyIn(bytes, from, (int) (HeapTypes.ptr(m.mem, v) + len), n);
          m.mem.putLong(v + HeapTypes.LEN, len + n);
        }
        from += n;
      }
      result.setVariant(m.mem, dst, 0);
    }
  }

  public static final class ToFormatter extends MemNode {
    final IntNode formatter;
    final FormatNode fmt;
    final boolean newline;

    public ToFormatter(IntNode formatter, FormatNode fmt, boolean newline) {
      super(1);
      this.formatter = formatter;
      this.fmt = fmt;
      this.newline = newline;
    }

    @Override
    public void evalInto(Machine m, int fp, int dst) {
      rustle.interp.rt.FmtSink sink = FormatterMem.sink(m, (int) formatter.evalLong(m, fp));
      if (fmt != null) fmt.run(m, fp, sink.sb, sink.pieces);
      if (newline) {
        sink.sb.append('\n');
        if (sink.pieces != null) sink.pieces.add(1);
      }
      m.mem.putByte(dst, (byte) 0);
    }
  }

  public static final class ToString extends MemNode {
    final IntNode string;
    final FormatNode fmt;
    final boolean newline;
    final Span span;

    public ToString(IntNode string, FormatNode fmt, boolean newline, Span span) {
      super(1);
      this.string = string;
      this.fmt = fmt;
      this.newline = newline;
      this.span = span;
    }

    @Override
    public void evalInto(Machine m, int fp, int dst) {
      FormatNode.IntList chunks = new FormatNode.IntList();
      byte[] bytes = text(m, fp, fmt, newline, chunks);
      int s = (int) string.evalLong(m, fp);
      int from = 0;
      for (int i = 0; i < chunks.n; i++) {
        int n = chunks.a[i];
        if (n == 0) continue;
        m.heapTypes.reserve(s, n, 1, 1, span);
        int ptr = (int) m.mem.getLong(s + HeapTypes.PTR);
        long len = m.mem.getLong(s + HeapTypes.LEN);
        m.mem.copyIn(bytes, from, (int) (ptr + len), n);
        m.mem.putLong(s + HeapTypes.LEN, len + n);
        from += n;
      }
      m.mem.putByte(dst, (byte) 0);
    }
  }
}
