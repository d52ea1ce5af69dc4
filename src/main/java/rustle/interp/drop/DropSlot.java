package rustle.interp.drop;

import rustle.interp.rt.Machine;

/** A local or temporary that owns something: its slot, its drop flag, and its type's drop glue. */
public final class DropSlot {
  final int off;
  public final int flagOff;
  final Dropper dropper;
  /** A SmartDrops.QUICK_* kind: the drop done in place in the common case, without a virtual call. */
  final int quick;
  final String name;
  /**
   * Set when some field of this local is moved out somewhere in its function (a partial move): then
   * each field has a "moved out" flag and scope exit drops only the fields still in place.
   */
  public int[] movedFlags;
  public int[] fieldOffs;
  public Dropper[] fieldDroppers;
  /** For a Box local whose content may be moved out ({@code let s = *b;}): the content's size, else -1. */
  public int boxContentSize = -1;

  public DropSlot(int off, int flagOff, Dropper dropper, String name) {
    this.off = off;
    this.flagOff = flagOff;
    this.dropper = dropper;
    this.quick = SmartDrops.quickKind(dropper);
    this.name = name;
  }

  /** Drops the value if the flag says it is still owned here. */
  public void dropIfLive(Machine m, int fp) {
    int f = fp + flagOff;
    if (m.mem.getByte(f) != 0) {
      m.mem.putByte(f, (byte) 0);
      if (movedFlags == null) {
        if (quick == SmartDrops.QUICK_NONE || !SmartDrops.quick(quick, m, fp + off)) dropper.drop(m, fp + off);
        return;
      }
      if (boxContentSize >= 0) {
        // A box whose content was moved out is freed without dropping the content.
        int ptr = (int) m.mem.getLong(fp + off);
        if (m.mem.getByte(fp + movedFlags[0]) == 0) dropper.drop(m, fp + off);
        else m.heapTypes.boxFree(ptr, boxContentSize);
        clearMoved(m, fp);
        return;
      }
      for (int i = 0; i < movedFlags.length; i++) {
        if (fieldDroppers[i] != null && m.mem.getByte(fp + movedFlags[i]) == 0) {
          fieldDroppers[i].drop(m, fp + off + fieldOffs[i]);
        }
      }
      clearMoved(m, fp);
    }
  }

  public void clearMoved(Machine m, int fp) {
    if (movedFlags != null) for (int mf : movedFlags) m.mem.putByte(fp + mf, (byte) 0);
  }

  public static void dropAll(DropSlot[] slots, Machine m, int fp) {
    for (int i = slots.length - 1; i >= 0; i--) slots[i].dropIfLive(m, fp);
  }

  public static void clearAll(DropSlot[] slots, Machine m, int fp) {
    for (DropSlot s : slots) {
      m.mem.putByte(fp + s.flagOff, (byte) 0);
      s.clearMoved(m, fp);
    }
  }
}
