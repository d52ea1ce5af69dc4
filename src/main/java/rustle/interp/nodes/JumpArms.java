package rustle.interp.nodes;

import rustle.interp.rt.IntNode;
import rustle.interp.rt.Kind;
import rustle.interp.rt.Machine;
import rustle.interp.rt.Node;
import rustle.interp.rt.Rep;

/**
 * {@code let x = match s { Some(v) => v, None => break };} (or an {@code if} with a jumping branch) run
 * as a statement: each value arm writes x's slot, each jumping arm returns its status as a statement
 * would. Evaluated for its value, the jump would leave as a {@link rustle.interp.rt.JumpSignal}, and
 * throwing through the JIT-compiled frames costs microseconds per jump; this costs nothing. The arm's
 * bindings are dropped before x is marked initialised, as in the value form.
 */
public final class JumpArms {
  private JumpArms() {}

  /**
   * The statement form of {@code let} into the slot at off, or null when value is not a match or if
   * with an arm that is a jump.
   */
  public static Node init(Node value, int off, Rep rep, int flagOff) {
    Kind kind = value instanceof IntNode n ? n.kind : null;
    boolean f32 = value instanceof rustle.interp.rt.FloatNode fl && fl.f32;
    Node arms = arms(unwrap(value), off, rep, kind, f32);
    return arms == null ? null : new Init(arms, flagOff);
  }

  /** The statement form of value (unwrapped) writing the slot at off, or null. */
  private static Node arms(Node v, int off, Rep rep, Kind kind, boolean f32) {
    if (v instanceof MatchNode mn) {
      if (!anyJump(mn.bodies)) return null;
      Node[] bodies = new Node[mn.bodies.length];
      for (int i = 0; i < bodies.length; i++) bodies[i] = arm(mn.bodies[i], off, rep, kind, f32);
      MatchNode arms = new MatchNode(mn.scrut, mn.tests, mn.binds, mn.guards, bodies, mn.moveFlags, mn.drops, mn.span);
      arms.partFlags = mn.partFlags; // the fields an arm moves out stay marked as moved (PartialMoves)
      return arms;
    }
    if (v instanceof Control.If in && in.orElse != null && anyJump(new Node[] {in.then, in.orElse})) {
      Node then = arm(in.then, off, rep, kind, f32);
      Node orElse = arm(in.orElse, off, rep, kind, f32);
      return Control.ifNode(in.cond, then, orElse);
    }
    if (v instanceof Block b && b.tail != null && b.unitTail == null) {
      // `{ let r = c.borrow(); match &r.next { .. } }`: the block's locals drop after its tail, as before.
      Node tail = arms(unwrap(b.tail), off, rep, kind, f32);
      return tail == null ? null : new Block(b.stmts, tail, b.drops, b.unwind);
    }
    return null;
  }

  private static Node unwrap(Node n) {
    while (true) {
      if (n instanceof Control.AsInt a) n = a.v;
      else if (n instanceof Control.AsMem a) n = a.v;
      else if (n instanceof Control.AsFloat a) n = a.v;
      else return n;
    }
  }

  private static boolean anyJump(Node[] bodies) {
    for (Node b : bodies) if (unwrap(b) instanceof Transfers.Jump) return true;
    return false;
  }

  /** A jumping arm is run for its status; a value arm writes the slot as the value form would read it. */
  private static Node arm(Node body, int off, Rep rep, Kind kind, boolean f32) {
    Node u = unwrap(body);
    if (u instanceof Transfers.Jump) return u;
    Node v = body;
    if (rep == Rep.INT && kind != null && !(v instanceof IntNode n && n.kind == kind)) v = new Control.AsInt(v, kind);
    else if (rep == Rep.FLOAT && !(v instanceof rustle.interp.rt.FloatNode)) v = new Control.AsFloat(v, f32);
    return new Stmts.Init(v, off, rep, 0, false);
  }

  /**
   * Runs the arms; x owns its value once they are done without a jump. A jump out of a value inside an
   * arm (a JumpSignal) is caught here and returned as its status, as a statement's CatchJump would:
   * the let needs no CatchJump around it (FnCompiler.stmt).
   */
  public static final class Init extends Node {
    final Node arms;
    final int flagOff;

    Init(Node arms, int flagOff) {
      this.arms = arms;
      this.flagOff = flagOff;
    }

    @Override
    public int exec(Machine m, int fp) {
      int st;
      try {
        st = arms.exec(m, fp);
      } catch (rustle.interp.rt.JumpSignal j) {
        return m.pendingStatus;
      }
      if (st == NORMAL && flagOff != 0) m.mem.putByte(fp + flagOff, (byte) 1);
      return st;
    }

    @Override
    public void evalInto(Machine m, int fp, int dst) {
      execAsValue(m, fp);
    }
  }
}
