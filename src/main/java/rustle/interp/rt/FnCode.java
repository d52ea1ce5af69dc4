package rustle.interp.rt;

import rustle.interp.drop.DropSlot;
import rustle.interp.drop.Unwind;
import rustle.interp.nodes.Block;
import rustle.interp.observe.FrameMap;
import rustle.interp.std.Intrinsics;
import rustle.types.FnSig;
import rustle.types.Ty;

/**
 * One compiled function instance (a generic function is compiled once per set of type arguments):
 * its body, its frame size, where its parameters live, and which parameters it must drop on exit.
 */
public final class FnCode {
  public final FnSig.Def def;
  public final java.util.List<Ty> typeArgs;
  public final String name;
  public Block body;
  public int frameSize;
  public int[] paramOffs;
  /** Prologue: destructuring of parameters with patterns, run before the body. */
  public Node[] prologue = new Node[0];
  public DropSlot[] paramDrops = new DropSlot[0];
  /**
   * Per argument, in parameter order, its drop glue or null; null altogether when no argument owns
   * anything. A call uses it while the callee has not taken its arguments yet: when evaluating a later
   * argument fails, and when an intrinsic panics (intrinsics panic before they take their arguments).
   */
  public rustle.interp.drop.Dropper[] argDrops;
  public int retSlot;
  /** Set when the body may carry a return through a value context (a JumpSignal to catch). */
  boolean catchesJumps = true;
  /** For a closure's code: the closure checked by the type checker and its type; null for functions. */
  public rustle.check.ClosureInfo closure;
  public Ty.Closure closureTy;
  /** A natively implemented function (prelude intrinsic), used instead of body when set. */
  public Intrinsics.Impl intrinsic;
  /** The frame's description for an observer; null unless observing. */
  public FrameMap map;
  /** The frame's named locals, for reports of a --unchecked run; null otherwise. */
  public DeadFrames.Layout frameLayout;

  public FnCode(FnSig.Def def, java.util.List<Ty> typeArgs, String name) {
    this.def = def;
    this.typeArgs = typeArgs;
    this.name = name;
  }

  /**
   * The frame's drop flags and moved flags, except the parameters' own flags (which entry sets): all
   * cleared when the frame is entered, so that no scope needs to clear its flags when it is entered
   * (every way out of a scope leaves its flags cleared; docs/evaluator.md, "Drop flags").
   */
  public int[] entryClears = new int[0];

  /** Clears the frame's flags (see {@link #entryClears}); the first step of every entry to the code. */
  public void clearFlags(Machine m, int fp) {
    for (int f : entryClears) m.mem.putByte(fp + f, (byte) 0);
  }

  private void enter(Machine m, int fp) {
    clearFlags(m, fp);
    for (DropSlot d : paramDrops) m.mem.putByte(fp + d.flagOff, (byte) 1);
    for (Node p : prologue) p.exec(m, fp);
  }

  private void leave(Machine m, int fp) {
    if (paramDrops.length != 0) {
      try {
        DropSlot.dropAll(paramDrops, m, fp);
      } catch (RuntimeException e) {
        throw Unwind.leave(m, e, paramDrops, fp);
      }
    }
  }

  /** A panic left the body (whose blocks dropped their locals): the parameters go too. */
  private RuntimeException unwind(Machine m, RuntimeException e, int fp) {
    return paramDrops.length == 0 ? e : Unwind.leave(m, e, paramDrops, fp);
  }

  // A return from inside the tail expression arrives as a JumpSignal after the return value was stored
  // (retLong / retDouble / the return place): the body's locals are dropped, then the parameters.

  public long callLong(Machine m, int fp) {
    long r;
    try {
      enter(m, fp);
      int st = body.runStmts(m, fp);
      if (st == Node.RETURN) {
        r = m.retLong;
      } else {
        try {
          r = body.tail.evalLong(m, fp);
        } catch (RuntimeException e) {
          if (!(e instanceof JumpSignal)) throw body.leaveTail(m, e, fp);
          r = m.retLong;
        }
        body.finish(m, fp);
      }
    } catch (RuntimeException e) {
      throw unwind(m, e, fp);
    }
    leave(m, fp);
    return r;
  }

  public double callDouble(Machine m, int fp) {
    double r;
    try {
      enter(m, fp);
      int st = body.runStmts(m, fp);
      if (st == Node.RETURN) {
        r = m.retDouble;
      } else {
        try {
          r = body.tail.evalDouble(m, fp);
        } catch (RuntimeException e) {
          if (!(e instanceof JumpSignal)) throw body.leaveTail(m, e, fp);
          r = m.retDouble;
        }
        body.finish(m, fp);
      }
    } catch (RuntimeException e) {
      throw unwind(m, e, fp);
    }
    leave(m, fp);
    return r;
  }

  public void callInto(Machine m, int fp, int dst) {
    if (retSlot != 0) m.mem.putInt(fp + retSlot, dst);
    try {
      enter(m, fp);
      int st = body.runStmts(m, fp);
      if (st != Node.RETURN) {
        if (body.unitTail != null) {
          // A unit tail's status can only be RETURN (break and continue stay inside the function).
          try {
            body.unitTail.exec(m, fp);
          } catch (RuntimeException e) {
            if (!(e instanceof JumpSignal)) throw body.leaveTail(m, e, fp);
          }
        } else if (body.tail != null) {
          try {
            body.tail.evalInto(m, fp, dst);
          } catch (RuntimeException e) {
            // On a return, the value was written to the return place by the return expression.
            if (!(e instanceof JumpSignal)) throw body.leaveTail(m, e, fp);
          }
        }
        body.finish(m, fp);
      }
    } catch (RuntimeException e) {
      throw unwind(m, e, fp);
    }
    leave(m, fp);
  }
}
