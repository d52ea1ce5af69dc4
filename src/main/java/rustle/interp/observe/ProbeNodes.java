package rustle.interp.observe;

import rustle.ast.Span;
import rustle.interp.rt.Machine;
import rustle.interp.rt.Node;

/**
 * The nodes inserted only when observing: a call that reports its frame to the {@link Observer} (in full,
 * or as a std call the observer may treat lightly), and stop points after a statement or at a point of a
 * block. Nothing else in the tree knows about them.
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

    @Override
    public long evalLong(Machine m, int fp) {
      int top = m.sp;
      obs.enter(map, top, span);
      try {
        return call.evalLong(m, fp);
      } finally {
        obs.leave(map, top);
      }
    }

    @Override
    public double evalDouble(Machine m, int fp) {
      int top = m.sp;
      obs.enter(map, top, span);
      try {
        return call.evalDouble(m, fp);
      } finally {
        obs.leave(map, top);
      }
    }

    @Override
    public void evalInto(Machine m, int fp, int dst) {
      int top = m.sp;
      obs.enter(map, top, span);
      try {
        call.evalInto(m, fp, dst);
      } finally {
        obs.leave(map, top);
      }
    }

    @Override
    public int exec(Machine m, int fp) {
      int top = m.sp;
      obs.enter(map, top, span);
      try {
        return call.exec(m, fp);
      } finally {
        obs.leave(map, top);
      }
    }
  }

  /** A call from the user's code into std that cannot reach a stop, reported by {@link Observer#enterStd}. */
  public static final class ObservedStdCall extends Node {
    final Node call;
    final FrameMap map;
    final Observer obs;
    final Span span;

    public ObservedStdCall(Node call, FrameMap map, Observer obs, Span span) {
      this.call = call;
      this.map = map;
      this.obs = obs;
      this.span = span;
    }

    @Override
    public long evalLong(Machine m, int fp) {
      int top = m.sp;
      obs.enterStd(map, top, span);
      try {
        return call.evalLong(m, fp);
      } finally {
        obs.leaveStd(map, top);
      }
    }

    @Override
    public double evalDouble(Machine m, int fp) {
      int top = m.sp;
      obs.enterStd(map, top, span);
      try {
        return call.evalDouble(m, fp);
      } finally {
        obs.leaveStd(map, top);
      }
    }

    @Override
    public void evalInto(Machine m, int fp, int dst) {
      int top = m.sp;
      obs.enterStd(map, top, span);
      try {
        call.evalInto(m, fp, dst);
      } finally {
        obs.leaveStd(map, top);
      }
    }

    @Override
    public int exec(Machine m, int fp) {
      int top = m.sp;
      obs.enterStd(map, top, span);
      try {
        return call.exec(m, fp);
      } finally {
        obs.leaveStd(map, top);
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
