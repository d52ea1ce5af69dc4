package rustle.interp.nodes;

import rustle.interp.rt.IntNode;
import rustle.interp.rt.JumpSignal;
import rustle.interp.rt.Kind;
import rustle.interp.rt.Machine;
import rustle.interp.rt.Node;

/** Loops in statement form: {@code loop}, {@code while}, and counted {@code for} over integer ranges. */
public final class Loops {
  private Loops() {}

  public static final class Loop extends Node {
    final Node body;
    /** The body's statements when its block drops nothing at a normal exit (run here), else null. */
    final Node[] stmts;
    /** What an exception leaving such a body drops (its locals, flag-tested), or null. */
    final rustle.interp.drop.DropSlot[] guard;
    final int id;
    final int dstSlot;

    public Loop(Node body, int id, int dstSlot) {
      this.body = Control.stmt(body);
      this.stmts = Block.guardedStmts(this.body);
      this.guard = stmts == null ? null : Block.guard(this.body);
      this.id = id;
      this.dstSlot = dstSlot;
    }

    @Override
    public int exec(Machine m, int fp) {
      return guard == null ? loop(m, fp) : guarded(m, fp);
    }

    /** The loop inside one handler that drops the body's locals when an exception leaves it. */
    private int guarded(Machine m, int fp) {
      try {
        return loop(m, fp);
      } catch (RuntimeException e) {
        throw rustle.interp.drop.Unwind.leave(m, e, guard, fp);
      }
    }

    private int loop(Machine m, int fp) {
      while (true) {
        int st = stmts != null ? Block.runAll(stmts, m, fp) : body.exec(m, fp);
        if (st != NORMAL) {
          st = Control.settle(m, st, id);
          if (st >= 0) return st;
        }
      }
    }

    private void run(Machine m, int fp) {
      int st = exec(m, fp);
      if (st != NORMAL) {
        m.pendingStatus = st;
        throw JumpSignal.INSTANCE;
      }
    }

    @Override
    public long evalLong(Machine m, int fp) {
      run(m, fp);
      return m.breakLong;
    }

    @Override
    public double evalDouble(Machine m, int fp) {
      run(m, fp);
      return m.breakDouble;
    }

    @Override
    public void evalInto(Machine m, int fp, int dst) {
      if (dstSlot != 0) m.mem.putInt(fp + dstSlot, dst);
      run(m, fp);
    }
  }

  public static final class While extends Node {
    final IntNode cond;
    final Node body;
    /** The body's statements when its block drops nothing at a normal exit (run here), else null. */
    final Node[] stmts;
    /** What an exception leaving such a body drops (its locals, flag-tested), or null. */
    final rustle.interp.drop.DropSlot[] guard;
    final int id;

    public While(IntNode cond, Node body, int id) {
      this.cond = cond;
      this.body = Control.stmt(body);
      this.stmts = Block.guardedStmts(this.body);
      this.guard = stmts == null ? null : Block.guard(this.body);
      this.id = id;
    }

    @Override
    public int exec(Machine m, int fp) {
      return guard == null ? loop(m, fp) : guarded(m, fp);
    }

    /** The loop inside one handler that drops the body's locals when an exception leaves it. */
    private int guarded(Machine m, int fp) {
      try {
        return loop(m, fp);
      } catch (RuntimeException e) {
        throw rustle.interp.drop.Unwind.leave(m, e, guard, fp);
      }
    }

    private int loop(Machine m, int fp) {
      while (cond.evalLong(m, fp) != 0) {
        int st = stmts != null ? Block.runAll(stmts, m, fp) : body.exec(m, fp);
        if (st != NORMAL) {
          st = Control.settle(m, st, id);
          if (st >= 0) return st;
        }
      }
      return NORMAL;
    }

    @Override
    public void evalInto(Machine m, int fp, int dst) {
      int st = exec(m, fp);
      if (st != NORMAL) {
        m.pendingStatus = st;
        throw JumpSignal.INSTANCE;
      }
    }
  }

  /** The {@code while} node for cond: fused with the comparison when cond is an integer comparison. */
  public static Node whileNode(IntNode cond, Node body, int id) {
    CmpCond c = CmpCond.of(cond);
    return c != null ? new WhileCmp(c, body, id) : new While(cond, body, id);
  }

  /** {@code while a < b} on integers: the comparison is tested here (one virtual call fewer per round). */
  static final class WhileCmp extends Node {
    final CmpCond cond;
    final Node body;
    /** The body's statements when its block drops nothing at a normal exit (run here), else null. */
    final Node[] stmts;
    /** What an exception leaving such a body drops (its locals, flag-tested), or null. */
    final rustle.interp.drop.DropSlot[] guard;
    final int id;

    WhileCmp(CmpCond cond, Node body, int id) {
      this.cond = cond;
      this.body = Control.stmt(body);
      this.stmts = Block.guardedStmts(this.body);
      this.guard = stmts == null ? null : Block.guard(this.body);
      this.id = id;
    }

    @Override
    public int exec(Machine m, int fp) {
      return guard == null ? loop(m, fp) : guarded(m, fp);
    }

    /** The loop inside one handler that drops the body's locals when an exception leaves it. */
    private int guarded(Machine m, int fp) {
      try {
        return loop(m, fp);
      } catch (RuntimeException e) {
        throw rustle.interp.drop.Unwind.leave(m, e, guard, fp);
      }
    }

    private int loop(Machine m, int fp) {
      while (cond.test(m, fp)) {
        int st = stmts != null ? Block.runAll(stmts, m, fp) : body.exec(m, fp);
        if (st != NORMAL) {
          st = Control.settle(m, st, id);
          if (st >= 0) return st;
        }
      }
      return NORMAL;
    }

    @Override
    public void evalInto(Machine m, int fp, int dst) {
      int st = exec(m, fp);
      if (st != NORMAL) {
        m.pendingStatus = st;
        throw JumpSignal.INSTANCE;
      }
    }
  }

  /** {@code for i in lo..hi} (or {@code ..=}) over integers, writing each value into the binding's slot. */
  public static final class ForRange extends Node {
    final IntNode lo;
    final IntNode hi;
    final boolean inclusive;
    final Kind kind;
    final int slot;
    final Node body;
    /** The body's statements when its block drops nothing at a normal exit (run here), else null. */
    final Node[] stmts;
    /** What an exception leaving such a body drops (its locals, flag-tested), or null. */
    final rustle.interp.drop.DropSlot[] guard;
    final int id;

    public ForRange(IntNode lo, IntNode hi, boolean inclusive, Kind kind, int slot, Node body, int id) {
      this.lo = lo;
      this.hi = hi;
      this.inclusive = inclusive;
      this.kind = kind;
      this.slot = slot;
      this.body = Control.stmt(body);
      this.stmts = Block.guardedStmts(this.body);
      this.guard = stmts == null ? null : Block.guard(this.body);
      this.id = id;
    }

    @Override
    public int exec(Machine m, int fp) {
      return guard == null ? loop(m, fp) : guarded(m, fp);
    }

    /** The loop inside one handler that drops the body's locals when an exception leaves it. */
    private int guarded(Machine m, int fp) {
      try {
        return loop(m, fp);
      } catch (RuntimeException e) {
        throw rustle.interp.drop.Unwind.leave(m, e, guard, fp);
      }
    }

    private int loop(Machine m, int fp) {
      long i = lo.evalLong(m, fp);
      long end = hi.evalLong(m, fp);
      boolean u64 = kind == Kind.U64;
      int a = fp + slot;
      while (u64 ? (inclusive ? Long.compareUnsigned(i, end) <= 0 : Long.compareUnsigned(i, end) < 0)
          : (inclusive ? i <= end : i < end)) {
        kind.store(m.mem, a, i);
        int st = stmts != null ? Block.runAll(stmts, m, fp) : body.exec(m, fp);
        if (st != NORMAL) {
          st = Control.settle(m, st, id);
          if (st >= 0) return st;
        }
        if (inclusive && i == end) break;
        i++;
      }
      return NORMAL;
    }

    @Override
    public void evalInto(Machine m, int fp, int dst) {
      int st = exec(m, fp);
      if (st != NORMAL) {
        m.pendingStatus = st;
        throw JumpSignal.INSTANCE;
      }
    }
  }
}
