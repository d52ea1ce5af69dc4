package rustle.fuzz;

import java.util.ArrayList;
import java.util.List;

/** Enum values and `match`/`if let` expressions over enums and options, with bindings and guards. */
final class Matches {
  private final Gen g;

  Matches(Gen g) {
    this.g = g;
  }

  String construct(Items.EnumDef e, int d) {
    Items.Variant v = g.rand.pick(e.variants());
    String path = e.name() + "::" + v.name();
    if (v.types().isEmpty()) {
      return path;
    }
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < v.types().size(); i++) {
      String val = g.aggs.value(v.types().get(i), d, true);
      parts.add(v.isTuple() ? val : v.fieldNames().get(i) + ": " + val);
    }
    return v.isTuple() ? path + "(" + String.join(", ", parts) + ")"
        : path + " { " + String.join(", ", parts) + " }";
  }

  /** A match over an enum value producing a t, or null when the program has no enum. */
  String enumMatch(Ty t, int d, boolean fixed) {
    if (g.items.enums.isEmpty()) {
      return null;
    }
    Rand r = g.rand;
    Items.EnumDef e = r.pick(g.items.enums);
    String scrut = g.aggs.value(e.ty(), d, true);
    List<String> arms = new ArrayList<>();
    boolean needWild = false;
    List<Items.Variant> vs = new ArrayList<>(e.variants());
    List<java.util.Map<Env.Var, Boolean>> moves = new ArrayList<>();
    for (Items.Variant v : vs) {
      if (r.chance(0.15)) {
        needWild = true;
        continue;
      }
      g.env.push();
      String pat = pattern(e, v);
      String guard = "";
      if (r.chance(0.2)) {
        guard = " if " + g.bools(d);
        needWild = true;
        g.coverage.add("match-guard");
      }
      arms.add(pat + guard + " => " + armValue(t, d, fixed, moves));
      g.env.pop();
    }
    if (needWild || arms.isEmpty()) {
      arms.add("_ => " + armValue(t, d, fixed, moves));
    }
    applyMoves(moves);
    g.coverage.add("match-enum");
    return "match (" + scrut + ") { " + String.join(", ", arms) + " }";
  }

  /** One arm's value; its moves are undone for the next arm and applied after the match. */
  private String armValue(Ty t, int d, boolean fixed, List<java.util.Map<Env.Var, Boolean>> moves) {
    var snap = g.env.snapshot();
    String v = g.aggs.value(t, d, fixed);
    moves.add(g.env.movedNow(snap));
    g.env.restore(snap);
    return v;
  }

  private static void applyMoves(List<java.util.Map<Env.Var, Boolean>> moves) {
    for (var m : moves) {
      m.forEach((v, moved) -> {
        if (moved) {
          v.moved = true;
        }
      });
    }
  }

  private String pattern(Items.EnumDef e, Items.Variant v) {
    String path = e.name() + "::" + v.name();
    if (v.types().isEmpty()) {
      return path;
    }
    List<String> parts = new ArrayList<>();
    // A struct pattern may bind its first field only and skip the rest with `..`.
    boolean rest = !v.isTuple() && g.rand.chance(0.3);
    int n = rest ? 1 : v.types().size();
    for (int i = 0; i < n; i++) {
      String name = g.rand.chance(0.2) ? "_" : g.fresh("p");
      if (!name.equals("_")) {
        g.env.declare(name, v.types().get(i), false);
      }
      parts.add(v.isTuple() ? name : v.fieldNames().get(i) + ": " + name);
    }
    if (rest) {
      return path + " { " + parts.get(0) + ", .. }";
    }
    return v.isTuple() ? path + "(" + String.join(", ", parts) + ")"
        : path + " { " + String.join(", ", parts) + " }";
  }

  /** A match or if-let over an Option<int> value producing a t. */
  String optionMatch(Ty t, int d, boolean fixed) {
    Rand r = g.rand;
    Ty o = Ty.option(r.pick(Ty.INTS));
    String scrut = g.aggs.value(o, d, false);
    g.env.push();
    String p = g.fresh("p");
    g.env.declare(p, o.elem(), false);
    List<java.util.Map<Env.Var, Boolean>> moves = new ArrayList<>();
    String some = armValue(t, d, fixed, moves);
    g.env.pop();
    String none = armValue(t, d, fixed, moves);
    applyMoves(moves);
    g.coverage.add("match-option");
    if (r.chance(0.5)) {
      return "if let Some(" + p + ") = (" + scrut + ") { " + some + " } else { " + none + " }";
    }
    return "match (" + scrut + ") { Some(" + p + ") => " + some + ", None => " + none + " }";
  }
}
