package rustle.interp;

/** Branches and loops, in statement form (status codes) and value forms. */
final class Control {
  private Control() {}

  /** {@code if} evaluated for its value (or for its status when exec'd). */
  static final class If extends Node {
    final IntNode cond;
    final Node then;
    final Node orElse;

    If(IntNode cond, Node then, Node orElse) {
      this.cond = cond;
      this.then = then;
      this.orElse = orElse;
    }

    @Override
    int exec(Machine m, int fp) {
      if (cond.evalLong(m, fp) != 0) return then.exec(m, fp);
      return orElse == null ? NORMAL : orElse.exec(m, fp);
    }

    @Override
    long evalLong(Machine m, int fp) {
      return cond.evalLong(m, fp) != 0 ? then.evalLong(m, fp) : orElse.evalLong(m, fp);
    }

    @Override
    double evalDouble(Machine m, int fp) {
      return cond.evalLong(m, fp) != 0 ? then.evalDouble(m, fp) : orElse.evalDouble(m, fp);
    }

    @Override
    void evalInto(Machine m, int fp, int dst) {
      if (cond.evalLong(m, fp) != 0) then.evalInto(m, fp, dst);
      else if (orElse != null) orElse.evalInto(m, fp, dst);
    }
  }

  /** Adapts a value node of integer kind to the IntNode interface (for if/match results). */
  static final class AsInt extends IntNode {
    final Node v;

    AsInt(Node v, Kind k) {
      super(k);
      this.v = v;
    }

    @Override
    long evalLong(Machine m, int fp) {
      return v.evalLong(m, fp);
    }

    @Override
    int exec(Machine m, int fp) {
      return v.exec(m, fp);
    }
  }

  static final class AsFloat extends FloatNode {
    final Node v;

    AsFloat(Node v, boolean f32) {
      super(f32);
      this.v = v;
    }

    @Override
    double evalDouble(Machine m, int fp) {
      return v.evalDouble(m, fp);
    }

    @Override
    int exec(Machine m, int fp) {
      return v.exec(m, fp);
    }
  }

  static final class AsMem extends MemNode {
    final Node v;

    AsMem(Node v, int size) {
      super(size);
      this.v = v;
    }

    @Override
    void evalInto(Machine m, int fp, int dst) {
      v.evalInto(m, fp, dst);
    }

    @Override
    int exec(Machine m, int fp) {
      return v.exec(m, fp);
    }
  }

  /** A memory-valued node (a native call writing its result) read back as a scalar. */
  static final class MemAsScalar extends IntNode {
    final MemNode v;
    final int tmp;

    MemAsScalar(MemNode v, int tmp, Kind k) {
      super(k);
      this.v = v;
      this.tmp = tmp;
    }

    @Override
    long evalLong(Machine m, int fp) {
      v.evalInto(m, fp, fp + tmp);
      return kind.load(m.mem, fp + tmp);
    }

    @Override
    double evalDouble(Machine m, int fp) {
      v.evalInto(m, fp, fp + tmp);
      return kind == Kind.F32 ? m.mem.getFloat(fp + tmp) : m.mem.getDouble(fp + tmp);
    }
  }

  /** Resolves a status against a loop: -1 to keep looping, otherwise the status to return. */
  static int settle(Machine m, int st, int id) {
    if (st == Node.BREAK) return m.target == id ? Node.NORMAL : Node.BREAK;
    if (st == Node.CONTINUE) return m.target == id ? -1 : Node.CONTINUE;
    return st;
  }

  static final class Loop extends Node {
    final Node body;
    final int id;
    final int dstSlot;

    Loop(Node body, int id, int dstSlot) {
      this.body = body;
      this.id = id;
      this.dstSlot = dstSlot;
    }

    @Override
    int exec(Machine m, int fp) {
      while (true) {
        int st = body.exec(m, fp);
        if (st != NORMAL) {
          st = settle(m, st, id);
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
    long evalLong(Machine m, int fp) {
      run(m, fp);
      return m.breakLong;
    }

    @Override
    double evalDouble(Machine m, int fp) {
      run(m, fp);
      return m.breakDouble;
    }

    @Override
    void evalInto(Machine m, int fp, int dst) {
      if (dstSlot != 0) m.mem.putInt(fp + dstSlot, dst);
      run(m, fp);
    }
  }

  static final class While extends Node {
    final IntNode cond;
    final Node body;
    final int id;

    While(IntNode cond, Node body, int id) {
      this.cond = cond;
      this.body = body;
      this.id = id;
    }

    @Override
    int exec(Machine m, int fp) {
      while (cond.evalLong(m, fp) != 0) {
        int st = body.exec(m, fp);
        if (st != NORMAL) {
          st = settle(m, st, id);
          if (st >= 0) return st;
        }
      }
      return NORMAL;
    }

    @Override
    void evalInto(Machine m, int fp, int dst) {
      int st = exec(m, fp);
      if (st != NORMAL) {
        m.pendingStatus = st;
        throw JumpSignal.INSTANCE;
      }
    }
  }

  /** {@code for i in lo..hi} (or {@code ..=}) over integers, writing each value into the binding's slot. */
  static final class ForRange extends Node {
    final IntNode lo;
    final IntNode hi;
    final boolean inclusive;
    final Kind kind;
    final int slot;
    final Node body;
    final int id;

    ForRange(IntNode lo, IntNode hi, boolean inclusive, Kind kind, int slot, Node body, int id) {
      this.lo = lo;
      this.hi = hi;
      this.inclusive = inclusive;
      this.kind = kind;
      this.slot = slot;
      this.body = body;
      this.id = id;
    }

    @Override
    int exec(Machine m, int fp) {
      long i = lo.evalLong(m, fp);
      long end = hi.evalLong(m, fp);
      boolean u64 = kind == Kind.U64;
      int a = fp + slot;
      while (u64 ? (inclusive ? Long.compareUnsigned(i, end) <= 0 : Long.compareUnsigned(i, end) < 0)
          : (inclusive ? i <= end : i < end)) {
        kind.store(m.mem, a, i);
        int st = body.exec(m, fp);
        if (st != NORMAL) {
          st = settle(m, st, id);
          if (st >= 0) return st;
        }
        if (inclusive && i == end) break;
        i++;
      }
      return NORMAL;
    }

    @Override
    void evalInto(Machine m, int fp, int dst) {
      int st = exec(m, fp);
      if (st != NORMAL) {
        m.pendingStatus = st;
        throw JumpSignal.INSTANCE;
      }
    }
  }

  /** {@code break 'label value}: the value goes to the loop's result register or destination. */
  static final class Break extends Node {
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

  static final class Continue extends Node {
    final int target;

    Continue(int target) {
      this.target = target;
    }

    @Override
    int exec(Machine m, int fp) {
      m.target = target;
      return CONTINUE;
    }

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

  /** {@code return value}: scalars go to the return register, memory values to the return place. */
  static final class Return extends Node {
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
