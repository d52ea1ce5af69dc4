package rustle.fuzz;

import java.util.List;

/** Expressions of integer, bool and char type, built bottom-up to a depth limit. */
final class ScalarExprs {
  private final Gen g;
  private final Scalars s;

  ScalarExprs(Gen g, Scalars s) {
    this.g = g;
    this.s = s;
  }

  String atom(Ty t, boolean fixed) {
    if (g.rand.chance(0.6)) {
      String leaf = s.leafAs(t);
      if (leaf != null) {
        return leaf;
      }
    }
    return s.literal(t, fixed);
  }

  String integer(Ty t, int depth, boolean fixed) {
    if (depth <= 0) {
      return atom(t, fixed);
    }
    Rand r = g.rand;
    int d = depth - 1;
    Rand.Choice<String> c = new Rand.Choice<>();
    c.add(4, () -> atom(t, fixed));
    c.add(6, () -> binary(t, d, fixed));
    c.when(t.signed(), 1, () -> "(-" + integer(t, d, false) + ")");
    c.add(3, () -> {
      Ty from = r.pick(Ty.INTS);
      return "(" + integer(from, d, false) + " as " + t.name() + ")";
    });
    c.add(1, () -> "(" + g.bools(d) + " as " + t.name() + ")");
    c.add(1, () -> "(" + f64(d) + " as " + t.name() + ")");
    c.when(t.name().equals("u32") || t.name().equals("u8") || t.name().equals("i64"), 1,
        () -> "(" + chr(d) + " as " + t.name() + ")");
    c.add(4, () -> method(t, d));
    c.add(1, () -> "if " + g.bools(d) + " { " + integer(t, d, fixed) + " } else { "
        + integer(t, d, fixed) + " }");
    c.add(1, () -> g.blockExpr(t, d, fixed));
    c.add(2, () -> g.calls.call(t, d));
    c.add(1, () -> g.matches.enumMatch(t, d, fixed));
    c.add(1, () -> g.matches.optionMatch(t, d, fixed));
    String e = c.pick(r);
    return e != null ? e : atom(t, fixed);
  }

  private String binary(Ty t, int d, boolean fixed) {
    Rand r = g.rand;
    String op = r.pick(List.of("+", "-", "*", "/", "%", "&", "|", "^", "+", "-", "+", "<<", ">>", "&", "|"));
    if (op.equals("<<") || op.equals(">>")) {
      int k = r.chance(0.95) ? r.below(t.bits()) : t.bits() + r.below(3);
      String ks = r.chance(0.7) ? k + "u32" : k + r.pick(List.of("u8", "i32", "usize", "i64"));
      return "(" + integer(t, d, fixed) + " " + op + " " + ks + ")";
    }
    if (op.equals("/") || op.equals("%")) {
      // Mostly a non-zero literal divisor, so division by zero stays an occasional panic.
      String rhs = r.chance(0.8) ? nonZero(t) : integer(t, d, true);
      return "(" + integer(t, d, fixed) + " " + op + " " + rhs + ")";
    }
    return "(" + integer(t, d, fixed) + " " + op + " " + integer(t, d, true) + ")";
  }

  private String nonZero(Ty t) {
    int v = g.rand.between(1, 9);
    return t.signed() && g.rand.chance(0.3) ? "(-" + v + t.name() + ")" : v + t.name();
  }

  private String method(Ty t, int d) {
    Rand r = g.rand;
    String recv = "(" + integer(t, d, false) + ")";
    String m = r.pick(List.of("wrapping_add", "wrapping_sub", "wrapping_mul", "saturating_add",
        "saturating_sub", "min", "max", "pow", "checked_add", "checked_mul", "checked_sub", "abs",
        "wrapping_neg", "count_ones", "leading_zeros", "checked_div", "rem_euclid", "signum"));
    switch (m) {
      case "pow":
        return recv + ".pow(" + r.between(0, 3) + "u32)";
      case "abs":
      case "signum":
        return t.signed() ? recv + "." + m + "()" : recv + ".wrapping_neg()";
      case "wrapping_neg":
        return recv + ".wrapping_neg()";
      case "count_ones":
      case "leading_zeros":
        return "(" + recv + "." + m + "() as " + t.name() + ")";
      case "checked_add":
      case "checked_mul":
      case "checked_sub":
      case "checked_div":
        return recv + "." + m + "(" + integer(t, d, true) + ").unwrap_or(" + s.literal(t, true) + ")";
      case "rem_euclid":
        return recv + ".rem_euclid(" + nonZero(t) + ")";
      default:
        return recv + "." + m + "(" + integer(t, d, true) + ")";
    }
  }

  String bool(int depth) {
    Rand r = g.rand;
    if (depth <= 0) {
      return atom(Ty.BOOL, true);
    }
    int d = depth - 1;
    Rand.Choice<String> c = new Rand.Choice<>();
    c.add(3, () -> atom(Ty.BOOL, true));
    c.add(6, () -> {
      Ty t = r.pick(Ty.INTS);
      String op = r.pick(List.of("==", "!=", "<", "<=", ">", ">="));
      return "(" + integer(t, d, false) + " " + op + " " + integer(t, d, true) + ")";
    });
    c.add(1, () -> "!" + bool(d));
    c.add(1, () -> "(" + f64(d) + " " + r.pick(List.of("<", ">", "<=", ">=")) + " " + f64(d) + ")");
    c.add(2, () -> "(" + bool(d) + " " + r.pick(List.of("&&", "||")) + " " + bool(d) + ")");
    c.add(1, () -> "(" + chr(d) + ").is_alphabetic()");
    c.add(2, () -> g.aggs.boolFromAggregate(d));
    return c.pick(r);
  }

  String f64(int depth) {
    Rand r = g.rand;
    if (depth <= 0) {
      return atom(Ty.F64, true);
    }
    int d = depth - 1;
    Rand.Choice<String> c = new Rand.Choice<>();
    c.add(3, () -> atom(Ty.F64, true));
    c.add(4, () -> "(" + f64(d) + " " + r.pick(List.of("+", "-", "*", "/")) + " " + f64(d) + ")");
    c.add(2, () -> "(" + integer(r.pick(Ty.INTS), d, false) + " as f64)");
    c.add(2, () -> "(" + f64(d) + ")." + r.pick(List.of("sqrt()", "abs()", "floor()", "ceil()", "round()",
        "trunc()", "powi(" + r.between(0, 3) + ")", "min(" + f64(d) + ")", "max(" + f64(d) + ")")));
    c.add(1, () -> "if " + bool(d) + " { " + f64(d) + " } else { " + f64(d) + " }");
    return c.pick(r);
  }

  String chr(int depth) {
    Rand r = g.rand;
    if (depth <= 0) {
      return atom(Ty.CHAR, true);
    }
    int d = depth - 1;
    Rand.Choice<String> c = new Rand.Choice<>();
    c.add(3, () -> atom(Ty.CHAR, true));
    c.add(2, () -> "(((" + integer(Ty.integer("u8"), d, false) + " % 26u8) + 97u8) as char)");
    c.add(1, () -> "(" + chr(d) + ").to_ascii_uppercase()");
    return c.pick(r);
  }
}
