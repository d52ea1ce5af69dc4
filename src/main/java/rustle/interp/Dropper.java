package rustle.interp;

/** The drop glue of one type: what dropping a value at an address does (free memory, run Drop impls). */
abstract class Dropper {
  abstract void drop(Machine m, int addr);
}
