package rustle.interp.std;

import rustle.interp.rt.CallerSite;
import rustle.memory.Caller;
import rustle.ast.Span;
import rustle.interp.Coercions;
import rustle.interp.ExprCompiler;
import rustle.interp.rt.IntNode;
import rustle.interp.rt.Kind;
import rustle.interp.rt.Machine;
import rustle.interp.rt.MemNode;
import rustle.interp.rt.Node;
import rustle.interp.nodes.Loads;
import rustle.memory.HeapTypes;

/**
 * {@code String::new}, {@code String::push_str} and {@code String::len} compiled in place, like {@link DirectCalls}: the
 * same reads and writes of simulated memory in the same order as StringIntrinsics (receiver, then the
 * str, then the growth and the copy), without the frame, the argument slots and the dispatch.
 */
final class DirectStrCalls {
  private DirectStrCalls() {}

  static IntNode ptr(Node arg) {
    return arg instanceof IntNode n ? n : ExprCompiler.asInt(arg, null);
  }

  /**
   * {@code s.push_str(t)}: t a literal or a {@code &String} coerced to {@code &str} reads its pointer and
   * length where they are (the literal's constants, the String's header) rather than from a fat pointer
   * built in a stack temporary.
   */
  static Node pushStr(Node[] args, Span span, Span panicAt) {
    IntNode string = ptr(args[0]);
    if (args[1] instanceof Loads.StrLit lit) return new PushLit(string, lit.ptr(), (int) lit.len(), span, panicAt);
    IntNode header = Coercions.headerOf(args[1]);
    if (header != null) return new PushString(string, header, span, panicAt);
    return new PushStr(string, args[1], span, panicAt);
  }

  /** {@code String::new()}: the empty header, no allocation. */
  static final class StrNew extends MemNode {
    StrNew() {
      super(24);
    }

    @Override
    public void evalInto(Machine m, int fp, int dst) {
      m.heapTypes.initEmpty(dst);
    }
  }

  /** {@code s.push_str("literal")}. */
  static final class PushLit extends MemNode {
    final IntNode string;
    final int ptr;
    final int len;
    final Span site;
    /** The caller std's panics report while the call runs (the framed call's track_caller), or null. */
    final CallerSite panicAt;

    PushLit(IntNode string, int ptr, int len, Span site, Span panicAt) {
      super(0);
      this.string = string;
      this.ptr = ptr;
      this.len = len;
      this.site = site;
      this.panicAt = panicAt == null ? null : new CallerSite(panicAt, 0);
    }

    @Override
    public void evalInto(Machine m, int fp, int dst) {
      int v = (int) string.evalLong(m, fp);
      // A capacity overflow reports the caller's location, as the framed call's track_caller does.
      Caller saved = m.heap.caller;
      if (panicAt != null) m.heap.caller = panicAt;
      m.heapTypes.pushBytes(v, ptr, len, site);
      m.heap.caller = saved;
    }
  }

  /** {@code s.push_str(&t)} of a String t: t's pointer and length straight from its header. */
  static final class PushString extends MemNode {
    final IntNode string;
    final IntNode header;
    final Span site;
    /** The caller std's panics report while the call runs (the framed call's track_caller), or null. */
    final CallerSite panicAt;

    PushString(IntNode string, IntNode header, Span site, Span panicAt) {
      super(0);
      this.string = string;
      this.header = header;
      this.site = site;
      this.panicAt = panicAt == null ? null : new CallerSite(panicAt, 0);
    }

    @Override
    public void evalInto(Machine m, int fp, int dst) {
      int v = (int) string.evalLong(m, fp);
      int h = (int) header.evalLong(m, fp);
      int p = (int) m.mem.getLong(h + HeapTypes.PTR);
      int n = (int) m.mem.getLong(h + HeapTypes.LEN);
      Caller saved = m.heap.caller;
      if (panicAt != null) m.heap.caller = panicAt;
      m.heapTypes.pushBytes(v, p, n, site);
      m.heap.caller = saved;
    }
  }

  /** {@code s.push_str(t)} of any other {@code &str}. */
  static final class PushStr extends MemNode {
    final IntNode string;
    final Node str;
    final Span site;
    /** The caller std's panics report while the call runs (the framed call's track_caller), or null. */
    final CallerSite panicAt;

    PushStr(IntNode string, Node str, Span site, Span panicAt) {
      super(0);
      this.string = string;
      this.str = str;
      this.site = site;
      this.panicAt = panicAt == null ? null : new CallerSite(panicAt, 0);
    }

    @Override
    public void evalInto(Machine m, int fp, int dst) {
      // A capacity overflow reports the caller's location, as the framed call's track_caller does.
      Caller saved = m.heap.caller;
      if (panicAt != null) m.heap.caller = panicAt;
      int v = (int) string.evalLong(m, fp);
      int sp0 = m.sp;
      m.pushFrame(16);
      int t = m.sp;
      str.evalInto(m, fp, t);
      int p = (int) m.mem.getLong(t);
      int n = (int) m.mem.getLong(t + 8);
      m.sp = sp0;
      m.heapTypes.pushBytes(v, p, n, site);
      m.heap.caller = saved;
    }
  }

  /** {@code s.len()} of a String: its length field. */
  static final class StrLen extends IntNode {
    final IntNode string;

    StrLen(IntNode string) {
      super(Kind.U64);
      this.string = string;
    }

    @Override
    public long evalLong(Machine m, int fp) {
      return m.mem.getLong((int) string.evalLong(m, fp) + HeapTypes.LEN);
    }
  }
}
