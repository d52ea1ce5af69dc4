package rustle.interp.std;

import rustle.interp.nodes.Places;
import rustle.interp.rt.IntNode;
import rustle.interp.rt.Machine;
import rustle.interp.rt.Place;
import rustle.interp.rt.RustPanic;
import rustle.types.SmartPtrs;

/**
 * Places reached through the Ref or RefMut that a direct {@code borrow()} / {@code borrow_mut()} leaves
 * in a temporary ({@code cur.borrow_mut().val += d}, {@code match &cur.borrow().next}): the borrow, the
 * temporary guard and the deref of its value pointer in one node. The guard is still written to its
 * slot and flagged, so the statement's drop gives the borrow back as before and a dump sees the same.
 */
public final class GuardPlaces {
  private GuardPlaces() {}

  /** {@code (*p).<off>} where p is a place holding a pointer-like value (a reference, Box, Rc, Ref...). */
  public static Place derefField(Place p, int off) {
    if (p instanceof Places.Temp t && t.value() instanceof DirectCalls.Borrow b) {
      return new BorrowDeref(b, t.offset(), t.flagOff, off);
    }
    return Places.field(new Places.DerefAt(p), off);
  }

  /** Field off of place p: Places.field, with a field of a borrowed place folded into it. */
  public static Place field(Place p, int off) {
    if (p instanceof BorrowDeref d) return new BorrowDeref(d.cell, d.mut, d.flag, d.value, d.panicAt, d.slot,
        d.slotFlag, d.plus + off);
    return Places.field(p, off);
  }

  /** A RefCell borrowed into a temporary guard, and the place at plus bytes into the value it guards. */
  static final class BorrowDeref extends Place {
    final IntNode cell;
    final boolean mut;
    final int flag;
    final int value;
    final rustle.ast.Span panicAt;
    /** The guard's slot and its drop flag (0: none) in the frame. */
    final int slot;
    final int slotFlag;
    final int plus;
    /** When cell is read from a local (Loads.localPointer): its slot, else 0, and the constant added. */
    final int cellSlot;
    final int cellPlus;

    BorrowDeref(DirectCalls.Borrow b, int slot, int slotFlag, int plus) {
      this(b.cell, b.mut, b.flag, b.value, b.panicAt, slot, slotFlag, plus);
    }

    BorrowDeref(IntNode cell, boolean mut, int flag, int value, rustle.ast.Span panicAt, int slot, int slotFlag,
        int plus) {
      this.cell = cell;
      this.mut = mut;
      this.flag = flag;
      this.value = value;
      this.panicAt = panicAt;
      this.slot = slot;
      this.slotFlag = slotFlag;
      this.plus = plus;
      int[] lp = rustle.interp.nodes.Loads.localPointer(cell);
      this.cellSlot = lp == null ? 0 : lp[0];
      this.cellPlus = lp == null ? 0 : lp[1];
    }

    @Override
    public int addr(Machine m, int fp) {
      int c = cellSlot != 0 ? (int) m.mem.getLong(fp + cellSlot) + cellPlus : (int) cell.evalLong(m, fp);
      long b = m.mem.getLong(c + flag);
      if (mut ? b != 0 : b < 0) throw DirectCalls.Borrow.failed(m, mut, panicAt);
      m.mem.putLong(c + flag, mut ? -1 : b + 1);
      int a = fp + slot;
      m.mem.putLong(a + SmartPtrs.REF_VALUE, c + value);
      m.mem.putLong(a + SmartPtrs.REF_FLAG, c + flag);
      if (slotFlag != 0) m.mem.putByte(fp + slotFlag, (byte) 1);
      return c + value + plus;
    }
  }
}
