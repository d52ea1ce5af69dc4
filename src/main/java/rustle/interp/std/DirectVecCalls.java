package rustle.interp.std;

import rustle.interp.rt.CallerSite;
import rustle.memory.Caller;
import rustle.ast.Span;
import rustle.interp.ExprCompiler;
import rustle.interp.FnCompiler;
import rustle.interp.rt.FnCode;
import rustle.interp.rt.IntNode;
import rustle.interp.rt.Kind;
import rustle.interp.rt.Machine;
import rustle.interp.rt.MemNode;
import rustle.interp.rt.Node;
import rustle.types.Infer;
import rustle.types.Layout;

/**
 * {@code Vec::push} compiled to one node where it is called, like {@link DirectCalls}: the same reads
 * and writes of simulated memory in the same order as the intrinsic in VecIntrinsics (receiver, then
 * the value, then the growth check, then the element's bytes), without the frame and argument slots.
 */
final class DirectVecCalls {
  private DirectVecCalls() {}

  /** The direct node of a call to the prelude's {@code Vec::push} (DirectCalls.of picks it by path). */
  static Node push(FnCompiler f, FnCode code, Node[] args, Span span, Span panicAt) {
    Layout el = f.layout(Infer.shallow(code.typeArgs.get(0)));
    IntNode vec = args[0] instanceof IntNode n ? n : ExprCompiler.asInt(args[0], null);
    return new Push(vec, args[1], el.size, Math.max(1, el.align), span, panicAt);
  }

  /** {@code v.push(x)}. */
  static final class Push extends MemNode {
    final IntNode vec;
    final Node x;
    /** x when it is an integer of the element's size: pushed without a stack temporary. */
    final IntNode scalar;
    final Kind kind;
    final int size;
    final int align;
    final Span site;
    /** The caller std's panics report while the call runs (the framed call's track_caller), or null. */
    final CallerSite panicAt;

    Push(IntNode vec, Node x, int size, int align, Span site, Span panicAt) {
      super(0);
      this.vec = vec;
      this.x = x;
      this.scalar = x instanceof IntNode n && n.kind.size == size ? n : null;
      this.kind = scalar == null ? null : scalar.kind;
      this.size = size;
      this.align = align;
      this.site = site;
      this.panicAt = panicAt == null ? null : new CallerSite(panicAt, 0);
    }

    @Override
    public void evalInto(Machine m, int fp, int dst) {
      int v = (int) vec.evalLong(m, fp);
      if (scalar != null) {
        long value = scalar.evalLong(m, fp);
        int slot = slot(m, v);
        kind.store(m.mem, slot, value);
        return;
      }
      int sp0 = m.sp;
      m.pushFrame(size);
      int t = m.sp;
      x.evalInto(m, fp, t);
      int slot = slot(m, v);
      if (size > 0) m.mem.copy(t, slot, size);
      m.sp = sp0;
    }

    /**
     * The slot for the new element, growing the buffer if needed. As the framed call's track_caller
     * does, the caller's location is the machine's caller span while push itself runs (after its
     * arguments), so a capacity overflow reports it; restored after, as every setter of it does.
     */
    private int slot(Machine m, int v) {
      if (panicAt == null) return m.heapTypes.pushSlot(v, size, align, site);
      Caller saved = m.heap.caller;
      m.heap.caller = panicAt;
      int slot = m.heapTypes.pushSlot(v, size, align, site);
      m.heap.caller = saved;
      return slot;
    }
  }
}
