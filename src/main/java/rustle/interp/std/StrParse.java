package rustle.interp.std;

import java.math.BigInteger;
import java.util.regex.Pattern;
import rustle.ast.Span;
import rustle.interp.FnCompiler;
import rustle.interp.nodes.EnumAccess;
import rustle.interp.rt.Kind;
import rustle.interp.rt.Machine;
import rustle.types.Infer;
import rustle.types.Layout;
import rustle.types.Prim;
import rustle.types.Ty;

/**
 * {@code str::parse::<F>()} for std's FromStr types: the integers, f32 and f64, bool and char. The
 * error is the prelude's one ParseIntError struct, whose kind byte also holds the float, bool and char
 * kinds (from {@link #FLOAT_EMPTY} on), so that it prints as std's ParseFloatError, ParseBoolError or
 * ParseCharError (see print.StdErrorFmt); the prelude names those types as aliases of it.
 */
final class StrParse {
  private StrParse() {}

  static final int EMPTY = 0;
  static final int INVALID_DIGIT = 1;
  static final int POS_OVERFLOW = 2;
  static final int NEG_OVERFLOW = 3;
  static final int FLOAT_EMPTY = 5;
  static final int FLOAT_INVALID = 6;
  static final int BOOL = 7;
  static final int CHAR_EMPTY = 8;
  static final int CHAR_TOO_MANY = 9;

  /** What core's dec2flt accepts: a sign, then inf, infinity or nan (any case), or a decimal literal. */
  private static final Pattern FLOAT = Pattern.compile(
      "[+-]?(?:(?i:inf|infinity|nan)|(?:[0-9]+\\.?[0-9]*|\\.[0-9]+)(?:[eE][+-]?[0-9]+)?)");

  private static final BigInteger U64_MAX = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);

  static Intrinsics.Impl of(FnCompiler f, Intrinsics.Args a) {
    Ty target = Infer.shallow(f.code.typeArgs.get(f.code.typeArgs.size() - 1));
    Kind k = target instanceof Prim ? Kind.of(target) : null;
    if (k == null) throw new IllegalStateException("str::parse is implemented for std's number types, bool and char, not " + target);
    Ty result = Infer.shallow(f.sub(f.code.def.ret));
    Layout l = f.layout(result);
    EnumAccess acc = new EnumAccess(l);
    int okOff = l.variantOffsets[0][0];
    int errOff = l.variantOffsets[1][0];
    boolean isBool = target == Prim.BOOL;
    boolean isChar = target == Prim.CHAR;
    return new Intrinsics.Impl() {
      @Override
      public void callInto(Machine m, int fp, int dst, Span span) {
        String s = StrIntrinsics.text(m, a.at(fp, 0));
        int kind;
        if (k.isFloat()) {
          kind = s.isEmpty() ? FLOAT_EMPTY : FLOAT.matcher(s).matches() ? -1 : FLOAT_INVALID;
          if (kind < 0) {
            if (k == Kind.F32) m.mem.putFloat(dst + okOff, Float.parseFloat(javaFloat(s)));
            else m.mem.putDouble(dst + okOff, Double.parseDouble(javaFloat(s)));
          }
        } else if (isBool) {
          kind = s.equals("true") || s.equals("false") ? -1 : BOOL;
          if (kind < 0) m.mem.putByte(dst + okOff, (byte) (s.equals("true") ? 1 : 0));
        } else if (isChar) {
          int n = s.codePointCount(0, s.length());
          kind = n == 0 ? CHAR_EMPTY : n > 1 ? CHAR_TOO_MANY : -1;
          if (kind < 0) m.mem.putInt(dst + okOff, s.codePointAt(0));
        } else {
          long[] value = new long[1];
          kind = integer(s, k, value);
          if (kind < 0) k.store(m.mem, dst + okOff, value[0]);
        }
        if (kind < 0) {
          acc.setVariant(m.mem, dst, 0);
        } else {
          m.mem.putByte(dst + errOff, (byte) kind);
          acc.setVariant(m.mem, dst, 1);
        }
      }
    };
  }

  /** Rust's spelling of a float literal as Java's parser takes it ("inf" and "NaN" differ). */
  private static String javaFloat(String s) {
    String body = s.charAt(0) == '+' || s.charAt(0) == '-' ? s.substring(1) : s;
    String sign = s.charAt(0) == '-' ? "-" : "";
    if (body.equalsIgnoreCase("nan")) return "NaN";
    if (body.equalsIgnoreCase("inf") || body.equalsIgnoreCase("infinity")) return sign + "Infinity";
    return s;
  }

  /** core's from_str_radix in base 10: -1 with the value in out[0], or the error kind. */
  private static int integer(String s, Kind k, long[] out) {
    String digits = s;
    boolean neg = false;
    if (!digits.isEmpty() && (digits.charAt(0) == '+' || (k.signed && digits.charAt(0) == '-'))) {
      neg = digits.charAt(0) == '-';
      digits = digits.substring(1);
    }
    if (s.isEmpty()) return EMPTY;
    if (digits.isEmpty()) return INVALID_DIGIT;
    BigInteger v = BigInteger.ZERO;
    for (int i = 0; i < digits.length(); i++) {
      char ch = digits.charAt(i);
      if (ch < '0' || ch > '9') return INVALID_DIGIT;
      v = v.multiply(BigInteger.TEN).add(BigInteger.valueOf(ch - '0'));
    }
    if (neg) v = v.negate();
    BigInteger max = k == Kind.U64 ? U64_MAX : BigInteger.valueOf(k.max);
    if (v.compareTo(max) > 0) return POS_OVERFLOW;
    if (v.compareTo(BigInteger.valueOf(k.min)) < 0) return NEG_OVERFLOW;
    out[0] = v.longValue();
    return -1;
  }
}
