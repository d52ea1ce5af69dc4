package rustle.interp.nodes;

import rustle.interp.rt.FloatNode;
import rustle.interp.rt.IntNode;
import rustle.interp.rt.Kind;
import rustle.interp.rt.Machine;
import rustle.interp.rt.Node;
import rustle.interp.rt.Place;

/**
 * Loads and stores of 8-byte scalars at the commonest places, a local and a field reached through a
 * reference held in a local ({@code self.x}, {@code *r}), fused with the place: one virtual call
 * where a load node and a place node would take two. The value is read from and written to the
 * simulated memory as the general nodes do.
 */
final class FieldAccess {
  private FieldAccess() {}

  /** The fused 8-byte integer load of p, or null when p has no fused form. */
  static IntNode loadI64(Place p, Kind k) {
    if (p instanceof Places.Local l) return new Loads.LocalI64(l.off, k);
    if (p instanceof Places.LocalDerefField d) return new DerefFieldI64(d.off, d.fieldOff, k);
    if (p instanceof Places.LocalDerefDerefField d) return new DerefDerefFieldI64(d.off, d.fieldOff, d.innerOff, k);
    return null;
  }

  /** The fused f64 load of p, or null. */
  static FloatNode loadF64(Place p) {
    if (p instanceof Places.Local l) return new LocalF64(l.off);
    if (p instanceof Places.LocalDerefField d) return new DerefFieldF64(d.off, d.fieldOff);
    return null;
  }

  /** The fused store of an 8-byte integer to p, or null. */
  static Node storeI64(Place p, IntNode value) {
    if (p instanceof Places.LocalDerefField d) return new StoreDerefFieldI64(d.off, d.fieldOff, value);
    return null;
  }

  /** {@code (*local).field} of 8 bytes. */
  static final class DerefFieldI64 extends IntNode {
    final int off;
    final int fieldOff;

    DerefFieldI64(int off, int fieldOff, Kind k) {
      super(k);
      this.off = off;
      this.fieldOff = fieldOff;
    }

    @Override
    public long evalLong(Machine m, int fp) {
      return m.mem.getLong((int) m.mem.getLong(fp + off) + fieldOff);
    }
  }

  /** {@code (*(*local).field).inner} of 8 bytes: a variable a closure captured by reference. */
  static final class DerefDerefFieldI64 extends IntNode {
    final int off;
    final int fieldOff;
    final int innerOff;

    DerefDerefFieldI64(int off, int fieldOff, int innerOff, Kind k) {
      super(k);
      this.off = off;
      this.fieldOff = fieldOff;
      this.innerOff = innerOff;
    }

    @Override
    public long evalLong(Machine m, int fp) {
      return m.mem.getLong((int) m.mem.getLong((int) m.mem.getLong(fp + off) + fieldOff) + innerOff);
    }
  }

  static final class LocalF64 extends FloatNode {
    final int off;

    LocalF64(int off) {
      super(false);
      this.off = off;
    }

    @Override
    public double evalDouble(Machine m, int fp) {
      return m.mem.getDouble(fp + off);
    }
  }

  static final class DerefFieldF64 extends FloatNode {
    final int off;
    final int fieldOff;

    DerefFieldF64(int off, int fieldOff) {
      super(false);
      this.off = off;
      this.fieldOff = fieldOff;
    }

    @Override
    public double evalDouble(Machine m, int fp) {
      return m.mem.getDouble((int) m.mem.getLong(fp + off) + fieldOff);
    }
  }

  /** {@code (*local).field = value} for an 8-byte integer: the value first, then the address, as Assign does. */
  static final class StoreDerefFieldI64 extends Node {
    final int off;
    final int fieldOff;
    final IntNode value;

    StoreDerefFieldI64(int off, int fieldOff, IntNode value) {
      this.off = off;
      this.fieldOff = fieldOff;
      this.value = value;
    }

    @Override
    public int exec(Machine m, int fp) {
      long v = value.evalLong(m, fp);
      m.mem.putLong((int) m.mem.getLong(fp + off) + fieldOff, v);
      return NORMAL;
    }

    @Override
    public void evalInto(Machine m, int fp, int dst) {
      exec(m, fp);
    }
  }

  /** {@code place = value} for an f64 place (no drop glue): the value first, then the address. */
  static final class StoreF64 extends Node {
    final Place place;
    final Node value;

    StoreF64(Place place, Node value) {
      this.place = place;
      this.value = value;
    }

    @Override
    public int exec(Machine m, int fp) {
      double v = value.evalDouble(m, fp);
      m.mem.putDouble(place.addr(m, fp), v);
      return NORMAL;
    }

    @Override
    public void evalInto(Machine m, int fp, int dst) {
      exec(m, fp);
    }
  }

  /** {@code (*local).field = value} for an f64 field. */
  static final class StoreDerefFieldF64 extends Node {
    final int off;
    final int fieldOff;
    final Node value;

    StoreDerefFieldF64(int off, int fieldOff, Node value) {
      this.off = off;
      this.fieldOff = fieldOff;
      this.value = value;
    }

    @Override
    public int exec(Machine m, int fp) {
      double v = value.evalDouble(m, fp);
      m.mem.putDouble((int) m.mem.getLong(fp + off) + fieldOff, v);
      return NORMAL;
    }

    @Override
    public void evalInto(Machine m, int fp, int dst) {
      exec(m, fp);
    }
  }

  /** The fused store of an f64 value to p. */
  static Node storeF64(Place p, Node value) {
    if (p instanceof Places.LocalDerefField d) return new StoreDerefFieldF64(d.off, d.fieldOff, value);
    return new StoreF64(p, value);
  }
}
