package rustle.interp;

/** Control transfers: {@code break}, {@code continue}, {@code return}, and the catch that turns a jump signal back into a status. */
final class Transfers {
  private Transfers() {}

  /** A transfer used where a value is expected: it runs, then carries its status out as a signal. */
  abstract static class Jump extends Node {
    @Override
    long evalLong(Machine m, int fp) {
      m.pendingStatus = exec(m, fp);
      throw JumpSignal.INSTANCE;
    }

    @Override
    double evalDouble(Machine m, int fp) {
      m.pendingStatus = exec(m, fp);
      throw JumpSignal.INSTANCE;
    }

    @Override
    void evalInto(Machine m, int fp, int dst) {
      m.pendingStatus = exec(m, fp);
      throw JumpSignal.INSTANCE;
    }
  }

  /** {@code break 'label value}: the value goes to the loop's result register or destination. */
  static final class Break extends Jump {
    final int target;
    final Node value;
    final int valueRep;
    final int dstSlot;

    /** valueRep: 0 none, 1 int, 2 float, 3 memory (written at the address in the loop's dstSlot). */
    Break(int target, Node value, int valueRep, int dstSlot) {
      this.target = target;
      this.value = value;
      this.valueRep = valueRep;
      this.dstSlot = dstSlot;
    }

    @Override
    int exec(Machine m, int fp) {
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

  static final class Continue extends Jump {
    final int target;

    Continue(int target) {
      this.target = target;
    }

    @Override
    int exec(Machine m, int fp) {
      m.target = target;
      return CONTINUE;
    }
  }

  /** {@code return value}: scalars go to the return register, memory values to the return place. */
  static final class Return extends Jump {
    final Node value;
    final int valueRep;
    final int retSlot;

    Return(Node value, int valueRep, int retSlot) {
      this.value = value;
      this.valueRep = valueRep;
      this.retSlot = retSlot;
    }

    @Override
    int exec(Machine m, int fp) {
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
  static final class CatchJump extends Node {
    final Node stmt;

    CatchJump(Node stmt) {
      this.stmt = stmt;
    }

    @Override
    int exec(Machine m, int fp) {
      try {
        return stmt.exec(m, fp);
      } catch (JumpSignal j) {
        return m.pendingStatus;
      }
    }

    @Override
    void evalInto(Machine m, int fp, int dst) {
      execAsValue(m, fp);
    }
  }
}
