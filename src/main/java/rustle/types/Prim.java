package rustle.types;

/** The primitive types: integers, floats, bool, char, str and the never type. */
public enum Prim implements Ty {
  I8("i8", 1, true), I16("i16", 2, true), I32("i32", 4, true), I64("i64", 8, true), I128("i128", 16, true),
  ISIZE("isize", 8, true),
  U8("u8", 1, false), U16("u16", 2, false), U32("u32", 4, false), U64("u64", 8, false), U128("u128", 16, false),
  USIZE("usize", 8, false),
  F32("f32", 4, false), F64("f64", 8, false),
  BOOL("bool", 1, false), CHAR("char", 4, false), STR("str", 0, false), NEVER("!", 0, false);

  public final String name;
  public final int size;
  public final boolean signed;

  Prim(String name, int size, boolean signed) {
    this.name = name;
    this.size = size;
    this.signed = signed;
  }

  public boolean isInt() {
    return ordinal() <= USIZE.ordinal();
  }

  public boolean isFloat() {
    return this == F32 || this == F64;
  }

  public int bits() {
    return size * 8;
  }

  /** The primitive named by a path segment, or null. */
  public static Prim byName(String n) {
    return n == null ? null : BY_NAME.get(n);
  }

  /**
   * The primitives by name, but for the never type: the checker asks {@link #byName} for every path type it
   * lowers (the prelude's thousands of signatures at each start), where a scan of values() copied the array
   * each time, and a string switch was one more large method for the JIT to compile at start-up.
   */
  private static final java.util.Map<String, Prim> BY_NAME = new java.util.HashMap<>();

  static {
    for (Prim p : values()) if (p != NEVER) BY_NAME.put(p.name, p);
  }

  @Override
  public String toString() {
    return name;
  }
}
