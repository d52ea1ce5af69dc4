package rustle.interp.nodes;

import rustle.interp.rt.JumpSignal;
import rustle.interp.rt.Machine;
import rustle.interp.rt.Node;

/** Control transfers: {@code break}, {@code continue}, {@code return}, and the catch that turns a jump signal back into a status. */
public final class Transfers {
  private Transfers() {}

  /** A transfer used where a value is expected: it runs, then carries its status out as a signal. */
  abstract static class Jump extends Node {
    @Override
    public long evalLong(Machine m, int fp) {
      m.pendingStatus = exec(m, fp);
      throw JumpSignal.INSTANCE;
    }

    @Override
    public double evalDouble(Machine m, int fp) {
      m.pendingStatus = exec(m, fp);
      throw JumpSignal.INSTANCE;
    }

    @Override
    public void evalInto(Machine m, int fp, int dst) {
      m.pendingStatus = exec(m, fp);
      throw JumpSignal.INSTANCE;
    }
  }

  /** {@code break 'label value}: the value goes to the loop's result register or destination. */
  public static final class Break extends Jump {
    final int target;
    final Node value;
    final int valueRep;
    final int dstSlot;

    /** valueRep: 0 none, 1 int, 2 float, 3 memory (written at the address in the loop's dstSlot). */
    public Break(int target, Node value, int valueRep, int dstSlot) {
      this.target = target;
      this.value = value;
      this.valueRep = valueRep;
      this.dstSlot = dstSlot;
    }

    @Override
    public int exec(Machine m, int fp) {
      switch (valueRep) {
        case 1: m.breakLong = value.evalLong(m, fp); break;
        case 2: m.breakDouble = value.evalDouble(m, fp); break;
        case 3: value.evalInto(m, fp, m.mem.getInt(fp + dstSlot)); break;
        default: break;
      }
      m.target = target;
      return BREAK;
    }
  }

  public static final class Continue extends Jump {
    final int target;

    public Continue(int target) {
      this.target = target;
    }

    @Override
    public int exec(Machine m, int fp) {
      m.target = target;
      return CONTINUE;
    }
  }

  /** {@code return value}: scalars go to the return register, memory values to the return place. */
  public static final class Return extends Jump {
    final Node value;
    final int valueRep;
    final int retSlot;

    public Return(Node value, int valueRep, int retSlot) {
      this.value = value;
      this.valueRep = valueRep;
      this.retSlot = retSlot;
    }

    @Override
    public int exec(Machine m, int fp) {
      switch (valueRep) {
        case 1: m.retLong = value.evalLong(m, fp); break;
        case 2: m.retDouble = value.evalDouble(m, fp); break;
        case 3: value.evalInto(m, fp, m.mem.getInt(fp + retSlot)); break;
        default: if (value != null) value.exec(m, fp); break;
      }
      return RETURN;
    }
  }

  /** A statement whose expression may jump from inside a value context: turns the signal into a status. */
  public static final class CatchJump extends Node {
    final Node stmt;

    public CatchJump(Node stmt) {
      this.stmt = stmt;
    }

    @Override
    public int exec(Machine m, int fp) {
      try {
        return stmt.exec(m, fp);
      } catch (JumpSignal j) {
        return m.pendingStatus;
      }
    }

    @Override
    public void evalInto(Machine m, int fp, int dst) {
      execAsValue(m, fp);
    }
  }
}
