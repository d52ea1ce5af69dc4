package rustle.interp.drop;

import rustle.interp.rt.Machine;

/**
 * The drop of a Box whose contents were moved out ({@code let n = *make();}): its block is freed, its
 * contents are not dropped again.
 */
public final class BoxFree extends Dropper {
  final int size;

  public BoxFree(int size) {
    this.size = size;
  }

  @Override
  public void drop(Machine m, int addr) {
    m.heapTypes.boxFree((int) m.mem.getLong(addr), size);
  }
}
