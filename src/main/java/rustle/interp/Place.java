package rustle.interp;

/** A place expression compiled to compute its address (rustc's Place: a local plus projections). */
abstract class Place {
  abstract int addr(Machine m, int fp);
}
