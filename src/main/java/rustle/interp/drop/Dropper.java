package rustle.interp.drop;

import rustle.interp.rt.Machine;

/** The drop glue of one type: what dropping a value at an address does (free memory, run Drop impls). */
public abstract class Dropper {
  public abstract void drop(Machine m, int addr);
}
