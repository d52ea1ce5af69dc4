package rustle.interp.nodes;

import rustle.interp.rt.FloatNode;
import rustle.interp.rt.IntNode;
import rustle.interp.rt.Kind;
import rustle.interp.rt.Machine;

/** {@code as} casts between numeric types, bool and char, with Rust's truncating and saturating rules. */
final class Casts {
  private Casts() {}

  /** Integer to integer: truncate or extend (the source is already sign/zero-extended in the long). */
  static final class IntToInt extends IntNode {
    final IntNode v;

    IntToInt(IntNode v, Kind to) {
      super(to);
      this.v = v;
    }

    @Override
    public long evalLong(Machine m, int fp) {
      return kind.wrap(v.evalLong(m, fp));
    }
  }

  /**
   * Integer to a 64-bit integer: the bits stay as they are, since the source is already sign- or
   * zero-extended as its own type says ({@code -1i32 as u64} is all ones either way).
   */
  static final class IntTo64 extends IntNode {
    final IntNode v;

    IntTo64(IntNode v, Kind to) {
      super(to);
      this.v = v;
    }

    @Override
    public long evalLong(Machine m, int fp) {
      return v.evalLong(m, fp);
    }
  }

  static final class IntToFloat extends FloatNode {
    final IntNode v;
    final boolean unsigned64;

    IntToFloat(IntNode v, boolean f32) {
      super(f32);
      this.v = v;
      this.unsigned64 = v.kind == Kind.U64;
    }

    @Override
    public double evalDouble(Machine m, int fp) {
      long x = v.evalLong(m, fp);
      if (f32) {
        if (unsigned64 && x < 0) return (float) (((x >>> 1) | (x & 1)) * 2.0f);
        return (float) x;
      }
      if (unsigned64 && x < 0) return ((x >>> 1) | (x & 1)) * 2.0;
      return (double) x;
    }
  }

  /** Float to integer saturates at the type's bounds; NaN becomes 0. */
  static final class FloatToInt extends IntNode {
    final FloatNode v;

    FloatToInt(FloatNode v, Kind to) {
      super(to);
      this.v = v;
    }

    @Override
    public long evalLong(Machine m, int fp) {
      double d = v.evalDouble(m, fp);
      if (Double.isNaN(d)) return 0;
      if (kind == Kind.U64) {
        if (d <= 0) return 0;
        if (d >= 18446744073709551615.0) return -1L;
        if (d >= 9223372036854775808.0) return ((long) (d / 2)) << 1;
        return (long) d;
      }
      if (kind == Kind.I64) return (long) d;
      if (d <= kind.min) return kind.min;
      if (d >= kind.max) return kind.max;
      return (long) d;
    }
  }

  static final class FloatToFloat extends FloatNode {
    final FloatNode v;

    FloatToFloat(FloatNode v, boolean f32) {
      super(f32);
      this.v = v;
    }

    @Override
    public double evalDouble(Machine m, int fp) {
      double d = v.evalDouble(m, fp);
      return f32 ? (float) d : d;
    }
  }
}
