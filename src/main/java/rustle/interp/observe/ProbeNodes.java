package rustle.interp.observe;

import rustle.ast.Span;
import rustle.interp.rt.Machine;
import rustle.interp.rt.Node;

/**
 * The nodes inserted only when observing: a call that reports its frame to the {@link Observer}, and stop
 * points after a statement or at a point of a block. Nothing else in the tree knows about them.
 */
public final class ProbeNodes {
  private ProbeNodes() {}

  /** A call wrapped so that the observer sees its frame pushed (top = the caller's sp) and popped. */
  public static final class ObservedCall extends Node {
    final Node call;
    final FrameMap map;
    final Observer obs;
    final Span span;

    public ObservedCall(Node call, FrameMap map, Observer obs, Span span) {
      this.call = call;
      this.map = map;
      this.obs = obs;
      this.span = span;
    }

    private int enter(Machine m) {
      int top = m.sp;
      obs.enter(map, top, span);
      return top;
    }

    private void leave(int top) {
      obs.leave(map, top);
    }

    @Override
    public long evalLong(Machine m, int fp) {
      int top = enter(m);
      try {
        return call.evalLong(m, fp);
      } finally {
        leave(top);
      }
    }

    @Override
    public double evalDouble(Machine m, int fp) {
      int top = enter(m);
      try {
        return call.evalDouble(m, fp);
      } finally {
        leave(top);
      }
    }

    @Override
    public void evalInto(Machine m, int fp, int dst) {
      int top = enter(m);
      try {
        call.evalInto(m, fp, dst);
      } finally {
        leave(top);
      }
    }

    @Override
    public int exec(Machine m, int fp) {
      int top = enter(m);
      try {
        return call.exec(m, fp);
      } finally {
        leave(top);
      }
    }
  }

  /** Runs a statement, then stops if it completed normally. */
  public static final class StopAfter extends Node {
    final Node stmt;
    final StopPoint point;
    final Observer obs;

    public StopAfter(Node stmt, StopPoint point, Observer obs) {
      this.stmt = stmt;
      this.point = point;
      this.obs = obs;
    }

    @Override
    public int exec(Machine m, int fp) {
      int st = stmt == null ? NORMAL : stmt.exec(m, fp);
      if (st == NORMAL) obs.stop(point, fp);
      return st;
    }
  }
}
