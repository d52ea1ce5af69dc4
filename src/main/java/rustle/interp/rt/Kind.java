package rustle.interp.rt;

import rustle.memory.Memory;
import rustle.types.AdtDef;
import rustle.types.Layouts;
import rustle.types.Prim;
import rustle.types.Ty;

/**
 * How a scalar value is stored in memory and held in the interpreter: integers (and bool, char,
 * thin pointers) live in a Java long, sign- or zero-extended from their width; floats in a double.
 */
public enum Kind {
  I8(1, true), I16(2, true), I32(4, true), I64(8, true),
  U8(1, false), U16(2, false), U32(4, false), U64(8, false),
  F32(4, true), F64(8, true);

  public final int size;
  public final boolean signed;
  public final long min;
  public final long max;

  Kind(int size, boolean signed) {
    this.size = size;
    this.signed = signed;
    if (size == 8) {
      min = signed ? Long.MIN_VALUE : 0;
      max = signed ? Long.MAX_VALUE : -1;
    } else {
      min = signed ? -(1L << (size * 8 - 1)) : 0;
      max = signed ? (1L << (size * 8 - 1)) - 1 : (1L << (size * 8)) - 1;
    }
  }

  public boolean isFloat() {
    return this == F32 || this == F64;
  }

  public int bits() {
    return size * 8;
  }

  public long load(Memory m, int a) {
    switch (this) {
      case I8: return m.getByte(a);
      case U8: return m.getByte(a) & 0xffL;
      case I16: return m.getShort(a);
      case U16: return m.getShort(a) & 0xffffL;
      case I32: return m.getInt(a);
      case U32: return m.getInt(a) & 0xffffffffL;
      default: return m.getLong(a);
    }
  }

  public void store(Memory m, int a, long v) {
    switch (size) {
      case 1: m.putByte(a, (byte) v); break;
      case 2: m.putShort(a, (short) v); break;
      case 4: m.putInt(a, (int) v); break;
      default: m.putLong(a, v); break;
    }
  }

  /** Truncates a long to this width with sign or zero extension (wrapping semantics). */
  public long wrap(long v) {
    switch (this) {
      case I8: return (byte) v;
      case U8: return v & 0xffL;
      case I16: return (short) v;
      case U16: return v & 0xffffL;
      case I32: return (int) v;
      case U32: return v & 0xffffffffL;
      default: return v;
    }
  }

  /** The kind of a scalar type, or null for types held in memory (aggregates, fat pointers). */
  public static Kind of(Ty t) {
    if (t instanceof Prim p) {
      switch (p) {
        case I8: return I8;
        case I16: return I16;
        case I32: return I32;
        case I64: case ISIZE: return I64;
        case U8: case BOOL: return U8;
        case U16: return U16;
        case U32: case CHAR: return U32;
        case U64: case USIZE: return U64;
        case F32: return F32;
        case F64: return F64;
        default: return null;
      }
    }
    if (t instanceof Ty.Ref r) return Layouts.isUnsized(r.inner()) ? null : U64;
    if (t instanceof Ty.FnPtr) return U64;
    if (t instanceof Ty.Adt s && (s.def().builtin == AdtDef.Builtin.RC || s.def().builtin == AdtDef.Builtin.WEAK
        || s.def().builtin == AdtDef.Builtin.RAW_PTR)) {
      return U64;
    }
    if (t instanceof Ty.Adt a && a.def().builtin == AdtDef.Builtin.BOX) {
      return Layouts.isUnsized(a.args().get(0)) ? null : U64;
    }
    return null;
  }
}
