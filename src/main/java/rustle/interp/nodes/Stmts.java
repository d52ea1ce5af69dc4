package rustle.interp.nodes;

import rustle.interp.drop.DropSlot;
import rustle.interp.drop.Dropper;
import rustle.interp.drop.Unwind;
import rustle.interp.rt.IntNode;
import rustle.interp.rt.Machine;
import rustle.interp.rt.Node;
import rustle.interp.rt.Place;
import rustle.interp.rt.Rep;

/** Statement nodes: initialising a binding, and dropping a statement's temporaries at its end. */
public final class Stmts {
  private Stmts() {}

  /** {@code let x = value;}: writes the value into x's slot and marks x as owning it. */
  public static final class Init extends Node {
    final Node value;
    final int off;
    final Rep rep;
    final int flagOff;

    /** The value when it is a 64-bit integer node: stored here, one virtual call fewer than its evalInto. */
    final IntNode wide;

    public Init(Node value, int off, Rep rep, int flagOff, boolean unused) {
      this.value = value;
      this.off = off;
      this.rep = rep;
      this.flagOff = flagOff;
      this.wide = value instanceof IntNode n && n.kind.size == 8 ? n : null;
    }

    @Override
    public int exec(Machine m, int fp) {
      if (wide != null) m.mem.putLong(fp + off, wide.evalLong(m, fp));
      else value.evalInto(m, fp, fp + off);
      if (flagOff != 0) m.mem.putByte(fp + flagOff, (byte) 1);
      return NORMAL;
    }
    @Override
    public void evalInto(Machine m, int fp, int dst) {
      execAsValue(m, fp);
    }
  }

  /** {@code let x = value;} for a 64-bit integer local. */
  public static final class InitI64 extends Node {
    final IntNode value;
    final int off;

    public InitI64(IntNode value, int off) {
      this.value = value;
      this.off = off;
    }

    @Override
    public int exec(Machine m, int fp) {
      m.mem.putLong(fp + off, value.evalLong(m, fp));
      return NORMAL;
    }
    @Override
    public void evalInto(Machine m, int fp, int dst) {
      execAsValue(m, fp);
    }
  }

  /** A statement with temporaries: they are dropped at its end, on every way out. */
  public static final class WithTemps extends Node {
    final Node stmt;
    final DropSlot[] temps;
    /** The temporary when there is only one (a borrow() guard, most often): dropped without the loop. */
    final DropSlot only;

    public WithTemps(Node stmt, DropSlot[] temps) {
      this.stmt = Control.stmt(stmt);
      this.temps = temps;
      this.only = temps.length == 1 ? temps[0] : null;
    }

    @Override
    public int exec(Machine m, int fp) {
      try {
        int st = stmt.exec(m, fp);
        if (only != null) only.dropIfLive(m, fp);
        else DropSlot.dropAll(temps, m, fp);
        return st;
      } catch (RuntimeException e) {
        throw Unwind.leave(m, e, temps, fp);
      }
    }
    @Override
    public void evalInto(Machine m, int fp, int dst) {
      execAsValue(m, fp);
    }
  }

  /** A block's tail expression with temporaries, dropped after its value is produced. */
  public static final class TailTemps extends Node {
    final Node v;
    final DropSlot[] temps;
    final Rep rep;

    public TailTemps(Node v, DropSlot[] temps, Rep rep) {
      this.v = v;
      this.temps = temps;
      this.rep = rep;
    }

    @Override
    public long evalLong(Machine m, int fp) {
      try {
        long r = v.evalLong(m, fp);
        DropSlot.dropAll(temps, m, fp);
        return r;
      } catch (RuntimeException e) {
        throw Unwind.leave(m, e, temps, fp);
      }
    }

    @Override
    public double evalDouble(Machine m, int fp) {
      try {
        double r = v.evalDouble(m, fp);
        DropSlot.dropAll(temps, m, fp);
        return r;
      } catch (RuntimeException e) {
        throw Unwind.leave(m, e, temps, fp);
      }
    }

    @Override
    public void evalInto(Machine m, int fp, int dst) {
      try {
        v.evalInto(m, fp, dst);
        DropSlot.dropAll(temps, m, fp);
      } catch (RuntimeException e) {
        throw Unwind.leave(m, e, temps, fp);
      }
    }

    @Override
    public int exec(Machine m, int fp) {
      try {
        int r = v.exec(m, fp);
        DropSlot.dropAll(temps, m, fp);
        return r;
      } catch (RuntimeException e) {
        throw Unwind.leave(m, e, temps, fp);
      }
    }
  }

  /** Evaluates a memory value into a scratch slot and drops it: an expression statement's result. */
  public static final class Discard extends Node {
    final Node value;
    final int off;
    final Dropper dropper;

    public Discard(Node value, int off, Dropper dropper) {
      this.value = value;
      this.off = off;
      this.dropper = dropper;
    }

    @Override
    public int exec(Machine m, int fp) {
      value.evalInto(m, fp, fp + off);
      if (dropper != null) dropper.drop(m, fp + off);
      return NORMAL;
    }
    @Override
    public void evalInto(Machine m, int fp, int dst) {
      execAsValue(m, fp);
    }
  }

  /**
   * {@code let _ = place;}: the place is evaluated (its index checks run) but nothing is read, moved
   * or dropped, as in rustc.
   */
  public static final class EvalPlace extends Node {
    final Place place;

    public EvalPlace(Place place) {
      this.place = place;
    }

    @Override
    public int exec(Machine m, int fp) {
      place.addr(m, fp);
      return NORMAL;
    }

    @Override
    public void evalInto(Machine m, int fp, int dst) {
      exec(m, fp);
    }
  }
}
