package rustle.interp.nodes;

import rustle.interp.rt.IntNode;
import rustle.interp.rt.Kind;
import rustle.interp.rt.Machine;
import rustle.interp.rt.Node;
import rustle.interp.rt.Panics;
import rustle.interp.rt.Place;

/**
 * Specialised nodes for the commonest shapes on hot paths (locals of 64- and 32-bit integers, signed
 * comparisons): they do in one virtual call what the general nodes do in several.
 */
final class Fast {
  private Fast() {}

  /** {@code local = value} for an integer local. */
  static final class StoreLocal extends Node {
    final int off;
    final IntNode value;
    final Kind kind;

    StoreLocal(int off, IntNode value, Kind kind) {
      this.off = off;
      this.value = value;
      this.kind = kind;
    }

    @Override
    public int exec(Machine m, int fp) {
      long v = value.evalLong(m, fp);
      if (kind.size == 8) m.mem.putLong(fp + off, v);
      else kind.store(m.mem, fp + off, v);
      return NORMAL;
    }

    @Override
    public void evalInto(Machine m, int fp, int dst) {
      exec(m, fp);
    }
  }

  /** {@code place = value} for an integer place narrower than 64 bits (a bool, a u8, an i32); a constant is stored as is. */
  static final class StoreNarrow extends Node {
    final Place place;
    final IntNode value;
    final Kind kind;
    final boolean isConst;
    final long c;

    StoreNarrow(Place place, IntNode value, Kind kind) {
      this.place = place;
      this.value = value;
      this.kind = kind;
      this.isConst = value instanceof Loads.ConstInt;
      this.c = isConst ? ((Loads.ConstInt) value).value : 0;
    }

    @Override
    public int exec(Machine m, int fp) {
      long v = isConst ? c : value.evalLong(m, fp);
      kind.store(m.mem, place.addr(m, fp), v);
      return NORMAL;
    }

    @Override
    public void evalInto(Machine m, int fp, int dst) {
      exec(m, fp);
    }
  }

  /** {@code place = value} for a 64-bit integer place. */
  static final class StoreI64 extends Node {
    final Place place;
    final IntNode value;

    StoreI64(Place place, IntNode value) {
      this.place = place;
      this.value = value;
    }

    @Override
    public int exec(Machine m, int fp) {
      long v = value.evalLong(m, fp);
      m.mem.putLong(place.addr(m, fp), v);
      return NORMAL;
    }

    @Override
    public void evalInto(Machine m, int fp, int dst) {
      exec(m, fp);
    }
  }

  /** {@code local += value} / {@code local -= value} on an i64 local, with overflow checks. */
  static final class AddAssignLocalI64 extends Node {
    final int off;
    final IntNode value;
    final boolean sub;
    final rustle.ast.Span span;

    /** The value's frame offset when it is a 64-bit local (read in place), else 0. */
    final int vOff;

    AddAssignLocalI64(int off, IntNode value, boolean sub, rustle.ast.Span span) {
      this.off = off;
      this.vOff = Loads.off64(value);
      this.value = value;
      this.sub = sub;
      this.span = span;
    }

    @Override
    public int exec(Machine m, int fp) {
      long b = vOff != 0 ? m.mem.getLong(fp + vOff) : value.evalLong(m, fp);
      int a = fp + off;
      long x = m.mem.getLong(a);
      long s;
      if (sub) {
        s = x - b;
        if (((x ^ b) & (x ^ s)) < 0) throw Panics.overflow("subtract", span);
      } else {
        s = x + b;
        if (((x ^ s) & (b ^ s)) < 0) throw Panics.overflow("add", span);
      }
      m.mem.putLong(a, s);
      return NORMAL;
    }

    @Override
    public void evalInto(Machine m, int fp, int dst) {
      exec(m, fp);
    }
  }

  /** Signed (or narrow unsigned, which is zero-extended) comparison without a dispatch on the operator. */
  abstract static class Cmp extends IntNode {
    final Compare.Op op;
    /** Long.MIN_VALUE for an unsigned 64-bit order (compared with the sign bit flipped), else 0. */
    final long flip;
    final IntNode l;
    final IntNode r;

    /** The operands' frame offsets when they are 64-bit locals (read in place), else 0. */
    final int lOff;
    final int rOff;

    Cmp(Compare.Op op, long flip, IntNode l, IntNode r) {
      super(Kind.U8);
      this.op = op;
      this.flip = flip;
      this.l = l;
      this.r = r;
      this.lOff = Loads.off64(l);
      this.rOff = Loads.off64(r);
    }

    /** u64/usize: equality as signed; an order compares with the sign bit flipped. */
    static IntNode makeUnsigned(Compare.Op op, IntNode l, IntNode r) {
      switch (op) {
        case LT:
          return new Cmp(op, Long.MIN_VALUE, l, r) {
            @Override
            public long evalLong(Machine m, int fp) {
              long a = lOff != 0 ? m.mem.getLong(fp + lOff) : l.evalLong(m, fp);
              long b = rOff != 0 ? m.mem.getLong(fp + rOff) : r.evalLong(m, fp);
              return (a ^ Long.MIN_VALUE) < (b ^ Long.MIN_VALUE) ? 1 : 0;
            }
          };
        case LE:
          return new Cmp(op, Long.MIN_VALUE, l, r) {
            @Override
            public long evalLong(Machine m, int fp) {
              long a = lOff != 0 ? m.mem.getLong(fp + lOff) : l.evalLong(m, fp);
              long b = rOff != 0 ? m.mem.getLong(fp + rOff) : r.evalLong(m, fp);
              return (a ^ Long.MIN_VALUE) <= (b ^ Long.MIN_VALUE) ? 1 : 0;
            }
          };
        case GT:
          return new Cmp(op, Long.MIN_VALUE, l, r) {
            @Override
            public long evalLong(Machine m, int fp) {
              long a = lOff != 0 ? m.mem.getLong(fp + lOff) : l.evalLong(m, fp);
              long b = rOff != 0 ? m.mem.getLong(fp + rOff) : r.evalLong(m, fp);
              return (a ^ Long.MIN_VALUE) > (b ^ Long.MIN_VALUE) ? 1 : 0;
            }
          };
        case GE:
          return new Cmp(op, Long.MIN_VALUE, l, r) {
            @Override
            public long evalLong(Machine m, int fp) {
              long a = lOff != 0 ? m.mem.getLong(fp + lOff) : l.evalLong(m, fp);
              long b = rOff != 0 ? m.mem.getLong(fp + rOff) : r.evalLong(m, fp);
              return (a ^ Long.MIN_VALUE) >= (b ^ Long.MIN_VALUE) ? 1 : 0;
            }
          };
        default:
          return make(op, l, r);
      }
    }

    static IntNode make(Compare.Op op, IntNode l, IntNode r) {
      if (r instanceof Loads.ConstInt c) return ConstOps.compare(op, l, c.value);
      switch (op) {
        case LT:
          return new Cmp(op, 0, l, r) {
            @Override
            public long evalLong(Machine m, int fp) {
              long a = lOff != 0 ? m.mem.getLong(fp + lOff) : l.evalLong(m, fp);
              long b = rOff != 0 ? m.mem.getLong(fp + rOff) : r.evalLong(m, fp);
              return a < b ? 1 : 0;
            }
          };
        case LE:
          return new Cmp(op, 0, l, r) {
            @Override
            public long evalLong(Machine m, int fp) {
              long a = lOff != 0 ? m.mem.getLong(fp + lOff) : l.evalLong(m, fp);
              long b = rOff != 0 ? m.mem.getLong(fp + rOff) : r.evalLong(m, fp);
              return a <= b ? 1 : 0;
            }
          };
        case GT:
          return new Cmp(op, 0, l, r) {
            @Override
            public long evalLong(Machine m, int fp) {
              long a = lOff != 0 ? m.mem.getLong(fp + lOff) : l.evalLong(m, fp);
              long b = rOff != 0 ? m.mem.getLong(fp + rOff) : r.evalLong(m, fp);
              return a > b ? 1 : 0;
            }
          };
        case GE:
          return new Cmp(op, 0, l, r) {
            @Override
            public long evalLong(Machine m, int fp) {
              long a = lOff != 0 ? m.mem.getLong(fp + lOff) : l.evalLong(m, fp);
              long b = rOff != 0 ? m.mem.getLong(fp + rOff) : r.evalLong(m, fp);
              return a >= b ? 1 : 0;
            }
          };
        case EQ:
          return new Cmp(op, 0, l, r) {
            @Override
            public long evalLong(Machine m, int fp) {
              long a = lOff != 0 ? m.mem.getLong(fp + lOff) : l.evalLong(m, fp);
              long b = rOff != 0 ? m.mem.getLong(fp + rOff) : r.evalLong(m, fp);
              return a == b ? 1 : 0;
            }
          };
        default:
          return new Cmp(op, 0, l, r) {
            @Override
            public long evalLong(Machine m, int fp) {
              long a = lOff != 0 ? m.mem.getLong(fp + lOff) : l.evalLong(m, fp);
              long b = rOff != 0 ? m.mem.getLong(fp + rOff) : r.evalLong(m, fp);
              return a != b ? 1 : 0;
            }
          };
      }
    }
  }
}
