package rustle.interp.nodes;

import rustle.interp.rt.FloatNode;
import rustle.interp.rt.IntNode;
import rustle.interp.rt.Kind;
import rustle.interp.rt.Machine;
import rustle.interp.rt.MemNode;
import rustle.interp.rt.Node;
import rustle.interp.rt.Place;

/** Reading values out of places: scalars into Java values, memory values by copying bytes. */
public final class Loads {
  private Loads() {}

  public static IntNode local(int off, Kind k) {
    switch (k) {
      case I64:
      case U64:
        return new LocalI64(off, k);
      case I32:
        return new LocalI32(off);
      default:
        return new LoadInt(new Places.Local(off), k);
    }
  }

  /**
   * The frame offset of a 64-bit local that n only reads, or 0 when n is anything else (a slot of 8
   * bytes is never at offset 0: offsets are negative): the hot arithmetic, comparison and index nodes
   * read such an operand from the frame themselves instead of calling its node, a megamorphic virtual
   * call per operand otherwise.
   */
  static int off64(IntNode n) {
    return n instanceof LocalI64 l ? l.off : 0;
  }

  /**
   * For a node that reads a word from a local's slot and adds a constant to it (a 64-bit local, the
   * address {@code &(*local).field}): {slot offset, constant}; null for any other node. The direct std
   * nodes (Rc::clone, borrow()) read such an operand in place, one virtual call fewer.
   */
  public static int[] localPointer(IntNode n) {
    if (n instanceof LocalI64 l) return new int[] {l.off, 0};
    if (n instanceof LocalDerefFieldAddr l) return new int[] {l.off, l.fieldOff};
    return null;
  }

  static final class LocalI64 extends IntNode {
    final int off;

    LocalI64(int off, Kind k) {
      super(k);
      this.off = off;
    }

    @Override
    public long evalLong(Machine m, int fp) {
      return m.mem.getLong(fp + off);
    }
  }

  static final class LocalI32 extends IntNode {
    final int off;

    LocalI32(int off) {
      super(Kind.I32);
      this.off = off;
    }

    @Override
    public long evalLong(Machine m, int fp) {
      return m.mem.getInt(fp + off);
    }
  }

  /** Builds the load of an integer from a place, specialised for 64-bit values. */
  public static IntNode load(Place p, Kind k) {
    if (k.size == 8) {
      IntNode fused = FieldAccess.loadI64(p, k);
      return fused != null ? fused : new LoadI64(p, k);
    }
    return new LoadInt(p, k);
  }

  static final class LoadI64 extends IntNode {
    final Place place;

    LoadI64(Place place, Kind k) {
      super(k);
      this.place = place;
    }

    @Override
    public long evalLong(Machine m, int fp) {
      return m.mem.getLong(place.addr(m, fp));
    }
  }

  public static final class LoadInt extends IntNode {
    final Place place;

    public LoadInt(Place place, Kind k) {
      super(k);
      this.place = place;
    }

    @Override
    public long evalLong(Machine m, int fp) {
      return kind.load(m.mem, place.addr(m, fp));
    }
  }

  /** Builds the load of a float from a place, fused with the place for the commonest f64 places. */
  public static FloatNode loadFloat(Place p, boolean f32) {
    FloatNode fused = f32 ? null : FieldAccess.loadF64(p);
    return fused != null ? fused : new LoadFloat(p, f32);
  }

  public static final class LoadFloat extends FloatNode {
    final Place place;

    public LoadFloat(Place place, boolean f32) {
      super(f32);
      this.place = place;
    }

    @Override
    public double evalDouble(Machine m, int fp) {
      int a = place.addr(m, fp);
      return f32 ? m.mem.getFloat(a) : m.mem.getDouble(a);
    }
  }

  /** Copies a memory value out of a place; when flagOff != 0 the place was a local moved from. */
  public static final class Copy extends MemNode {
    final Place place;
    final int flagOff;

    public Copy(Place place, int size, int flagOff) {
      super(size);
      this.place = place;
      this.flagOff = flagOff;
    }

    @Override
    public void evalInto(Machine m, int fp, int dst) {
      int a = place.addr(m, fp);
      if (size > 0) m.mem.copy(a, dst, size);
      if (flagOff != 0) m.mem.putByte(fp + flagOff, (byte) 0);
    }
  }

  /** Moves a field out of an owning local (a partial move): copies it and sets the field's moved flag. */
  public static final class MoveField extends Node {
    final Place place;
    final int size;
    final int movedFlag;
    final Kind kind;

    public MoveField(Place place, int size, int movedFlag, Kind kind) {
      this.place = place;
      this.size = size;
      this.movedFlag = movedFlag;
      this.kind = kind;
    }

    @Override
    public long evalLong(Machine m, int fp) {
      long v = kind.load(m.mem, place.addr(m, fp));
      m.mem.putByte(fp + movedFlag, (byte) 1);
      return v;
    }

    @Override
    public void evalInto(Machine m, int fp, int dst) {
      m.mem.copy(place.addr(m, fp), dst, size);
      m.mem.putByte(fp + movedFlag, (byte) 1);
    }
  }

  /** Moves a scalar owner (a Box) out of a local: reads it and clears the local's drop flag. */
  public static final class MoveInt extends IntNode {
    final Place place;
    public final int flagOff;

    public MoveInt(Place place, Kind k, int flagOff) {
      super(k);
      this.place = place;
      this.flagOff = flagOff;
    }

    @Override
    public long evalLong(Machine m, int fp) {
      long v = kind.load(m.mem, place.addr(m, fp));
      m.mem.putByte(fp + flagOff, (byte) 0);
      return v;
    }

    /** The frame offset of the local moved from, or null when the place is not a local's slot. */
    public Integer localOffset() {
      return place instanceof Places.Local l ? l.offset() : null;
    }
  }

  /**
   * The address of place as a value: for a local ({@code &x}) and a field behind a local pointer
   * ({@code &self.f}, {@code &rc.cell}) one node that computes it, without a call into the place.
   */
  public static IntNode addrOf(Place place) {
    if (place instanceof Places.Local l) return new LocalAddr(l.off);
    if (place instanceof Places.LocalDerefField d) return new LocalDerefFieldAddr(d.off, d.fieldOff);
    return new AddrOf(place);
  }

  /** {@code &local}: the frame pointer plus the local's offset. */
  static final class LocalAddr extends IntNode {
    final int off;

    LocalAddr(int off) {
      super(Kind.U64);
      this.off = off;
    }

    @Override
    public long evalLong(Machine m, int fp) {
      return fp + off;
    }
  }

  /** {@code &(*local).field}: the pointer in a local plus the field's offset. */
  static final class LocalDerefFieldAddr extends IntNode {
    final int off;
    final int fieldOff;

    LocalDerefFieldAddr(int off, int fieldOff) {
      super(Kind.U64);
      this.off = off;
      this.fieldOff = fieldOff;
    }

    @Override
    public long evalLong(Machine m, int fp) {
      return (int) m.mem.getLong(fp + off) + fieldOff;
    }
  }

  /** The address of a place, as the value of a reference to it. */
  public static final class AddrOf extends IntNode {
    final Place place;

    public AddrOf(Place place) {
      super(Kind.U64);
      this.place = place;
    }

    @Override
    public long evalLong(Machine m, int fp) {
      return place.addr(m, fp);
    }
  }

  public static final class ConstInt extends IntNode {
    final long value;

    public ConstInt(long value, Kind k) {
      super(k);
      this.value = value;
    }

    @Override
    public long evalLong(Machine m, int fp) {
      return value;
    }
  }

  public static final class ConstFloat extends FloatNode {
    final double value;

    public ConstFloat(double value, boolean f32) {
      super(f32);
      this.value = value;
    }

    @Override
    public double evalDouble(Machine m, int fp) {
      return value;
    }
  }

  /** A {@code &'static str}: pointer into the static region and length. */
  public static final class StrLit extends MemNode {
    final int ptr;
    final long len;

    public StrLit(int ptr, long len) {
      super(16);
      this.ptr = ptr;
      this.len = len;
    }

    /** The literal's address in the static region. */
    public int ptr() {
      return ptr;
    }

    /** The literal's length in bytes. */
    public long len() {
      return len;
    }

    @Override
    public void evalInto(Machine m, int fp, int dst) {
      m.mem.putLong(dst, ptr);
      m.mem.putLong(dst + 8, len);
    }
  }

  /** A value of a zero-sized type (unit): evaluating it only runs its side effects. */
  public static final class Unit extends MemNode {
    final Node effect;

    public Unit(Node effect) {
      super(0);
      this.effect = effect;
    }

    @Override
    public void evalInto(Machine m, int fp, int dst) {
      if (effect != null) effect.execAsValue(m, fp);
    }

    @Override
    public int exec(Machine m, int fp) {
      return effect == null ? NORMAL : effect.exec(m, fp);
    }
  }
}
