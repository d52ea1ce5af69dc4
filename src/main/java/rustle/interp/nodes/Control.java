package rustle.interp.nodes;

import rustle.interp.rt.FloatNode;
import rustle.interp.rt.IntNode;
import rustle.interp.rt.Kind;
import rustle.interp.rt.Machine;
import rustle.interp.rt.MemNode;
import rustle.interp.rt.Node;

/** Branches and loops, in statement form (status codes) and value forms. */
public final class Control {
  private Control() {}

  /** The {@code if} node for cond: fused with the comparison when cond is an integer comparison. */
  public static If ifNode(IntNode cond, Node then, Node orElse) {
    CmpCond c = CmpCond.of(cond);
    return c != null ? new IfCmp(cond, c, then, orElse) : new If(cond, then, orElse);
  }

  /** {@code if} evaluated for its value (or for its status when exec'd). */
  public static class If extends Node {
    final IntNode cond;
    final Node then;
    final Node orElse;
    /** then and orElse as statements (see {@link #stmt}), for exec: one virtual call fewer. */
    final Node thenStmt;
    final Node elseStmt;

    public If(IntNode cond, Node then, Node orElse) {
      this.cond = cond;
      this.then = then;
      this.orElse = orElse;
      this.thenStmt = stmt(then);
      this.elseStmt = orElse == null ? null : stmt(orElse);
    }

    @Override
    public int exec(Machine m, int fp) {
      if (cond.evalLong(m, fp) != 0) return thenStmt.exec(m, fp);
      return elseStmt == null ? NORMAL : elseStmt.exec(m, fp);
    }

    @Override
    public long evalLong(Machine m, int fp) {
      return cond.evalLong(m, fp) != 0 ? then.evalLong(m, fp) : orElse.evalLong(m, fp);
    }

    @Override
    public double evalDouble(Machine m, int fp) {
      return cond.evalLong(m, fp) != 0 ? then.evalDouble(m, fp) : orElse.evalDouble(m, fp);
    }

    @Override
    public void evalInto(Machine m, int fp, int dst) {
      if (cond.evalLong(m, fp) != 0) then.evalInto(m, fp, dst);
      else if (orElse != null) orElse.evalInto(m, fp, dst);
    }
  }

  /** {@code if a < b} on integers: the comparison is tested here (one virtual call fewer per run). */
  static final class IfCmp extends If {
    final CmpCond c;

    IfCmp(IntNode cond, CmpCond c, Node then, Node orElse) {
      super(cond, then, orElse);
      this.c = c;
    }

    @Override
    public int exec(Machine m, int fp) {
      if (c.test(m, fp)) return thenStmt.exec(m, fp);
      return elseStmt == null ? NORMAL : elseStmt.exec(m, fp);
    }

    @Override
    public long evalLong(Machine m, int fp) {
      return c.test(m, fp) ? then.evalLong(m, fp) : orElse.evalLong(m, fp);
    }

    @Override
    public double evalDouble(Machine m, int fp) {
      return c.test(m, fp) ? then.evalDouble(m, fp) : orElse.evalDouble(m, fp);
    }

    @Override
    public void evalInto(Machine m, int fp, int dst) {
      if (c.test(m, fp)) then.evalInto(m, fp, dst);
      else if (orElse != null) orElse.evalInto(m, fp, dst);
    }
  }

  /** Adapts a value node of integer kind to the IntNode interface (for if/match results). */
  public static final class AsInt extends IntNode {
    final Node v;

    public AsInt(Node v, Kind k) {
      super(k);
      this.v = v;
    }

    @Override
    public long evalLong(Machine m, int fp) {
      return v.evalLong(m, fp);
    }

    @Override
    public int exec(Machine m, int fp) {
      return v.exec(m, fp);
    }
  }

  public static final class AsFloat extends FloatNode {
    final Node v;

    public AsFloat(Node v, boolean f32) {
      super(f32);
      this.v = v;
    }

    @Override
    public double evalDouble(Machine m, int fp) {
      return v.evalDouble(m, fp);
    }

    @Override
    public int exec(Machine m, int fp) {
      return v.exec(m, fp);
    }
  }

  public static final class AsMem extends MemNode {
    final Node v;

    public AsMem(Node v, int size) {
      super(size);
      this.v = v;
    }

    // A diverging value (`return`, `panic!`, of type !) may stand where any representation is read.
    @Override
    public long evalLong(Machine m, int fp) {
      return v.evalLong(m, fp);
    }

    @Override
    public double evalDouble(Machine m, int fp) {
      return v.evalDouble(m, fp);
    }

    @Override
    public void evalInto(Machine m, int fp, int dst) {
      v.evalInto(m, fp, dst);
    }

    @Override
    public int exec(Machine m, int fp) {
      return v.exec(m, fp);
    }
  }

  /** A memory-valued node (a native call writing its result) read back as a scalar. */
  public static final class MemAsScalar extends IntNode {
    final MemNode v;
    final int tmp;

    public MemAsScalar(MemNode v, int tmp, Kind k) {
      super(k);
      this.v = v;
      this.tmp = tmp;
    }

    @Override
    public long evalLong(Machine m, int fp) {
      v.evalInto(m, fp, fp + tmp);
      return kind.load(m.mem, fp + tmp);
    }

    @Override
    public double evalDouble(Machine m, int fp) {
      v.evalInto(m, fp, fp + tmp);
      return kind == Kind.F32 ? m.mem.getFloat(fp + tmp) : m.mem.getDouble(fp + tmp);
    }
  }

  /**
   * The node to exec for a statement: the representation adapters only forward exec, so a statement
   * position skips them and saves a virtual call per statement run.
   */
  public static Node stmt(Node n) {
    while (true) {
      if (n instanceof AsMem a) n = a.v;
      else if (n instanceof AsInt a) n = a.v;
      else if (n instanceof AsFloat a) n = a.v;
      else return n;
    }
  }

  /** Resolves a status against a loop: -1 to keep looping, otherwise the status to return. */
  public static int settle(Machine m, int st, int id) {
    if (st == Node.BREAK) return m.target == id ? Node.NORMAL : Node.BREAK;
    if (st == Node.CONTINUE) return m.target == id ? -1 : Node.CONTINUE;
    return st;
  }

}
