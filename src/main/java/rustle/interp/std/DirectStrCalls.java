package rustle.interp.std;

import rustle.ast.Span;
import rustle.interp.ExprCompiler;
import rustle.interp.rt.IntNode;
import rustle.interp.rt.Kind;
import rustle.interp.rt.Machine;
import rustle.interp.rt.MemNode;
import rustle.interp.rt.Node;
import rustle.memory.HeapTypes;

/**
 * {@code String::push_str} and {@code String::len} compiled in place, like {@link DirectCalls}: the
 * same reads and writes of simulated memory in the same order as StringIntrinsics (receiver, then the
 * str, then the growth and the copy), without the frame, the argument slots and the dispatch.
 */
final class DirectStrCalls {
  private DirectStrCalls() {}

  static IntNode ptr(Node arg) {
    return arg instanceof IntNode n ? n : ExprCompiler.asInt(arg, null);
  }

  /** {@code s.push_str(t)}. */
  static final class PushStr extends MemNode {
    final IntNode string;
    final Node str;
    final Span site;
    final Span panicAt;

    PushStr(IntNode string, Node str, Span site, Span panicAt) {
      super(0);
      this.string = string;
      this.str = str;
      this.site = site;
      this.panicAt = panicAt;
    }

    @Override
    public void evalInto(Machine m, int fp, int dst) {
      // A capacity overflow reports the caller's location, as the framed call's track_caller does.
      Span saved = m.callerSpan;
      if (panicAt != null) m.callerSpan = panicAt;
      int v = (int) string.evalLong(m, fp);
      int sp0 = m.sp;
      m.pushFrame(16);
      int t = m.sp;
      str.evalInto(m, fp, t);
      int p = (int) m.mem.getLong(t);
      int n = (int) m.mem.getLong(t + 8);
      m.sp = sp0;
      m.heapTypes.pushBytes(v, p, n, site);
      m.callerSpan = saved;
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
