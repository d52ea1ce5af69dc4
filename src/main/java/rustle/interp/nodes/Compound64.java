package rustle.interp.nodes;

import rustle.ast.Span;
import rustle.interp.rt.IntNode;
import rustle.interp.rt.Kind;
import rustle.interp.rt.Machine;
import rustle.interp.rt.Node;
import rustle.interp.rt.Panics;
import rustle.interp.rt.Place;

/**
 * {@code place += v} and {@code place -= v} on 64-bit integers ({@code i64}, {@code u64}, {@code usize}),
 * one class per operator and signedness so that nothing switches at run time; the overflow checks are
 * {@link Arith#apply}'s.
 */
final class Compound64 {
  private Compound64() {}

  /** The specialised node, or null when the general compound assignment should be used. */
  static Node make(Place place, Arith.Op op, IntNode value, Kind k, Span span) {
    if (k.size != 8) return null;
    if (op == Arith.Op.ADD) return k.signed ? new AddI64(place, value, span) : new AddU64(place, value, span);
    if (op == Arith.Op.SUB) return k.signed ? new SubI64(place, value, span) : new SubU64(place, value, span);
    return null;
  }

  abstract static class Base extends Node {
    final Place place;
    final IntNode value;
    final Span span;
    /** The place's frame offset when it is a local, and the value's when it is a 64-bit local; else 0. */
    final int pOff;
    final int vOff;

    Base(Place place, IntNode value, Span span) {
      this.place = place;
      this.value = value;
      this.span = span;
      this.pOff = place instanceof Places.Local l ? l.off : 0;
      this.vOff = Loads.off64(value);
    }

    @Override
    public void evalInto(Machine m, int fp, int dst) {
      exec(m, fp);
    }
  }

  static final class AddI64 extends Base {
    AddI64(Place place, IntNode value, Span span) {
      super(place, value, span);
    }

    @Override
    public int exec(Machine m, int fp) {
      long b = vOff != 0 ? m.mem.getLong(fp + vOff) : value.evalLong(m, fp);
      int a = pOff != 0 ? fp + pOff : place.addr(m, fp);
      long x = m.mem.getLong(a);
      long s = x + b;
      if (((x ^ s) & (b ^ s)) < 0) throw Panics.overflow("add", span);
      m.mem.putLong(a, s);
      return NORMAL;
    }
  }

  static final class SubI64 extends Base {
    SubI64(Place place, IntNode value, Span span) {
      super(place, value, span);
    }

    @Override
    public int exec(Machine m, int fp) {
      long b = vOff != 0 ? m.mem.getLong(fp + vOff) : value.evalLong(m, fp);
      int a = pOff != 0 ? fp + pOff : place.addr(m, fp);
      long x = m.mem.getLong(a);
      long s = x - b;
      if (((x ^ b) & (x ^ s)) < 0) throw Panics.overflow("subtract", span);
      m.mem.putLong(a, s);
      return NORMAL;
    }
  }

  static final class AddU64 extends Base {
    AddU64(Place place, IntNode value, Span span) {
      super(place, value, span);
    }

    @Override
    public int exec(Machine m, int fp) {
      long b = vOff != 0 ? m.mem.getLong(fp + vOff) : value.evalLong(m, fp);
      int a = pOff != 0 ? fp + pOff : place.addr(m, fp);
      long x = m.mem.getLong(a);
      long s = x + b;
      if (Long.compareUnsigned(s, x) < 0) throw Panics.overflow("add", span);
      m.mem.putLong(a, s);
      return NORMAL;
    }
  }

  static final class SubU64 extends Base {
    SubU64(Place place, IntNode value, Span span) {
      super(place, value, span);
    }

    @Override
    public int exec(Machine m, int fp) {
      long b = vOff != 0 ? m.mem.getLong(fp + vOff) : value.evalLong(m, fp);
      int a = pOff != 0 ? fp + pOff : place.addr(m, fp);
      long x = m.mem.getLong(a);
      if (Long.compareUnsigned(x, b) < 0) throw Panics.overflow("subtract", span);
      m.mem.putLong(a, x - b);
      return NORMAL;
    }
  }
}
