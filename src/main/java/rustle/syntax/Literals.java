package rustle.syntax;

import java.math.BigInteger;
import java.util.Set;
import org.antlr.v4.runtime.Token;
import rustle.ast.Expr;
import rustle.ast.Span;
import rustle.diag.Diagnostic;
import rustle.diag.Errors;

/** Values of number literals (radix, underscores, suffixes, range) as rustc's lexer reads them. */
final class Literals {
  static final Set<String> INT_SUFFIXES = Set.of(
      "i8", "i16", "i32", "i64", "i128", "isize", "u8", "u16", "u32", "u64", "u128", "usize");
  private static final BigInteger U128_MAX = BigInteger.ONE.shiftLeft(128).subtract(BigInteger.ONE);

  private final BuildContext cx;

  Literals(BuildContext cx) {
    this.cx = cx;
  }

  /** An integer token; a float suffix on a decimal literal makes it a float. */
  Expr.Lit integer(Token t) {
    return integer(t, cx.span(t), false);
  }

  /** An integer token, negated (span covering the minus sign) in a pattern such as {@code -1}. */
  Expr.Lit integer(Token t, Span span, boolean negative) {
    String text = t.getText();
    int radix = 10;
    int start = 0;
    if (text.length() > 1 && text.charAt(0) == '0' && "xob".indexOf(text.charAt(1)) >= 0) {
      radix = text.charAt(1) == 'x' ? 16 : text.charAt(1) == 'o' ? 8 : 2;
      start = 2;
    }
    int end = start;
    while (end < text.length() && (isDigit(text.charAt(end), radix == 16 ? 16 : 10) || text.charAt(end) == '_')) {
      end++;
    }
    String digits = text.substring(start, end).replace("_", "");
    String suffix = end < text.length() ? text.substring(end) : null;
    if (digits.isEmpty()) {
      cx.error(Errors.coded("E0768", "no valid digits found for number", span, null));
      return new Expr.IntLit(cx.id(), span, BigInteger.ZERO, null);
    }
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c != '_' && !isDigit(c, radix)) {
        int at = t.getStartIndex() + i;
        cx.error("invalid digit for a base " + radix + " literal", cx.spanOf(at, at + 1), null);
        return new Expr.IntLit(cx.id(), span, BigInteger.ZERO, null);
      }
    }
    if (suffix != null && (suffix.equals("f32") || suffix.equals("f64")) && radix == 10) {
      double v = Double.parseDouble(digits);
      return new Expr.FloatLit(cx.id(), span, negative ? -v : v, suffix);
    }
    if (suffix != null && !INT_SUFFIXES.contains(suffix)) {
      invalidSuffix(suffix, "number", span,
          "the suffix must be one of the numeric types (`u32`, `isize`, `f32`, etc.)");
      suffix = null;
    }
    BigInteger value = new BigInteger(digits, radix);
    if (value.compareTo(U128_MAX) > 0) {
      cx.error(Errors.error("integer literal is too large", span, null)
          .withNote("value exceeds limit of `" + U128_MAX + "`"));
      value = BigInteger.ZERO;
    }
    return new Expr.IntLit(cx.id(), span, negative ? value.negate() : value, suffix);
  }

  /** A float token such as {@code 1.5e-3f32}. */
  Expr.FloatLit floating(Token t) {
    return floating(t, cx.span(t), false);
  }

  Expr.FloatLit floating(Token t, Span span, boolean negative) {
    String text = t.getText();
    int i = skipDigits(text, 0);
    if (i < text.length() && text.charAt(i) == '.') i = skipDigits(text, i + 1);
    if (i < text.length() && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
      int j = i + 1;
      if (j < text.length() && (text.charAt(j) == '+' || text.charAt(j) == '-')) j++;
      while (j < text.length() && text.charAt(j) == '_') j++;
      if (j < text.length() && Character.isDigit(text.charAt(j))) i = skipDigits(text, j);
    }
    String suffix = i < text.length() ? text.substring(i) : null;
    if (suffix != null && !suffix.equals("f32") && !suffix.equals("f64")) {
      invalidSuffix(suffix, "float", span, "valid suffixes are `f32` and `f64`");
      suffix = null;
    }
    double v = Double.parseDouble(text.substring(0, i).replace("_", ""));
    return new Expr.FloatLit(cx.id(), span, negative ? -v : v, suffix);
  }

  /** {@code 1.}: an integer token followed directly by a dot. */
  Expr.FloatLit floatWithDot(Token integer, Token dot) {
    String text = integer.getText();
    Span span = cx.span(integer, dot);
    if (!Tok.adjacent(integer, dot) || !text.chars().allMatch(c -> Character.isDigit(c) || c == '_')) {
      cx.error("unexpected token: `.`", cx.span(dot), null);
      return new Expr.FloatLit(cx.id(), span, 0, null);
    }
    return new Expr.FloatLit(cx.id(), span, Double.parseDouble(text.replace("_", "")), null);
  }

  private void invalidSuffix(String suffix, String kind, Span span, String help) {
    Diagnostic d = Errors.error("invalid suffix `" + suffix + "` for " + kind + " literal", span,
        "invalid suffix `" + suffix + "`");
    cx.error(d.withHelp(new Diagnostic.Help(help, null, null)));
  }

  private static int skipDigits(String s, int i) {
    while (i < s.length() && (Character.isDigit(s.charAt(i)) || s.charAt(i) == '_')) i++;
    return i;
  }

  private static boolean isDigit(char c, int radix) {
    return Character.digit(c, radix) >= 0 && c < 128;
  }
}
