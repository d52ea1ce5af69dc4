package rustle.interp;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import rustle.ast.Expr;
import rustle.check.FormatInfo;
import rustle.fmt.FormatSpec;

/**
 * rustc's inlining of literal format arguments (rustc_ast_lowering's format lowering): a plain {@code {}}
 * of a string literal or of an integer literal that fits its type (i32 when unsuffixed), under any
 * number of {@code &}, becomes part of the literal text, merged with its neighbours, and an argument no
 * placeholder uses any more is dropped. It is observable: {@code format!} estimates its String's capacity
 * from the literal pieces, and a format string left with no placeholder is copied into an exact-capacity
 * String ({@code format!("[{}|{}]", s, 3)} has one piece {@code "|3]"} fewer to push than with a
 * variable).
 */
final class FormatLiterals {
  private FormatLiterals() {}

  private static final BigInteger I32_MAX = BigInteger.valueOf(Integer.MAX_VALUE);

  static FormatInfo inline(FormatInfo info) {
    List<FormatInfo.Part> parts = info.parts();
    String[] inlined = new String[parts.size()];
    boolean any = false;
    for (int i = 0; i < parts.size(); i++) {
      FormatInfo.Part p = parts.get(i);
      if (p.text() == null && p.spec().isPlain() && p.width() < 0 && p.precision() < 0) {
        inlined[i] = literalText(info.args().get(p.arg()).expr());
        any |= inlined[i] != null;
      }
    }
    if (!any) return info;
    // Which arguments are still used, by a placeholder or as a width or precision.
    boolean[] used = new boolean[info.args().size()];
    for (int i = 0; i < parts.size(); i++) {
      FormatInfo.Part p = parts.get(i);
      if (p.text() != null || inlined[i] != null) continue;
      used[p.arg()] = true;
      if (p.widthIsArg()) used[p.width()] = true;
      if (p.precisionIsArg()) used[p.precision()] = true;
    }
    int[] index = new int[used.length];
    List<FormatInfo.FmtArg> args = new ArrayList<>();
    for (int k = 0; k < used.length; k++) {
      index[k] = args.size();
      if (used[k]) args.add(info.args().get(k));
    }
    List<FormatInfo.Part> out = new ArrayList<>();
    StringBuilder text = null;
    for (int i = 0; i < parts.size(); i++) {
      FormatInfo.Part p = parts.get(i);
      String t = p.text() != null ? p.text() : inlined[i];
      if (t != null) {
        if (text == null) text = new StringBuilder();
        text.append(t);
        continue;
      }
      if (text != null) {
        out.add(textPart(text.toString()));
        text = null;
      }
      out.add(new FormatInfo.Part(null, index[p.arg()], p.spec(),
          p.widthIsArg() ? index[p.width()] : p.width(), p.widthIsArg(),
          p.precisionIsArg() ? index[p.precision()] : p.precision(), p.precisionIsArg()));
    }
    if (text != null) out.add(textPart(text.toString()));
    return new FormatInfo(out, args);
  }

  private static FormatInfo.Part textPart(String text) {
    return new FormatInfo.Part(text, -1, null, -1, false, -1, false);
  }

  /** The text a literal argument is inlined as, or null when rustc keeps it an argument. */
  private static String literalText(Expr e) {
    while (e instanceof Expr.Borrow b) e = b.operand();
    if (e instanceof Expr.StrLit s) return s.value();
    if (e instanceof Expr.IntLit n) {
      BigInteger max = n.suffix() == null ? I32_MAX : maxOf(n.suffix());
      return max != null && n.value().compareTo(max) <= 0 ? n.value().toString() : null;
    }
    return null;
  }

  private static BigInteger maxOf(String suffix) {
    return switch (suffix) {
      case "i8" -> BigInteger.valueOf(Byte.MAX_VALUE);
      case "i16" -> BigInteger.valueOf(Short.MAX_VALUE);
      case "i32" -> I32_MAX;
      case "i64", "isize" -> BigInteger.valueOf(Long.MAX_VALUE);
      case "u8" -> BigInteger.valueOf(0xFF);
      case "u16" -> BigInteger.valueOf(0xFFFF);
      case "u32" -> BigInteger.valueOf(0xFFFF_FFFFL);
      case "u64", "usize" -> BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);
      default -> null;
    };
  }
}
