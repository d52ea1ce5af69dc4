package rustle.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Bounded loops: `for` over ranges, arrays and vectors, counted `while` and `loop`, labels, break values. */
final class Loops {
  private final Gen g;
  private final Stmts s;

  Loops(Gen g, Stmts s) {
    this.g = g;
    this.s = s;
  }

  Code loop(int depth) {
    Rand r = g.rand;
    Map<Env.Var, Boolean> snap = g.env.snapshot();
    g.env.ctrlDepth++;
    Code c = switch (r.below(7)) {
      case 0, 1 -> forRange(depth);
      case 2 -> forCollection(depth);
      case 3 -> counted(depth, true);
      case 4 -> counted(depth, false);
      case 5 -> breakValue(depth);
      default -> labelled(depth);
    };
    g.env.ctrlDepth--;
    Env.mergeMoved(g.env.movedNow(snap), Map.of());
    return c;
  }

  /** A loop body: its own scope, one loop deeper (outer variables can't be moved in it). */
  private List<Code> body(int depth, List<Code> prefix, String var, Ty varTy, boolean breaks) {
    boolean oldIn = g.env.inLoop;
    g.env.loopDepth++;
    g.env.inLoop = breaks;
    g.env.push();
    if (var != null) {
      g.env.declare(var, varTy, false);
    }
    List<Code> out = new ArrayList<>(prefix);
    out.addAll(s.block(g.rand.between(1, 4), depth + 1));
    g.env.pop();
    g.env.loopDepth--;
    g.env.inLoop = oldIn;
    return out;
  }

  private Code forRange(int depth) {
    Rand r = g.rand;
    Ty t = r.pick(Ty.INTS);
    String lo = String.valueOf(r.below(3));
    String hi = String.valueOf(r.between(0, 5));
    String range = switch (r.below(4)) {
      case 0 -> lo + t.name() + ".." + hi + t.name();
      case 1 -> lo + t.name() + "..=" + hi;
      case 2 -> "(" + lo + t.name() + ".." + hi + ").rev()";
      default -> "(" + lo + t.name() + ".." + (Integer.parseInt(hi) * 2) + ").step_by(" + r.between(1, 3) + ")";
    };
    String i = g.fresh("i");
    g.coverage.add("for-range");
    return Code.block("for " + i + " in " + range + " {", body(depth, List.of(), i, t, true), "}");
  }

  private Code forCollection(int depth) {
    Rand r = g.rand;
    List<Env.Var> arrays = g.env.visible(v -> Env.readable(v) && v.ty.kind() == Ty.Kind.ARRAY);
    List<Env.Var> vecs = g.env.visible(v -> Env.readable(v) && v.frozen == Env.Frozen.NO
        && v.ty.kind() == Ty.Kind.VEC);
    List<Env.Var> strs = g.env.visible(v -> Env.readable(v) && v.frozen == Env.Frozen.NO
        && v.ty.equals(Ty.STRING));
    String x = g.fresh("x");
    if (!vecs.isEmpty() && r.chance(0.6)) {
      Env.Var v = r.pick(vecs);
      if (g.env.movable(v) && r.chance(0.3)) {
        // By value: the loop consumes the vector (its rest is dropped on break).
        v.moved = true;
        g.coverage.add("for-vec-by-value");
        return Code.block("for " + x + " in " + v.name + " {", body(depth, List.of(), x, v.ty.elem(), true), "}");
      }
      Env.Frozen old = v.frozen;
      v.frozen = Env.Frozen.SHARED;
      String head = r.chance(0.5) ? "&" + v.name : v.name + ".iter()";
      Code c = Code.block("for " + x + " in " + head + " {",
          body(depth, List.of(), x, Ty.ref(v.ty.elem(), false), true), "}");
      v.frozen = old;
      g.coverage.add("for-vec-ref");
      return c;
    }
    if (!strs.isEmpty() && r.chance(0.4)) {
      Env.Var v = r.pick(strs);
      Env.Frozen old = v.frozen;
      v.frozen = Env.Frozen.SHARED;
      Code c = Code.block("for " + x + " in " + v.name + ".chars() {", body(depth, List.of(), x, Ty.CHAR, true), "}");
      v.frozen = old;
      g.coverage.add("for-chars");
      return c;
    }
    if (!arrays.isEmpty()) {
      Env.Var v = r.pick(arrays);
      g.coverage.add("for-array");
      return Code.block("for " + x + " in " + v.name + " {", body(depth, List.of(), x, v.ty.elem(), true), "}");
    }
    return forRange(depth);
  }

  /** `while c < k { c += 1; ... }` or `loop { c += 1; if c > k { break; } ... }`. */
  private Code counted(int depth, boolean isWhile) {
    Rand r = g.rand;
    String c = g.fresh("c");
    int k = r.between(0, 4);
    // The counter is read-only to the body so the loop is bounded.
    g.env.declare(c, Ty.integer("u32"), false);
    Code init = Code.fixed("let mut " + c + ": u32 = 0;");
    Code inc = Code.fixed(c + " += 1;");
    if (isWhile) {
      g.coverage.add("while");
      return Code.group(List.of(init, Code.block("while " + c + " < " + k + " {",
          body(depth, List.of(inc), null, null, true), "}")));
    }
    g.coverage.add("loop");
    Code exit = Code.fixed("if " + c + " > " + k + " { break; }");
    return Code.group(List.of(init, Code.block("loop {", body(depth, List.of(inc, exit), null, null, true), "}")));
  }

  /** `let v = loop { ... break value; }`: the body has no other break (it would need a value too). */
  private Code breakValue(int depth) {
    Rand r = g.rand;
    String c = g.fresh("c");
    g.env.declare(c, Ty.integer("u32"), false);
    Ty t = r.chance(0.7) ? r.pick(Ty.INTS) : g.randomType();
    int k = r.between(0, 3);
    Code init = Code.fixed("let mut " + c + ": u32 = 0;");
    Code inc = Code.fixed(c + " += 1;");
    List<Code> b = body(depth, List.of(inc), null, null, false);
    // The break value is built after the body, in the loop's scope, from what is still there.
    g.env.loopDepth++;
    String val = g.aggs.value(t, 2, true);
    g.env.loopDepth--;
    List<Code> all = new ArrayList<>(b);
    all.add(1, Code.fixed("if " + c + " > " + k + " { break " + val + "; }"));
    String n = g.fresh("lv");
    g.env.declare(n, t, false);
    g.coverage.add("loop-break-value");
    return Code.group(List.of(init, Code.block("let " + n + ": " + t.rust() + " = loop {", all, "};"),
        Code.line(s.printVar(n, t))));
  }

  private Code labelled(int depth) {
    Rand r = g.rand;
    String label = "'" + g.fresh("l");
    String old = g.loopLabel;
    g.loopLabel = label;
    String i = g.fresh("i");
    int n = r.between(1, 4);
    Code c = Code.block(label + ": for " + i + " in 0.." + n + "u8 {", body(depth, List.of(), i,
        Ty.integer("u8"), true), "}");
    g.loopLabel = old;
    g.coverage.add("labelled");
    return c;
  }
}
