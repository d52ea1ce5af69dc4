package rustle.interp.rt;

import rustle.types.Ty;

/** How the interpreter holds a value of a type: in a Java long, a double, or in memory. */
public enum Rep {
  INT, FLOAT, MEM;

  public static Rep of(Ty t) {
    Kind k = Kind.of(t);
    if (k == null) return MEM;
    return k.isFloat() ? FLOAT : INT;
  }
}
