package rustle.interp.nodes;

import rustle.ast.Span;
import rustle.interp.rt.IntNode;
import rustle.interp.rt.Machine;
import rustle.interp.rt.Node;
import rustle.interp.rt.Panics;
import rustle.interp.rt.Place;
import rustle.memory.HeapTypes;

/** The place forms: locals, derefs, fields, indexing, and temporaries that give an rvalue an address. */
public final class Places {
  private Places() {}

  public static final class Local extends Place {
    final int off;

    public Local(int off) {
      this.off = off;
    }

    public int offset() {
      return off;
    }

    @Override
    public int addr(Machine m, int fp) {
      return fp + off;
    }
  }

  /** The place ptr points to; a pointer read from a local is fused with the deref. */
  public static Place deref(IntNode ptr) {
    return ptr instanceof Loads.LocalI64 l ? new LocalDerefField(l.off, 0) : new Deref(ptr);
  }

  /** The place a pointer value points to. */
  public static final class Deref extends Place {
    final IntNode ptr;

    public Deref(IntNode ptr) {
      this.ptr = ptr;
    }

    @Override
    public int addr(Machine m, int fp) {
      return (int) ptr.evalLong(m, fp);
    }
  }

  /** A pointer stored at a place (a reference or Box held in memory), followed. */
  public static final class DerefAt extends Place {
    final Place base;

    public DerefAt(Place base) {
      this.base = base;
    }

    @Override
    public int addr(Machine m, int fp) {
      return (int) m.mem.getLong(base.addr(m, fp));
    }
  }

  /** Field of a place, with nested fields folded and a local reference's deref fused (fewer hops). */
  public static Place field(Place base, int off) {
    if (base instanceof Field f) return field(f.base, f.off + off);
    if (base instanceof LocalDerefField d) return off == 0 ? d : new LocalDerefField(d.off, d.fieldOff + off);
    if (base instanceof DerefAt d && d.base instanceof LocalDerefField lf) {
      return new LocalDerefDerefField(lf.off, lf.fieldOff, off);
    }
    if (base instanceof LocalDerefDerefField d) return new LocalDerefDerefField(d.off, d.fieldOff, d.innerOff + off);
    if (base instanceof DerefAt d && d.base instanceof Local l) return new LocalDerefField(l.off, off);
    if (base instanceof Deref d && d.ptr instanceof Loads.LocalI64 l) return new LocalDerefField(l.off, off);
    if (base instanceof Local l) return new Local(l.off + off);
    if (off == 0) return base;
    return new Field(base, off);
  }

  /** {@code (*local).field}: a pointer held in a local, plus an offset. */
  static final class LocalDerefField extends Place {
    final int off;
    final int fieldOff;

    LocalDerefField(int off, int fieldOff) {
      this.off = off;
      this.fieldOff = fieldOff;
    }

    @Override
    public int addr(Machine m, int fp) {
      return (int) m.mem.getLong(fp + off) + fieldOff;
    }
  }

  /**
   * {@code (*(*local).field).inner}: a pointer held in a field of what a local points to, followed. A
   * closure's by-reference capture is one: the environment pointer, the capture's slot, the variable.
   */
  static final class LocalDerefDerefField extends Place {
    final int off;
    final int fieldOff;
    final int innerOff;

    LocalDerefDerefField(int off, int fieldOff, int innerOff) {
      this.off = off;
      this.fieldOff = fieldOff;
      this.innerOff = innerOff;
    }

    @Override
    public int addr(Machine m, int fp) {
      return (int) m.mem.getLong((int) m.mem.getLong(fp + off) + fieldOff) + innerOff;
    }
  }

  static final class Field extends Place {
    final Place base;
    final int off;

    Field(Place base, int off) {
      this.base = base;
      this.off = off;
    }

    @Override
    public int addr(Machine m, int fp) {
      return base.addr(m, fp) + off;
    }
  }

  /** An rvalue evaluated into a frame slot, so that it can be borrowed or projected. */
  public static final class Temp extends Place {
    final Node value;
    final int off;
    public final int flagOff;

    /** The value when it is a 64-bit integer node: stored here, one virtual call fewer than its evalInto. */
    final IntNode wide;

    public Temp(Node value, int off, int flagOff) {
      this.value = value;
      this.off = off;
      this.flagOff = flagOff;
      this.wide = value instanceof IntNode n && n.kind.size == 8 ? n : null;
    }

    /** The rvalue this temporary holds (std.GuardPlaces fuses a RefCell borrow with its deref). */
    public Node value() {
      return value;
    }

    public int offset() {
      return off;
    }

    @Override
    public int addr(Machine m, int fp) {
      int a = fp + off;
      if (wide != null) m.mem.putLong(a, wide.evalLong(m, fp));
      else value.evalInto(m, fp, a);
      if (flagOff != 0) m.mem.putByte(fp + flagOff, (byte) 1);
      return a;
    }
  }

  /** {@code v[i]} on a Vec: bounds-checked against its length. */
  public static final class IndexVec extends Place {
    final Place vec;
    final IntNode index;
    final int elemSize;
    final Span span;
    /** The index's frame offset when it is a 64-bit local (read in place), else 0. */
    final int iOff;
    /** The Vec's frame offset when it is a local, else 0. */
    final int vOff;

    public IndexVec(Place vec, IntNode index, int elemSize, Span span) {
      this.vec = vec;
      this.index = index;
      this.elemSize = elemSize;
      this.span = span;
      this.iOff = Loads.off64(index);
      this.vOff = vec instanceof Local l ? l.off : 0;
    }

    @Override
    public int addr(Machine m, int fp) {
      int v = vOff != 0 ? fp + vOff : vec.addr(m, fp);
      long i = iOff != 0 ? m.mem.getLong(fp + iOff) : index.evalLong(m, fp);
      rustle.memory.Memory mem = m.mem;
      long len = mem.getLong(v + HeapTypes.LEN);
      // len is never negative: one unsigned compare is i < 0 || i >= len.
      // A null span: inside a #[track_caller] function, whose caller's location std reports.
      if (Long.compareUnsigned(i, len) >= 0) throw Panics.indexOutOfBounds(len, i, span != null ? span : m.callerSpan());
      return (int) (mem.getLong(v + HeapTypes.PTR) + i * elemSize);
    }
  }

  /** {@code a[i]} on an array of known length. */
  public static final class IndexArray extends Place {
    final Place arr;
    final IntNode index;
    final long len;
    final int elemSize;
    final Span span;
    /** The index's frame offset when it is a 64-bit local (read in place), else 0. */
    final int iOff;

    public IndexArray(Place arr, IntNode index, long len, int elemSize, Span span) {
      this.arr = arr;
      this.index = index;
      this.len = len;
      this.elemSize = elemSize;
      this.span = span;
      this.iOff = Loads.off64(index);
    }

    @Override
    public int addr(Machine m, int fp) {
      int a = arr.addr(m, fp);
      long i = iOff != 0 ? m.mem.getLong(fp + iOff) : index.evalLong(m, fp);
      if (i < 0 || i >= len) throw Panics.indexOutOfBounds(len, i, span);
      return (int) (a + i * elemSize);
    }
  }

  /** {@code s[i]} through a slice's fat pointer (pointer, length) stored at a place. */
  public static final class IndexSlice extends Place {
    final Place fat;
    final IntNode index;
    final int elemSize;
    final Span span;
    /** The index's frame offset when it is a 64-bit local (read in place), else 0. */
    final int iOff;

    public IndexSlice(Place fat, IntNode index, int elemSize, Span span) {
      this.fat = fat;
      this.index = index;
      this.elemSize = elemSize;
      this.span = span;
      this.iOff = Loads.off64(index);
    }

    @Override
    public int addr(Machine m, int fp) {
      int f = fat.addr(m, fp);
      long i = iOff != 0 ? m.mem.getLong(fp + iOff) : index.evalLong(m, fp);
      long len = m.mem.getLong(f + 8);
      if (i < 0 || i >= len) throw Panics.indexOutOfBounds(len, i, span);
      return (int) (m.mem.getLong(f) + i * elemSize);
    }
  }
}
