package rustle.interp.std;

import java.nio.charset.StandardCharsets;
import java.util.List;
import rustle.ast.Span;
import rustle.interp.FnCompiler;
import rustle.interp.nodes.EnumAccess;
import rustle.interp.rt.Kind;
import rustle.interp.rt.Machine;
import rustle.memory.HeapTypes;
import rustle.types.Layout;
import rustle.types.Ty;

/** Native bodies of the prelude's {@code impl str} (argument 0 is the &str fat pointer). */
final class StrIntrinsics {
  private StrIntrinsics() {}

  static String text(Machine m, int fat) {
    return new String(m.mem.read((int) m.mem.getLong(fat), (int) m.mem.getLong(fat + 8)), StandardCharsets.UTF_8);
  }

  static void newString(Machine m, int dst, String s, Span span) {
    newString(m, dst, s.getBytes(StandardCharsets.UTF_8), span);
  }

  /** A new String at dst holding exactly these UTF-8 bytes (capacity == length, as std's to_string does). */
  static void newString(Machine m, int dst, byte[] b, Span span) {
    m.heapTypes.initEmpty(dst);
    if (b.length > 0) {
      m.heapTypes.withCapacity(dst, b.length, 1, 1, span);
      m.mem.write((int) m.mem.getLong(dst + HeapTypes.PTR), b);
      m.mem.putLong(dst + HeapTypes.LEN, b.length);
    }
  }

  /** {@code str::parse::<F>()} for the integer types, with std's error kinds. */
  private static Intrinsics.Impl parse(FnCompiler f, Intrinsics.Args a) {
    Ty target = rustle.types.Infer.shallow(f.code.typeArgs.get(f.code.typeArgs.size() - 1));
    Kind k = Kind.of(target);
    if (k == null || k.isFloat()) {
      throw new IllegalStateException("str::parse is implemented for integer types only, not " + target);
    }
    Ty result = rustle.types.Infer.shallow(f.sub(f.code.def.ret));
    Layout l = f.layout(result);
    EnumAccess acc = new EnumAccess(l);
    int okOff = l.variantOffsets[0][0];
    int errOff = l.variantOffsets[1][0];
    boolean signed = k.signed;
    return new Intrinsics.Impl() {
      @Override
      public void callInto(Machine m, int fp, int dst, Span span) {
        String s = text(m, a.at(fp, 0));
        int kind = -1;
        long value = 0;
        String digits = s;
        boolean neg = false;
        if (!digits.isEmpty() && (digits.charAt(0) == '+' || (signed && digits.charAt(0) == '-'))) {
          neg = digits.charAt(0) == '-';
          digits = digits.substring(1);
        }
        if (s.isEmpty()) {
          kind = 0;
        } else if (digits.isEmpty()) {
          kind = 1;
        } else {
          java.math.BigInteger v = java.math.BigInteger.ZERO;
          for (int i = 0; i < digits.length(); i++) {
            char ch = digits.charAt(i);
            if (ch < '0' || ch > '9') {
              kind = 1;
              break;
            }
            v = v.multiply(java.math.BigInteger.TEN).add(java.math.BigInteger.valueOf(ch - '0'));
          }
          if (kind < 0) {
            if (neg) v = v.negate();
            java.math.BigInteger min = java.math.BigInteger.valueOf(k.min);
            java.math.BigInteger max = k == Kind.U64 ? java.math.BigInteger.ONE.shiftLeft(64).subtract(java.math.BigInteger.ONE)
                : java.math.BigInteger.valueOf(k.max);
            if (v.compareTo(max) > 0) kind = 2;
            else if (v.compareTo(min) < 0) kind = 3;
            else value = v.longValue();
          }
        }
        if (kind < 0) {
          k.store(m.mem, dst + okOff, value);
          acc.setVariant(m.mem, dst, 0);
        } else {
          m.mem.putByte(dst + errOff, (byte) kind);
          acc.setVariant(m.mem, dst, 1);
        }
      }
    };
  }

  static Intrinsics.Impl of(FnCompiler f, String name, Intrinsics.Args a) {
    switch (name) {
      case "len":
        return new Intrinsics.Impl() {
          @Override
          public long callLong(Machine m, int fp, Span span) {
            return m.mem.getLong(a.at(fp, 0) + 8);
          }
        };
      case "is_empty":
        return new Intrinsics.Impl() {
          @Override
          public long callLong(Machine m, int fp, Span span) {
            return m.mem.getLong(a.at(fp, 0) + 8) == 0 ? 1 : 0;
          }
        };
      case "chars":
      case "bytes": {
        Ty it = new Ty.Adt(f.c.program.items().std(name.equals("chars") ? "Chars" : "Bytes"), List.of());
        Layout l = f.layout(it);
        return new Intrinsics.Impl() {
          @Override
          public void callInto(Machine m, int fp, int dst, Span span) {
            long p = m.mem.getLong(a.at(fp, 0));
            m.mem.putLong(dst + l.offsets[0], p);
            m.mem.putLong(dst + l.offsets[1], p + m.mem.getLong(a.at(fp, 0) + 8));
          }
        };
      }
      case "as_bytes":
        return new Intrinsics.Impl() {
          @Override
          public void callInto(Machine m, int fp, int dst, Span span) {
            m.mem.copy(a.at(fp, 0), dst, 16);
          }
        };
      case "parse":
        return parse(f, a);
      case "trim_start":
      case "trim_end":
      case "trim":
        return new Intrinsics.Impl() {
          @Override
          public void callInto(Machine m, int fp, int dst, Span span) {
            int p = (int) m.mem.getLong(a.at(fp, 0));
            int len = (int) m.mem.getLong(a.at(fp, 0) + 8);
            String s = text(m, a.at(fp, 0));
            int st = 0;
            int en = s.length();
            if (!name.equals("trim_end")) {
              while (st < en && Character.isWhitespace(s.codePointAt(st))) st += Character.charCount(s.codePointAt(st));
            }
            if (!name.equals("trim_start")) {
              while (en > st && Character.isWhitespace(s.codePointBefore(en))) en -= Character.charCount(s.codePointBefore(en));
            }
            int bs = s.substring(0, st).getBytes(StandardCharsets.UTF_8).length;
            int bl = s.substring(st, en).getBytes(StandardCharsets.UTF_8).length;
            m.mem.putLong(dst, p + bs);
            m.mem.putLong(dst + 8, bl);
          }
        };
      case "to_uppercase":
      case "to_lowercase": {
        boolean up = name.equals("to_uppercase");
        return new Intrinsics.Impl() {
          @Override
          public void callInto(Machine m, int fp, int dst, Span span) {
            String s = text(m, a.at(fp, 0));
            newString(m, dst, up ? s.toUpperCase(java.util.Locale.ROOT) : s.toLowerCase(java.util.Locale.ROOT), span);
          }
        };
      }
      case "repeat":
        return new Intrinsics.Impl() {
          @Override
          public void callInto(Machine m, int fp, int dst, Span span) {
            newString(m, dst, text(m, a.at(fp, 0)).repeat((int) a.word(m, fp, 1)), span);
          }
        };
      default:
        return StrMore.of(f, name, a);
    }
  }
}
