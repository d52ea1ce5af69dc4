package rustle.interp;

/**
 * The drop of a Box whose contents were moved out ({@code let n = *make();}): its block is freed, its
 * contents are not dropped again.
 */
final class BoxFree extends Dropper {
  final int size;

  BoxFree(int size) {
    this.size = size;
  }

  @Override
  void drop(Machine m, int addr) {
    m.heapTypes.boxFree((int) m.mem.getLong(addr), size);
  }
}
