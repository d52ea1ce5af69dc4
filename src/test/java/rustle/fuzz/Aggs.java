package rustle.fuzz;

import java.util.ArrayList;
import java.util.List;

/** Expressions of aggregate and owning types: tuples, arrays, structs, enums, String, Vec, Box, Option. */
final class Aggs {
  private final Gen g;

  Aggs(Gen g) {
    this.g = g;
  }

  /** A use of a visible variable of type t by value: a copy, or a move that the environment records. */
  String useVar(Ty t) {
    List<Env.Var> vs = g.env.visible(v -> Env.readable(v) && v.ty.equals(t)
        && (t.isCopy() || g.env.movable(v)));
    if (vs.isEmpty()) {
      return null;
    }
    Env.Var v = g.rand.pick(vs);
    if (!t.isCopy()) {
      v.moved = true;
      g.coverage.add("move");
    }
    return v.name;
  }

  /** A clone of a readable place of type t (directly or through a reference). */
  String cloneOf(Ty t) {
    List<Env.Var> vs = g.env.visible(v -> Env.readable(v) && (v.ty.equals(t)
        || ((v.ty.kind() == Ty.Kind.REF || v.ty.kind() == Ty.Kind.MUTREF) && v.ty.elem().equals(t))));
    if (vs.isEmpty()) {
      return null;
    }
    return g.rand.pick(vs).name + ".clone()";
  }

  String value(Ty t, int depth, boolean fixed) {
    switch (t.kind()) {
      case INT:
        return g.scalarExprs.integer(t, depth, fixed);
      case BOOL:
        return g.bools(depth);
      case CHAR:
        return g.scalarExprs.chr(depth);
      case F64:
        return g.scalarExprs.f64(depth);
      default:
        break;
    }
    Rand r = g.rand;
    int d = Math.max(0, depth - 1);
    Rand.Choice<String> c = new Rand.Choice<>();
    c.add(3, () -> useVar(t));
    c.when(!t.noisy(), 1, () -> cloneOf(t));
    c.add(1, () -> g.calls.call(t, d));
    c.add(6, () -> build(t, d, fixed));
    for (int tries = 0; tries < 4; tries++) {
      String e = c.pick(r);
      if (e != null) {
        return e;
      }
    }
    return build(t, d, fixed);
  }

  /** A fresh value of type t made from parts. */
  String build(Ty t, int d, boolean fixed) {
    Rand r = g.rand;
    switch (t.kind()) {
      case TUPLE: {
        List<String> parts = new ArrayList<>();
        t.args().forEach(a -> parts.add(value(a, d, fixed)));
        return "(" + String.join(", ", parts) + (parts.size() == 1 ? ",)" : ")");
      }
      case ARRAY: {
        if (r.chance(0.3)) {
          return "[" + value(t.elem(), d, fixed) + "; " + t.len() + "]";
        }
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < t.len(); i++) {
          parts.add(value(t.elem(), d, fixed));
        }
        return "[" + String.join(", ", parts) + "]";
      }
      case STRUCT: {
        Items.StructDef s = g.items.struct(t.name());
        List<String> parts = new ArrayList<>();
        String base = r.chance(0.2) ? useVar(t) : null;
        for (int i = 0; i < s.fields().size(); i++) {
          if (base == null || r.chance(0.5)) {
            parts.add(s.fields().get(i) + ": " + value(s.types().get(i), d, true));
          }
        }
        if (base != null) {
          g.coverage.add("struct-update");
          parts.add(".." + base);
        }
        return s.name() + " { " + String.join(", ", parts) + " }";
      }
      case ENUM:
        return g.matches.construct(g.items.enumDef(t.name()), d);
      case STRING:
        return string(d);
      case VEC: {
        Ty e = t.elem();
        if (fixed && r.chance(0.15)) {
          return "Vec::new()";
        }
        if (e.isCopy() && r.chance(0.25)) {
          return "vec![" + value(e, d, fixed) + "; " + r.below(4) + "]";
        }
        List<String> parts = new ArrayList<>();
        int n = r.between(fixed ? 0 : 1, 4);
        for (int i = 0; i < n; i++) {
          parts.add(value(e, d, fixed));
        }
        return "vec![" + String.join(", ", parts) + "]";
      }
      case BOX:
        return "Box::new(" + value(t.elem(), d, fixed) + ")";
      case NOISY:
        return "Noisy { id: " + g.nextNoisyId() + " }";
      case OPTION: {
        Ty e = t.elem();
        if (e.isInt() && r.chance(0.4)) {
          String m = r.pick(List.of("checked_add", "checked_sub", "checked_mul"));
          return "(" + value(e, d, false) + ")." + m + "(" + value(e, d, true) + ")";
        }
        return fixed && r.chance(0.3) ? "None" : "Some(" + value(e, d, fixed) + ")";
      }
      case REC: {
        String base = r.chance(0.2) ? useVar(Ty.REC) : null;
        if (base != null) {
          g.coverage.add("struct-update");
          return "Rec { n: " + value(Ty.integer("i64"), d, true) + ", .." + base + " }";
        }
        return "Rec { name: " + value(Ty.STRING, d, true) + ", n: " + value(Ty.integer("i64"), d, true)
            + ", items: " + value(Ty.vec(Ty.integer("i32")), d, true) + " }";
      }
      default:
        throw new IllegalArgumentException("no value of " + t);
    }
  }

  private String string(int d) {
    Rand r = g.rand;
    Rand.Choice<String> c = new Rand.Choice<>();
    c.add(3, () -> "String::from(\"" + word() + "\")");
    c.add(1, () -> "String::new()");
    c.add(1, () -> "\"" + word() + "\".to_string()");
    c.add(2, () -> "format!(\"{}-{}\", " + value(r.pick(Ty.INTS), d, false) + ", " + word2() + ")");
    c.add(1, () -> "(" + value(Ty.INTS.get(r.below(10)), d, false) + ").to_string()");
    c.add(1, () -> {
      String lhs = useVar(Ty.STRING);
      return lhs == null ? null : "(" + lhs + " + \"" + word() + "\")";
    });
    c.add(1, () -> "\"" + word() + "\".repeat(" + r.below(4) + ")");
    c.add(1, () -> {
      List<Env.Var> vs = g.env.visible(v -> Env.readable(v) && v.ty.equals(Ty.STRING));
      if (vs.isEmpty()) {
        return null;
      }
      String s = r.pick(vs).name;
      return s + "." + r.pick(List.of("to_uppercase()", "trim().to_string()", "replace(\"a\", \"xy\")",
          "clone()", "as_str().to_string()"));
    });
    for (int i = 0; i < 4; i++) {
      String e = c.pick(r);
      if (e != null) {
        return e;
      }
    }
    return "String::from(\"" + word() + "\")";
  }

  String word() {
    return g.rand.pick(List.of("a", "ab", "hello", "x y", "  pad  ", "é", "naïve", "", "€uro", "banana"));
  }

  private String word2() {
    return "\"" + word() + "\"";
  }

  /** A bool that inspects an aggregate (emptiness, containment, equality, Option state). */
  String boolFromAggregate(int d) {
    Rand r = g.rand;
    List<Env.Var> vs = g.env.visible(v -> Env.readable(v)
        && switch (v.ty.kind()) {
          case STRING, VEC, OPTION, ENUM, STRUCT, TUPLE, ARRAY -> true;
          default -> false;
        });
    if (vs.isEmpty()) {
      return g.scalarExprs.atom(Ty.BOOL, true);
    }
    Env.Var v = r.pick(vs);
    switch (v.ty.kind()) {
      case STRING:
        return r.chance(0.5) ? v.name + ".is_empty()" : v.name + "."
            + r.pick(List.of("contains", "starts_with", "ends_with")) + "(\"" + word() + "\")";
      case VEC:
        return v.name + ".is_empty()";
      case OPTION:
        return v.name + (r.chance(0.5) ? ".is_some()" : ".is_none()");
      default:
        return "(" + v.name + " " + r.pick(List.of("==", "!=")) + " " + value(v.ty, d, true) + ")";
    }
  }
}
