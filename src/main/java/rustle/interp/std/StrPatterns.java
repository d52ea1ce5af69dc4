package rustle.interp.std;

import java.nio.charset.StandardCharsets;
import rustle.interp.rt.Machine;

/** std's string patterns as rustle has them: a {@code char} or a {@code &str}, matched by their UTF-8 bytes. */
final class StrPatterns {
  private StrPatterns() {}

  static byte[] charBytes(int cp) {
    return new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8);
  }

  /** The bytes of the &str whose fat pointer is at {@code fat}. */
  static byte[] strBytes(Machine m, int fat) {
    return m.mem.read((int) m.mem.getLong(fat), (int) m.mem.getLong(fat + 8));
  }

  /** The address of the first occurrence of needle in [p, e), or -1. */
  static int indexOf(Machine m, int p, int e, byte[] needle) {
    outer:
    for (int i = p; i + needle.length <= e; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (m.mem.getByte(i + j) != needle[j]) continue outer;
      }
      return i;
    }
    return -1;
  }

  /** The needle of a pattern of type patTy (char, &str, &&str or &String) stored at addr, as UTF-8 bytes. */
  static byte[] bytes(Machine m, int kind, int addr) {
    switch (kind) {
      case CHAR: return charBytes(m.mem.getInt(addr));
      case STR: return strBytes(m, addr);
      case STR_REF: return strBytes(m, (int) m.mem.getLong(addr));
      default: {
        int h = (int) m.mem.getLong(addr);
        return m.mem.read(rustle.memory.HeapTypes.ptr(m.mem, h), (int) rustle.memory.HeapTypes.len(m.mem, h));
      }
    }
  }

  static String text(Machine m, int kind, int addr) {
    return new String(bytes(m, kind, addr), StandardCharsets.UTF_8);
  }

  static final int CHAR = 0;
  static final int STR = 1;
  static final int STR_REF = 2;
  static final int STRING_REF = 3;

  /** Which pattern representation a type has; throws for patterns rustle lacks (closures). */
  static int kind(rustle.types.Ty t0) {
    rustle.types.Ty t = rustle.types.Infer.shallow(t0);
    if (t == rustle.types.Prim.CHAR) return CHAR;
    if (t instanceof rustle.types.Ty.Ref r) {
      rustle.types.Ty in = rustle.types.Infer.shallow(r.inner());
      if (in == rustle.types.Prim.STR) return STR;
      if (in instanceof rustle.types.Ty.Ref r2 && rustle.types.Infer.shallow(r2.inner()) == rustle.types.Prim.STR) return STR_REF;
      if (in instanceof rustle.types.Ty.Adt a && a.def().builtin == rustle.types.AdtDef.Builtin.STRING) return STRING_REF;
    }
    throw new IllegalStateException("string pattern of type " + t + " is not supported");
  }
}
