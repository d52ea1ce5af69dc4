package rustle.interp.nodes;

import rustle.interp.rt.CallerSite;
import rustle.memory.Caller;
import rustle.ast.Span;
import rustle.interp.drop.Dropper;
import rustle.interp.drop.Unwind;
import rustle.interp.rt.FloatNode;
import rustle.interp.rt.FnCode;
import rustle.interp.rt.IntNode;
import rustle.interp.rt.Kind;
import rustle.interp.rt.Machine;
import rustle.interp.rt.MemNode;
import rustle.interp.rt.Node;
import rustle.interp.rt.RustPanic;

/**
 * Calls of compiled functions: push a frame below the caller's, evaluate the arguments straight into
 * the callee's parameter slots, run the body, pop the frame.
 */
public final class Calls {
  private Calls() {}

  /** Per argument, the argument itself when it is a 64-bit integer node (stored with one call), else null. */
  static IntNode[] wide(Node[] args) {
    IntNode[] w = new IntNode[args.length];
    for (int i = 0; i < args.length; i++) {
      if (args[i] instanceof IntNode n && n.kind.size == 8) w[i] = n;
    }
    return w;
  }

  private static void arg(Machine m, int fp, Node a, IntNode w, int dst) {
    // A constant argument (f(W, H)) is stored without calling its node: one compare instead of a virtual call.
    if (w instanceof Loads.ConstInt c) m.mem.putLong(dst, c.value);
    else if (w != null) m.mem.putLong(dst, w.evalLong(m, fp));
    else a.evalInto(m, fp, dst);
  }

  static void args(Machine m, int fp, int nfp, Node[] args, IntNode[] wide, FnCode code) {
    if (code.argDrops != null) {
      argsOwned(m, fp, nfp, args, wide, code);
      return;
    }
    int[] offs = code.paramOffs;
    for (int i = 0; i < args.length; i++) arg(m, fp, args[i], wide[i], nfp + offs[i]);
  }

  /** {@link #args} when some argument owns a value; apart so that the plain path stays small enough to inline. */
  private static void argsOwned(Machine m, int fp, int nfp, Node[] args, IntNode[] wide, FnCode code) {
    int[] offs = code.paramOffs;
    int i = 0;
    try {
      for (; i < args.length; i++) arg(m, fp, args[i], wide[i], nfp + offs[i]);
    } catch (RuntimeException e) {
      // A later argument panicked or jumped away: the ones already evaluated are dropped, last first.
      int built = i;
      throw Unwind.leave(m, e, () -> dropArgs(m, nfp, code, built));
    }
  }

  static void dropArgs(Machine m, int nfp, FnCode code, int n) {
    for (int k = n - 1; k >= 0; k--) {
      Dropper d = code.argDrops[k];
      if (d != null) d.drop(m, nfp + code.paramOffs[k]);
    }
  }

  /** A panic left an intrinsic, which had not taken its arguments yet: they are dropped while unwinding. */
  static RuntimeException intrinsicFailed(Machine m, RuntimeException e, int nfp, FnCode code) {
    if (code.argDrops == null || !(e instanceof RustPanic)) return e;
    return Unwind.leave(m, e, () -> dropArgs(m, nfp, code, code.argDrops.length));
  }

  /**
   * Makes call (a Calls node) one from the user's code into the prelude: while its body runs, the
   * machine's caller is site (its span is the location std reports for its panics, as track_caller
   * does; its mark, in an observed run, is the heap mark of the blocks the body allocates, the call the
   * heap table puts them down to).
   */
  public static void track(Node call, CallerSite site) {
    if (call instanceof Int c) {
      c.track = site;
    } else if (call instanceof Float c) {
      c.track = site;
    } else {
      ((Mem) call).track = site;
    }
  }

  public static final class Int extends IntNode {
    final FnCode code;
    final Node[] args;
    final IntNode[] wide;
    final Span span;
    /** Set for a call from user code into the prelude: the machine's caller while its body runs. */
    CallerSite track;

    public Int(FnCode code, Node[] args, Kind k, Span span) {
      super(k);
      this.code = code;
      this.args = args;
      this.wide = wide(args);
      this.span = span;
    }

    @Override
    public long evalLong(Machine m, int fp) {
      int sp0 = m.sp;
      int nfp = m.pushFrame(code.frameSize);
      args(m, fp, nfp, args, wide, code);
      return track == null ? call(m, nfp, sp0) : tracked(m, nfp, sp0);
    }

    /** The body run "in" this call: set once the arguments are evaluated (apart, to keep evalLong inlinable). */
    private long tracked(Machine m, int nfp, int sp0) {
      Caller saved = m.heap.enter(track);
      long v = call(m, nfp, sp0);
      m.heap.leave(track, saved);
      return v;
    }

    private long call(Machine m, int nfp, int sp0) {
      if (code.intrinsic != null) {
        long r;
        try {
          r = code.intrinsic.callLong(m, nfp, span);
        } catch (RuntimeException e) {
          throw intrinsicFailed(m, e, nfp, code);
        }
        m.sp = sp0;
        return r;
      }
      long r = code.callLong(m, nfp);
      m.sp = sp0;
      return r;
    }
  }

  public static final class Float extends FloatNode {
    final FnCode code;
    final Node[] args;
    final IntNode[] wide;
    final Span span;
    /** Set for a call from user code into the prelude: the machine's caller while its body runs. */
    CallerSite track;

    public Float(FnCode code, Node[] args, boolean f32, Span span) {
      super(f32);
      this.code = code;
      this.args = args;
      this.wide = wide(args);
      this.span = span;
    }

    @Override
    public double evalDouble(Machine m, int fp) {
      int sp0 = m.sp;
      int nfp = m.pushFrame(code.frameSize);
      args(m, fp, nfp, args, wide, code);
      return track == null ? call(m, nfp, sp0) : tracked(m, nfp, sp0);
    }

    private double tracked(Machine m, int nfp, int sp0) {
      Caller saved = m.heap.enter(track);
      double v = call(m, nfp, sp0);
      m.heap.leave(track, saved);
      return v;
    }

    private double call(Machine m, int nfp, int sp0) {
      double r;
      if (code.intrinsic != null) {
        try {
          r = code.intrinsic.callDouble(m, nfp, span);
        } catch (RuntimeException e) {
          throw intrinsicFailed(m, e, nfp, code);
        }
      } else {
        r = code.callDouble(m, nfp);
      }
      m.sp = sp0;
      return r;
    }
  }

  public static final class Mem extends MemNode {
    final FnCode code;
    final Node[] args;
    final IntNode[] wide;
    final Span span;
    /** Set for a call from user code into the prelude: the machine's caller while its body runs. */
    CallerSite track;

    public Mem(FnCode code, Node[] args, int size, Span span) {
      super(size);
      this.code = code;
      this.args = args;
      this.wide = wide(args);
      this.span = span;
    }

    @Override
    public void evalInto(Machine m, int fp, int dst) {
      int sp0 = m.sp;
      int nfp = m.pushFrame(code.frameSize);
      args(m, fp, nfp, args, wide, code);
      if (track == null) call(m, nfp, sp0, dst);
      else tracked(m, nfp, sp0, dst);
    }

    private void tracked(Machine m, int nfp, int sp0, int dst) {
      Caller saved = m.heap.enter(track);
      call(m, nfp, sp0, dst);
      m.heap.leave(track, saved);
    }

    private void call(Machine m, int nfp, int sp0, int dst) {
      if (code.intrinsic != null) {
        try {
          code.intrinsic.callInto(m, nfp, dst, span);
        } catch (RuntimeException e) {
          throw intrinsicFailed(m, e, nfp, code);
        }
      } else {
        code.callInto(m, nfp, dst);
      }
      m.sp = sp0;
    }

    @Override
    public int exec(Machine m, int fp) {
      if (size == 0) {
        evalInto(m, fp, 0);
        return NORMAL;
      }
      return super.exec(m, fp);
    }
  }
}
