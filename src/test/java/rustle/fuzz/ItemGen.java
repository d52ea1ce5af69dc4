package rustle.fuzz;

import java.util.ArrayList;
import java.util.List;

/** Declares a program's structs and enum, and generates its helper functions. */
final class ItemGen {
  private final Gen g;

  ItemGen(Gen g) {
    this.g = g;
  }

  void declare(List<Code> top) {
    Rand r = g.rand;
    int ns = r.between(0, 2);
    for (int i = 0; i < ns; i++) {
      List<String> fields = new ArrayList<>();
      List<Ty> types = new ArrayList<>();
      int nf = r.between(1, 3);
      for (int f = 0; f < nf; f++) {
        fields.add("f" + f);
        types.add(r.chance(0.8) ? r.pick(Ty.INTS) : Ty.BOOL);
      }
      Items.StructDef s = new Items.StructDef("S" + i, fields, types);
      g.items.structs.add(s);
      List<String> decl = new ArrayList<>();
      for (int f = 0; f < nf; f++) {
        decl.add(fields.get(f) + ": " + types.get(f).rust());
      }
      top.add(Code.item(List.of(Code.fixed("#[derive(Debug, Clone, Copy, PartialEq)]"),
          Code.fixed("struct S" + i + " { " + String.join(", ", decl) + " }"))));
      top.add(methods(s));
    }
    if (r.chance(0.7)) {
      List<Items.Variant> vs = new ArrayList<>();
      List<String> decl = new ArrayList<>();
      int nv = r.between(1, 4);
      for (int i = 0; i < nv; i++) {
        String name = "V" + i;
        int kind = r.below(3);
        if (kind == 0) {
          vs.add(new Items.Variant(name, null, List.of()));
          decl.add(name);
        } else if (kind == 1) {
          Ty t = r.pick(Ty.INTS);
          vs.add(new Items.Variant(name, null, List.of(t)));
          decl.add(name + "(" + t.rust() + ")");
        } else {
          Ty a = r.pick(Ty.INTS);
          vs.add(new Items.Variant(name, List.of("x", "y"), List.of(a, Ty.BOOL)));
          decl.add(name + " { x: " + a.rust() + ", y: bool }");
        }
      }
      g.items.enums.add(new Items.EnumDef("E0", vs));
      top.add(Code.item(List.of(Code.fixed("#[derive(Debug, Clone, Copy, PartialEq)]"),
          Code.fixed("enum E0 { " + String.join(", ", decl) + " }"))));
    }
  }

  /** `total(&self)` sums the fields as i64 (it may overflow); `bump(&mut self)` changes the first. */
  private static Code methods(Items.StructDef s) {
    List<String> terms = new ArrayList<>();
    for (int f = 0; f < s.fields().size(); f++) {
      terms.add("(self." + s.fields().get(f) + " as i64)");
    }
    Ty first = s.types().get(0);
    String bump = first.isInt() ? "self.f0 = self.f0.wrapping_add(1);" : "self.f0 = !self.f0;";
    return Code.block("impl " + s.name() + " {", List.of(
        Code.fixed("fn total(&self) -> i64 { " + String.join(" + ", terms) + " }"),
        Code.fixed("fn bump(&mut self) { " + bump + " println!(\"bump {:?}\", self); }")), "}");
  }

  /** Helper fi: earlier helpers are callable from it, so there is no recursion. */
  Code helper(int i) {
    Rand r = g.rand;
    g.items.callable = i;
    g.env = new Env();
    List<Ty> params = new ArrayList<>();
    List<String> decl = new ArrayList<>();
    int np = r.between(0, 3);
    for (int p = 0; p < np; p++) {
      Ty t = paramType();
      params.add(t);
      String name = g.fresh("a");
      boolean mut = t.kind() != Ty.Kind.REF && t.kind() != Ty.Kind.MUTREF && r.chance(0.3);
      g.env.declare(name, t, mut);
      decl.add((mut ? "mut " : "") + name + ": " + t.rust());
    }
    Ty ret = r.chance(0.6) ? r.pick(Ty.INTS) : g.randomType();
    g.fnRet = ret;
    g.env.ctrlDepth = 1; // `return` is allowed anywhere in a helper
    List<Code> body = g.stmts.block(r.between(1, 5), 1);
    g.env.ctrlDepth = 0;
    body.add(Code.fixed(g.aggs.value(ret, 2, true)));
    g.fnRet = null;
    g.items.fns.add(new Items.FnDef("f" + i, params, ret));
    g.coverage.add("helper-fn");
    return Code.block("fn f" + i + "(" + String.join(", ", decl) + ") -> " + ret.rust() + " {", body, "}");
  }

  private Ty paramType() {
    Rand r = g.rand;
    return switch (r.below(9)) {
      case 0, 1, 2 -> r.pick(Ty.INTS);
      case 3 -> Ty.ref(Ty.vec(r.pick(Ty.INTS)), false);
      case 4 -> Ty.ref(Ty.vec(r.pick(Ty.INTS)), true);
      case 5 -> Ty.STRING;
      case 6 -> Ty.ref(Ty.STRING, false);
      case 7 -> Ty.ref(r.pick(Ty.INTS), true);
      default -> g.randomType();
    };
  }
}
