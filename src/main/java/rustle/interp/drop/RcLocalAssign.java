package rustle.interp.drop;

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
    return new RcLocalAssign(v, slot);
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
