package rustle.fuzz;

import java.util.ArrayList;
import java.util.List;

/**
 * Integer, bool and char expressions: literals at and near the limits, arithmetic that may overflow,
 * casts between all widths, integer methods, and reads of scalar places inside aggregates.
 */
final class Scalars {
  /** A readable scalar inside some variable: its text as an expression and its type. */
  record Leaf(String text, Ty ty) {}

  private final Gen g;

  Scalars(Gen g) {
    this.g = g;
  }

  String literal(Ty t, boolean fixed) {
    Rand r = g.rand;
    if (t == Ty.BOOL) {
      return r.chance(0.5) ? "true" : "false";
    }
    if (t == Ty.F64) {
      String f = r.pick(List.of("1.5", "0.1", "0.2", "2.25", "3.0", "1e10", "100.0", "0.0", "2.5e-3", "7.75", "1e-7",
          "123456789.125"));
      // Always suffixed: a method on an unsuffixed float literal is ambiguous (E0689).
      return r.chance(0.25) ? "(-" + f + "f64)" : f + "f64";
    }
    if (t == Ty.CHAR) {
      return "'" + r.pick(List.of("a", "b", "z", "Q", "0", "é", "ß", "€", " ", "!")) + "'";
    }
    if (r.chance(0.06)) {
      return "(" + t.name() + "::" + r.pick(List.of("MAX", "MIN", "MAX - 1", "MIN + 1")) + ")";
    }
    long v;
    int bits = t.bits();
    if (r.chance(0.8)) {
      v = r.between(0, 20);
    } else {
      v = r.below(1 << Math.min(bits - 1, 20));
    }
    if (t.signed() && r.chance(0.3)) {
      v = -v;
    }
    String suffix = fixed && r.chance(0.4) ? "" : t.name();
    return v < 0 ? "(" + v + suffix + ")" : v + suffix;
  }

  /** All readable scalar leaves of visible variables. */
  List<Leaf> leaves() {
    List<Leaf> out = new ArrayList<>();
    for (Env.Var v : g.env.visible(Env::readable)) {
      collect(v.name, v.ty, out, false);
    }
    return out;
  }

  private void collect(String base, Ty t, List<Leaf> out, boolean viaRef) {
    switch (t.kind()) {
      case INT, BOOL, CHAR, F64 -> out.add(new Leaf(viaRef ? "(*" + base + ")" : base, t));
      case REF, MUTREF -> {
        Ty in = t.elem();
        if (in.kind() == Ty.Kind.INT || in.kind() == Ty.Kind.BOOL || in.kind() == Ty.Kind.CHAR
            || in.kind() == Ty.Kind.F64) {
          collect(base, in, out, true);
        } else if (in.kind() == Ty.Kind.BOX || in.kind() == Ty.Kind.OPTION) {
          // `*b` of a `&Box<T>` is the box: go through the reference explicitly.
          collect("(*" + base + ")", in, out, false);
        } else {
          collect(base, in, out, false);
        }
      }
      case TUPLE -> {
        for (int i = 0; i < t.args().size(); i++) {
          collect(base + "." + i, t.args().get(i), out, false);
        }
      }
      case STRUCT -> {
        Items.StructDef s = g.items.struct(t.name());
        for (int i = 0; i < s.fields().size(); i++) {
          collect(base + "." + s.fields().get(i), s.types().get(i), out, false);
        }
        out.add(new Leaf(base + ".total()", Ty.integer("i64")));
      }
      case ARRAY -> {
        int idx = g.rand.chance(0.93) ? g.rand.below(t.len()) : t.len() + g.rand.below(2);
        collect(base + "[" + idx + "]", t.elem(), out, false);
        out.add(new Leaf(base + ".len()", Ty.integer("usize")));
      }
      case VEC -> {
        out.add(new Leaf(base + ".len()", Ty.integer("usize")));
        if (g.rand.chance(0.05)) {
          int a = g.rand.below(3);
          out.add(new Leaf(base + "[" + a + ".." + (a + g.rand.below(3)) + "].len()", Ty.integer("usize")));
        }
        if (t.elem().isInt()) {
          int idx = g.rand.below(3);
          out.add(new Leaf(base + "[" + idx + "]", t.elem()));
        }
      }
      case STRING -> {
        out.add(new Leaf(base + ".len()", Ty.integer("usize")));
        if (g.rand.chance(0.05)) {
          int a = g.rand.below(3);
          out.add(new Leaf(base + "[" + a + ".." + (a + g.rand.below(3)) + "].len()", Ty.integer("usize")));
        }
      }
      case BOX -> {
        if (t.elem().isInt()) {
          out.add(new Leaf("(*" + base + ")", t.elem()));
        } else if (t.elem().kind() == Ty.Kind.NOISY) {
          out.add(new Leaf(base + ".id", Ty.integer("u32")));
        }
      }
      case NOISY -> out.add(new Leaf(base + ".id", Ty.integer("u32")));
      case REC -> {
        out.add(new Leaf(base + ".n", Ty.integer("i64")));
        out.add(new Leaf(base + ".name.len()", Ty.integer("usize")));
      }
      case OPTION -> {
        if (t.elem().isInt()) {
          out.add(new Leaf(base + ".unwrap_or(" + literal(t.elem(), false) + ")", t.elem()));
        }
      }
      default -> { }
    }
  }

  /** A leaf read as type t: itself, or cast when it is another scalar that casts to t. */
  String leafAs(Ty t) {
    List<Leaf> all = leaves();
    List<Leaf> exact = all.stream().filter(l -> l.ty().equals(t)).toList();
    if (!exact.isEmpty() && g.rand.chance(0.7)) {
      return g.rand.pick(exact).text();
    }
    if (t.isInt()) {
      List<Leaf> castable = all;
      if (!castable.isEmpty()) {
        Leaf l = g.rand.pick(castable);
        return l.ty().equals(t) ? l.text() : "(" + l.text() + " as " + t.name() + ")";
      }
    }
    if (t == Ty.F64) {
      List<Leaf> ints = all.stream().filter(l -> l.ty().isInt()).toList();
      if (!ints.isEmpty()) {
        return "(" + g.rand.pick(ints).text() + " as f64)";
      }
    }
    return exact.isEmpty() ? null : g.rand.pick(exact).text();
  }
}
