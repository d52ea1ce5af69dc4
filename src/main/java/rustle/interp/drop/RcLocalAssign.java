package rustle.interp.drop;

import rustle.interp.nodes.Loads;
import rustle.interp.nodes.Places;
import rustle.interp.rt.IntNode;
import rustle.interp.rt.Machine;
import rustle.interp.rt.Node;
import rustle.interp.rt.Place;

/**
 * {@code local = value;} for a local holding an Rc ({@code cur = next;} walking a list): the new
 * pointer is evaluated first, the old Rc dropped if the local owns one (in place when it is not the
 * last), then the pointer stored and the local's flag set, as Operators.Assign does, without its
 * scratch slot and copy.
 */
public final class RcLocalAssign extends Node {
  final IntNode value;
  final DropSlot slot;

  private RcLocalAssign(IntNode value, DropSlot slot) {
    this.value = value;
    this.slot = slot;
  }

  /** The node for an assignment of value to place owned by slot, or null when it is not that case. */
  public static Node of(Place place, Node value, DropSlot slot) {
    if (slot == null || slot.quick != SmartDrops.QUICK_RC || slot.movedFlags != null) return null;
    if (!(place instanceof Places.Local l) || l.offset() != slot.off) return null;
    if (!(value instanceof IntNode v) || v.kind.size != 8) return null;
    if (v instanceof Loads.MoveInt mv && mv.localOffset() != null) return new FromLocal(mv.localOffset(), mv.flagOff, slot);
    return new RcLocalAssign(v, slot);
  }

  /**
   * {@code cur = next;} where next is another Rc local, moved: its slot is read and its flag cleared
   * here (Loads.MoveInt's work, in the same order), then the assignment goes on as above.
   */
  static final class FromLocal extends Node {
    final int src;
    final int srcFlag;
    final DropSlot slot;

    FromLocal(int src, int srcFlag, DropSlot slot) {
      this.src = src;
      this.srcFlag = srcFlag;
      this.slot = slot;
    }

    @Override
    public int exec(Machine m, int fp) {
      long v = m.mem.getLong(fp + src);
      m.mem.putByte(fp + srcFlag, (byte) 0);
      slot.dropIfLive(m, fp);
      m.mem.putLong(fp + slot.off, v);
      m.mem.putByte(fp + slot.flagOff, (byte) 1);
      return NORMAL;
    }

    @Override
    public void evalInto(Machine m, int fp, int dst) {
      exec(m, fp);
    }
  }

  @Override
  public int exec(Machine m, int fp) {
    long v = value.evalLong(m, fp);
    slot.dropIfLive(m, fp);
    m.mem.putLong(fp + slot.off, v);
    m.mem.putByte(fp + slot.flagOff, (byte) 1);
    return NORMAL;
  }

  @Override
  public void evalInto(Machine m, int fp, int dst) {
    exec(m, fp);
  }
}
