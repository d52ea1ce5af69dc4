package rustle.interp.nodes;

import rustle.ast.Span;
import rustle.interp.rt.Machine;
import rustle.interp.rt.Node;
import rustle.interp.rt.Place;
import rustle.interp.rt.UndefinedBehavior;

/**
 * The nodes {@code rustle run --unchecked} compiles in (and an ordinary run never does): accesses through
 * references checked by {@link UndefinedBehavior#check}, and markers that keep the allocation table told
 * where the program is, so that a free can be traced back to its statement or closing brace.
 */
public final class UbChecks {
  private UbChecks() {}

  /** A place reached through a pointer: its size bytes must lie inside one live allocation. */
  public static final class Checked extends Place {
    final Place inner;
    final int size;
    final Span span;

    public Checked(Place inner, int size, Span span) {
      this.inner = inner;
      this.size = size;
      this.span = span;
    }

    @Override
    public int addr(Machine m, int fp) {
      return UndefinedBehavior.check(m, inner.addr(m, fp), size, span);
    }
  }

  /** A statement that first records its span as where the program is. */
  public static final class At extends Node {
    final Node stmt;
    final Span span;

    public At(Node stmt, Span span) {
      this.stmt = stmt;
      this.span = span;
    }

    @Override
    public int exec(Machine m, int fp) {
      m.heap.table().here = span;
      return stmt == null ? NORMAL : stmt.exec(m, fp);
    }
  }

  /**
   * A block's tail that records the block's closing brace once it has its value: the locals dropped next
   * are freed "at the `}`", as Miri reports it.
   */
  public static final class ThenAt extends Node {
    final Node tail;
    final Span span;

    public ThenAt(Node tail, Span span) {
      this.tail = tail;
      this.span = span;
    }

    @Override
    public long evalLong(Machine m, int fp) {
      long v = tail.evalLong(m, fp);
      m.heap.table().here = span;
      return v;
    }

    @Override
    public double evalDouble(Machine m, int fp) {
      double v = tail.evalDouble(m, fp);
      m.heap.table().here = span;
      return v;
    }

    @Override
    public void evalInto(Machine m, int fp, int dst) {
      tail.evalInto(m, fp, dst);
      m.heap.table().here = span;
    }

    @Override
    public int exec(Machine m, int fp) {
      int st = tail.exec(m, fp);
      m.heap.table().here = span;
      return st;
    }
  }

  /** A call whose frame, once popped, is remembered (DeadFrames) to explain dangling pointers into it. */
  public static final class Popped extends Node {
    final Node call;
    final rustle.interp.rt.FnCode code;

    public Popped(Node call, rustle.interp.rt.FnCode code) {
      this.call = call;
      this.code = code;
    }

    @Override
    public long evalLong(Machine m, int fp) {
      int top = m.sp;
      long v = call.evalLong(m, fp);
      m.deadFrames.popped(code.frameLayout, top);
      return v;
    }

    @Override
    public double evalDouble(Machine m, int fp) {
      int top = m.sp;
      double v = call.evalDouble(m, fp);
      m.deadFrames.popped(code.frameLayout, top);
      return v;
    }

    @Override
    public void evalInto(Machine m, int fp, int dst) {
      int top = m.sp;
      call.evalInto(m, fp, dst);
      m.deadFrames.popped(code.frameLayout, top);
    }

    @Override
    public int exec(Machine m, int fp) {
      int top = m.sp;
      int st = call.exec(m, fp);
      m.deadFrames.popped(code.frameLayout, top);
      return st;
    }
  }

  /**
   * A block whose let-bound locals die at its end: a reference to one of them used after the block
   * (E0597 on a stack value) reads a dead local, although its slot stays in the running frame.
   */
  public static final class Scope extends Node {
    final Node block;
    final rustle.interp.rt.DeadFrames.Layout locals;

    public Scope(Node block, rustle.interp.rt.DeadFrames.Layout locals) {
      this.block = block;
      this.locals = locals;
    }

    @Override
    public long evalLong(Machine m, int fp) {
      m.deadFrames.revive(locals, fp);
      long v = block.evalLong(m, fp);
      m.deadFrames.bury(locals, fp);
      return v;
    }

    @Override
    public double evalDouble(Machine m, int fp) {
      m.deadFrames.revive(locals, fp);
      double v = block.evalDouble(m, fp);
      m.deadFrames.bury(locals, fp);
      return v;
    }

    @Override
    public void evalInto(Machine m, int fp, int dst) {
      m.deadFrames.revive(locals, fp);
      block.evalInto(m, fp, dst);
      m.deadFrames.bury(locals, fp);
    }

    @Override
    public int exec(Machine m, int fp) {
      m.deadFrames.revive(locals, fp);
      int st = block.exec(m, fp);
      m.deadFrames.bury(locals, fp);
      return st;
    }
  }

  /** The span of a block's closing brace. */
  public static Span closingBrace(Span block) {
    return new Span(block.end() - 1, block.end(), block.endLine(), block.endCol() - 1, block.endLine(),
        block.endCol());
  }
}
