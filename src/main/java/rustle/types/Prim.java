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
    // A switch, not a scan of values(): the checker asks this for every path type it lowers (the
    // prelude's thousands of signatures at each start), and values() copies the array each time.
    if (n == null) return null;
    switch (n) {
      case "i8": return I8;
      case "i16": return I16;
      case "i32": return I32;
      case "i64": return I64;
      case "i128": return I128;
      case "isize": return ISIZE;
      case "u8": return U8;
      case "u16": return U16;
      case "u32": return U32;
      case "u64": return U64;
      case "u128": return U128;
      case "usize": return USIZE;
      case "f32": return F32;
      case "f64": return F64;
      case "bool": return BOOL;
      case "char": return CHAR;
      case "str": return STR;
      default: return null;
    }
  }

  @Override
  public String toString() {
    return name;
  }
}
