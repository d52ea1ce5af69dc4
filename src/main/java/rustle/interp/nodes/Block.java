package rustle.interp.nodes;

import rustle.interp.drop.DropSlot;
import rustle.interp.drop.Unwind;
import rustle.interp.rt.JumpSignal;
import rustle.interp.rt.Machine;
import rustle.interp.rt.Node;

/**
 * A block: statements run in order with status codes; an optional tail gives its value; at exit the
 * block's owning locals are dropped in reverse declaration order (flags say which still own a value).
 * Every way out passes through the drops: fall-through and statuses drop in {@link #runStmts} or
 * {@link #finish}; exceptions (a jump out of a value, a panic) through {@link Unwind#leave}. A local
 * that holds nothing at any normal exit (drop elaboration, docs/evaluator.md) is only in the latter.
 */
public final class Block extends Node {
  final Node[] stmts;
  public final Node tail;
  /**
   * The tail, when its value is zero-sized (unit, `!`), as a statement: run with exec, whose status
   * replaces the JumpSignal that evalInto would throw for a `return` inside it; null otherwise.
   */
  public final Node unitTail;
  /** What the normal exits (fall-through, statuses) drop, flag-tested. */
  final DropSlot[] drops;
  /** What an exception leaving the block drops, flag-tested: every owning local (a superset of drops). */
  final DropSlot[] unwind;

  public Block(Node[] stmts, Node tail, DropSlot[] drops) {
    this(stmts, tail, drops, drops);
  }

  public Block(Node[] stmts, Node tail, DropSlot[] drops, DropSlot[] unwind) {
    this.stmts = new Node[stmts.length];
    for (int i = 0; i < stmts.length; i++) this.stmts[i] = Control.stmt(stmts[i]);
    this.tail = tail;
    this.unitTail = tail instanceof rustle.interp.rt.MemNode mn && mn.size == 0 ? Control.stmt(tail) : null;
    this.drops = drops;
    this.unwind = unwind;
  }

  /**
   * The statements of body when it is a block without a tail whose normal exits drop nothing, though an
   * exception must drop its locals (guard): a loop runs them itself inside one handler; null otherwise.
   */
  static Node[] guardedStmts(Node body) {
    return body instanceof Block b && b.drops.length == 0 && b.tail == null ? b.stmts : null;
  }

  /** The locals an exception leaving body drops, when {@link #guardedStmts} is not null. */
  static DropSlot[] guard(Node body) {
    return body instanceof Block b && b.unwind.length != 0 ? b.unwind : null;
  }

  /** Runs statements until one returns a status other than NORMAL, which it returns. */
  static int runAll(Node[] stmts, Machine m, int fp) {
    for (Node s : stmts) {
      int st = s.exec(m, fp);
      if (st != NORMAL) return st;
    }
    return NORMAL;
  }

  /** Runs the statements; a non-normal status is returned after the block's drops ran. */
  public int runStmts(Machine m, int fp) {
    if (unwind.length != 0) return runOwning(m, fp);
    return runAll(stmts, m, fp);
  }

  /** {@link #runStmts} of a block that owns locals; apart so that the plain path stays small enough to inline. */
  private int runOwning(Machine m, int fp) {
    try {
      for (Node s : stmts) {
        int st = s.exec(m, fp);
        if (st != NORMAL) {
          DropSlot.dropAll(drops, m, fp);
          return st;
        }
      }
    } catch (RuntimeException e) {
      throw Unwind.leave(m, e, unwind, fp);
    }
    return NORMAL;
  }

  /** Drops the block's locals after its tail produced its value. */
  public void finish(Machine m, int fp) {
    if (drops.length != 0) {
      try {
        DropSlot.dropAll(drops, m, fp);
      } catch (RuntimeException e) {
        throw Unwind.leave(m, e, unwind, fp);
      }
    }
  }

  /** The block's tail raised: its locals are dropped on the way out. */
  public RuntimeException leaveTail(Machine m, RuntimeException e, int fp) {
    return unwind.length == 0 ? e : Unwind.leave(m, e, unwind, fp);
  }

  private void jump(Machine m, int st) {
    m.pendingStatus = st;
    throw JumpSignal.INSTANCE;
  }

  @Override
  public int exec(Machine m, int fp) {
    int st = runStmts(m, fp);
    if (st != NORMAL) return st;
    if (tail != null) {
      try {
        st = unitTail != null ? unitTail.exec(m, fp) : tail.exec(m, fp);
      } catch (RuntimeException e) {
        throw leaveTail(m, e, fp);
      }
    }
    finish(m, fp);
    return st;
  }

  @Override
  public long evalLong(Machine m, int fp) {
    int st = runStmts(m, fp);
    if (st != NORMAL) jump(m, st);
    if (unwind.length == 0) return tail.evalLong(m, fp);
    long v;
    try {
      v = tail.evalLong(m, fp);
    } catch (RuntimeException e) {
      throw leaveTail(m, e, fp);
    }
    finish(m, fp);
    return v;
  }

  @Override
  public double evalDouble(Machine m, int fp) {
    int st = runStmts(m, fp);
    if (st != NORMAL) jump(m, st);
    double v;
    try {
      v = tail.evalDouble(m, fp);
    } catch (RuntimeException e) {
      throw leaveTail(m, e, fp);
    }
    finish(m, fp);
    return v;
  }

  @Override
  public void evalInto(Machine m, int fp, int dst) {
    int st = runStmts(m, fp);
    if (st != NORMAL) jump(m, st);
    if (unitTail != null) {
      try {
        st = unitTail.exec(m, fp);
      } catch (RuntimeException e) {
        throw leaveTail(m, e, fp);
      }
      finish(m, fp);
      if (st != NORMAL) jump(m, st);
      return;
    }
    if (tail != null) {
      try {
        tail.evalInto(m, fp, dst);
      } catch (RuntimeException e) {
        throw leaveTail(m, e, fp);
      }
    }
    finish(m, fp);
  }
}
