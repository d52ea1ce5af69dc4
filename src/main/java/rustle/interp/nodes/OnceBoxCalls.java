package rustle.interp.nodes;

import rustle.interp.rt.CodeTable;
import rustle.interp.rt.FloatNode;
import rustle.interp.rt.IntNode;
import rustle.interp.rt.Kind;
import rustle.interp.rt.Machine;
import rustle.interp.rt.MemNode;
import rustle.interp.rt.Node;
import rustle.interp.rt.Place;

/**
 * Calling a {@code Box<dyn FnOnce>} consumes the box: the local holding it loses its drop flag before the
 * call, and after it what the call left in the box (see Vtables: the closure, unless its call took its
 * captures) is dropped and the box freed.
 */
public final class OnceBoxCalls {
  private OnceBoxCalls() {}

  /** The fat pointer at place, read for the call; the local's drop flag (0: none) is cleared. */
  public static final class Take extends MemNode {
    final Place place;
    final int flag;

    public Take(Place place, int flag) {
      super(16);
      this.place = place;
      this.flag = flag;
    }

    @Override
    public void evalInto(Machine m, int fp, int dst) {
      m.mem.copy(place.addr(m, fp), dst, 16);
      if (flag != 0) m.mem.putByte(fp + flag, (byte) 0);
    }
  }

  /** After the call: the fat pointer lies in the caller's scratch slot at fp + scratch. */
  static void release(Machine m, int fp, int scratch, int afterSlot, CodeTable table) {
    int data = (int) m.mem.getLong(fp + scratch);
    int vtable = (int) m.mem.getLong(fp + scratch + 8);
    long dropFn = m.mem.getLong(vtable + 8 * afterSlot);
    if (dropFn != 0) table.at(dropFn).drop().drop(m, data);
    m.heapTypes.boxFree(data, (int) m.mem.getLong(vtable + 8));
  }

  public static final class Int extends IntNode {
    final Node call;
    final int scratch;
    final int afterSlot;
    final CodeTable table;

    public Int(Node call, Kind k, int scratch, int afterSlot, CodeTable table) {
      super(k);
      this.call = call;
      this.scratch = scratch;
      this.afterSlot = afterSlot;
      this.table = table;
    }

    @Override
    public long evalLong(Machine m, int fp) {
      long r = call.evalLong(m, fp);
      release(m, fp, scratch, afterSlot, table);
      return r;
    }
  }

  public static final class Float extends FloatNode {
    final Node call;
    final int scratch;
    final int afterSlot;
    final CodeTable table;

    public Float(Node call, boolean f32, int scratch, int afterSlot, CodeTable table) {
      super(f32);
      this.call = call;
      this.scratch = scratch;
      this.afterSlot = afterSlot;
      this.table = table;
    }

    @Override
    public double evalDouble(Machine m, int fp) {
      double r = call.evalDouble(m, fp);
      release(m, fp, scratch, afterSlot, table);
      return r;
    }
  }

  public static final class Mem extends MemNode {
    final Node call;
    final int scratch;
    final int afterSlot;
    final CodeTable table;

    public Mem(Node call, int size, int scratch, int afterSlot, CodeTable table) {
      super(size);
      this.call = call;
      this.scratch = scratch;
      this.afterSlot = afterSlot;
      this.table = table;
    }

    @Override
    public void evalInto(Machine m, int fp, int dst) {
      call.evalInto(m, fp, dst);
      release(m, fp, scratch, afterSlot, table);
    }

    @Override
    public int exec(Machine m, int fp) {
      if (size == 0) {
        evalInto(m, fp, 0);
        return NORMAL;
      }
      return super.exec(m, fp);
    }
  }
}
