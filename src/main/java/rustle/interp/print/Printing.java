package rustle.interp.print;

import rustle.interp.nodes.Equality;

import java.nio.charset.StandardCharsets;
import rustle.ast.Expr;
import rustle.ast.Span;
import rustle.interp.FnCompiler;
import rustle.interp.rt.IntNode;
import rustle.interp.rt.Machine;
import rustle.interp.rt.MemNode;
import rustle.interp.rt.Place;
import rustle.interp.rt.RustPanic;
import rustle.memory.HeapTypes;

/** Nodes for the printing, formatting, panicking and asserting macros. */
public final class Printing {
  private Printing() {}

  /** The source text of an expression, as {@code assert!} quotes it. */
  public static String source(FnCompiler f, Expr e) {
    String src = f.c.source;
    if (src == null || e.span().end() > src.length()) return "?";
    return src.substring(e.span().start(), e.span().end());
  }

  public static final class Print extends MemNode {
    final FormatNode fmt;
    final boolean newline;
    final boolean stderr;

    public Print(FormatNode fmt, boolean newline, boolean stderr) {
      super(0);
      this.fmt = fmt;
      this.newline = newline;
      this.stderr = stderr;
    }

    @Override
    public void evalInto(Machine m, int fp, int dst) {
      // Re-entrant: an argument (a call that prints, a Drop impl) may print while this one formats, so
      // each print owns the part of the shared line buffer from where it started.
      StringBuilder sb = m.line;
      int start = sb.length();
      if (fmt != null) fmt.run(m, fp, sb, null);
      if (newline) sb.append('\n');
      if (stderr) {
        m.out.flush();
        m.err.append(sb, start, sb.length());
        m.err.flush();
      } else {
        m.out.append(sb, start, sb.length());
      }
      sb.setLength(start);
    }
  }

  /** {@code format!}: the text goes into a new String whose capacity follows std's growth. */
  public static final class Format extends MemNode {
    final FormatNode fmt;
    final Span span;

    public Format(FormatNode fmt, Span span) {
      super(24);
      this.fmt = fmt;
      this.span = span;
    }

    @Override
    public void evalInto(Machine m, int fp, int dst) {
      boolean noArgs = fmt.args.length == 0;
      long cap0 = noArgs ? 0 : fmt.startsWithArg && fmt.literalLength < 16 ? 0 : 2L * fmt.literalLength;
      if (fmt.bytePath) {
        DirectFormat.into(fmt, m, fp, dst, cap0, noArgs, span);
        return;
      }
      FormatNode.IntList chunks = new FormatNode.IntList();
      StringBuilder sb = new StringBuilder();
      fmt.run(m, fp, sb, chunks);
      byte[] bytes = sb.toString().getBytes(StandardCharsets.UTF_8);
      int n = bytes.length;
      grownString(m, dst, bytes, n, noArgs ? null : chunks, noArgs ? n : cap0, span);
    }
  }

  /**
   * {@code to_string()} of a type with the program's own Display impl: std's blanket ToString starts
   * from an empty String, which grows as each piece the impl writes is pushed.
   */
  public static void toStringByPieces(ValueFmt vf, Machine m, int addr, int dst, Span span) {
    StringBuilder sb = new StringBuilder();
    ValueFmt.Ctx ctx = new ValueFmt.Ctx(sb, rustle.fmt.FormatSpec.DISPLAY, -1, -1);
    ctx.pieces = new FormatNode.IntList();
    vf.write(m, addr, ctx);
    byte[] bytes = sb.toString().getBytes(StandardCharsets.UTF_8);
    grownString(m, dst, bytes, bytes.length, ctx.pieces, 0, span);
  }

  /** A new String holding bytes[0..n) with the capacity std reaches pushing the pieces one by one from cap0. */
  static void grownString(Machine m, int dst, byte[] bytes, int n, rustle.interp.rt.FmtSink.Pieces pieces, long cap0,
      Span span) {
    long cap = cap0;
    if (pieces != null) {
      long len = 0;
      for (int i = 0; i < pieces.n; i++) {
        len += pieces.a[i];
        if (len > cap) cap = Math.max(Math.max(2 * cap, len), 8);
      }
    }
    m.heapTypes.initEmpty(dst);
    if (cap > 0) m.heapTypes.withCapacity(dst, cap, 1, 1, span);
    if (n > 0) {
      int ptr = (int) m.mem.getLong(dst + HeapTypes.PTR);
      m.mem.copyIn(bytes, 0, ptr, n);
      m.mem.putLong(dst + HeapTypes.LEN, n);
    }
  }

  public static final class Panic extends MemNode {
    final FormatNode fmt;
    final String fixed;
    final Span span;
    final boolean inStd;

    public Panic(FormatNode fmt, String fixed, Span span, boolean inStd) {
      super(0);
      this.fmt = fmt;
      this.fixed = fixed;
      this.span = span;
      this.inStd = inStd;
    }

    @Override
    public void evalInto(Machine m, int fp, int dst) {
      String msg = fixed;
      if (fmt != null) {
        StringBuilder sb = new StringBuilder();
        fmt.run(m, fp, sb, null);
        msg = fixed.equals("explicit panic") ? sb.toString() : fixed + ": " + sb;
      }
      throw new RustPanic(msg, inStd && m.callerSpan() != null ? m.callerSpan() : span);
    }

    @Override
    public long evalLong(Machine m, int fp) {
      evalInto(m, fp, 0);
      return 0;
    }

    @Override
    public double evalDouble(Machine m, int fp) {
      evalInto(m, fp, 0);
      return 0;
    }
  }

  public static final class Assert extends MemNode {
    final IntNode cond;
    final FormatNode msg;
    final String text;
    final Span span;
    final boolean inStd;

    /** inStd: an assert in the prelude's Rust, which panics at its caller's location (std's track_caller). */
    public Assert(IntNode cond, FormatNode msg, String text, Span span, boolean inStd) {
      super(0);
      this.cond = cond;
      this.msg = msg;
      this.text = text;
      this.span = span;
      this.inStd = inStd;
    }

    @Override
    public void evalInto(Machine m, int fp, int dst) {
      if (cond.evalLong(m, fp) != 0) return;
      Span at = inStd && m.callerSpan() != null ? m.callerSpan() : span;
      if (msg == null) throw new RustPanic(text, at);
      StringBuilder sb = new StringBuilder();
      msg.run(m, fp, sb, null);
      throw new RustPanic(sb.toString(), at);
    }
  }

  public static final class AssertEq extends MemNode {
    final boolean eq;
    final Equality.Eq test;
    final Place left;
    final Place right;
    final ValueFmt lf;
    final ValueFmt rf;
    final FormatNode msg;
    final Span span;

    public AssertEq(boolean eq, Equality.Eq test, Place left, Place right, ValueFmt lf, ValueFmt rf, FormatNode msg, Span span) {
      super(0);
      this.eq = eq;
      this.test = test;
      this.left = left;
      this.right = right;
      this.lf = lf;
      this.rf = rf;
      this.msg = msg;
      this.span = span;
    }

    @Override
    public void evalInto(Machine m, int fp, int dst) {
      int la = left.addr(m, fp);
      int ra = right.addr(m, fp);
      boolean same = test.eq(m, la, ra);
      if (same == eq) return;
      StringBuilder sb = new StringBuilder("assertion `left ").append(eq ? "==" : "!=").append(" right` failed");
      if (msg != null) {
        sb.append(": ");
        msg.run(m, fp, sb, null);
      }
      sb.append("\n  left: ");
      lf.write(m, la, new ValueFmt.Ctx(sb, rustle.fmt.FormatSpec.DEBUG, -1, -1));
      sb.append("\n right: ");
      rf.write(m, ra, new ValueFmt.Ctx(sb, rustle.fmt.FormatSpec.DEBUG, -1, -1));
      throw new RustPanic(sb.toString(), span);
    }
  }
}
