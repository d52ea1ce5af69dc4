package rustle.interp.rt;

/** A place expression compiled to compute its address (rustc's Place: a local plus projections). */
public abstract class Place {
  public abstract int addr(Machine m, int fp);
}
