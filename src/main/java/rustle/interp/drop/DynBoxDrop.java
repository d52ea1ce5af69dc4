package rustle.interp.drop;

import rustle.interp.rt.CodeTable;
import rustle.interp.rt.Machine;

/**
 * The drop of a {@code Box<dyn Trait>}: the concrete type is known only from the vtable, whose first
 * word is its {@code drop_in_place} (0 when it needs no drop) and second its size, as in rustc.
 */
final class DynBoxDrop extends Dropper {
  private final CodeTable table;

  DynBoxDrop(CodeTable table) {
    this.table = table;
  }

  @Override
  public void drop(Machine m, int addr) {
    int data = (int) m.mem.getLong(addr);
    int vtable = (int) m.mem.getLong(addr + 8);
    long dropFn = m.mem.getLong(vtable);
    if (dropFn != 0) {
      CodeTable.Entry e = table.at(dropFn);
      if (e == null || e.drop() == null) {
        throw new IllegalStateException(String.format("vtable 0x%x names no drop glue at 0x%x", vtable, dropFn));
      }
      e.drop().drop(m, data);
    }
    m.heapTypes.boxFree(data, (int) m.mem.getLong(vtable + 8));
  }
}
