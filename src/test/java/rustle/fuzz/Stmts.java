package rustle.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Statements: lets (with shadowing), prints, assignments, collection updates, control flow, panics. */
final class Stmts {
  private final Gen g;
  private final Stmts2 more;

  Stmts(Gen g) {
    this.g = g;
    this.more = new Stmts2(g, this);
  }

  List<Code> block(int count, int depth) {
    List<Code> out = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      out.add(stmt(depth));
    }
    return out;
  }

  Code stmt(int depth) {
    Rand r = g.rand;
    boolean nest = depth < 3;
    Rand.Choice<Code> c = new Rand.Choice<>();
    c.add(16, this::let);
    c.add(12, this::print);
    c.add(10, more::assign);
    c.add(8, more::mutate);
    c.when(nest, 6, () -> ifStmt(depth));
    c.when(nest, 6, () -> more.loop(depth));
    c.when(nest, 2, () -> nested(depth));
    c.when(nest, 4, () -> more.borrowBlock(depth));
    c.add(4, more::memOps);
    c.add(3, () -> {
      String call = callAny();
      return call == null ? null : Code.line((r.chance(0.3) ? "let _ = " : "") + call + ";");
    });
    c.when(g.env.inLoop, 5, () -> Code.block("if " + g.bools(1) + " {",
        List.of(Code.line(r.chance(0.5) ? "break;" : "continue;")), "}"));
    c.when(g.env.inLoop && g.loopLabel != null, 1, () -> Code.block("if " + g.bools(1) + " {",
        List.of(Code.line((r.chance(0.5) ? "break " : "continue ") + g.loopLabel + ";")), "}"));
    c.add(1, this::panicky);
    c.when(g.fnRet != null, 3, () -> Code.block("if " + g.bools(1) + " {",
        List.of(Code.line("return " + g.aggs.value(g.fnRet, 2, true) + ";")), "}"));
    c.when(g.fnRet == null && g.env.ctrlDepth > 0, 1, () -> Code.block("if " + g.bools(1) + " {",
        List.of(Code.line("return;")), "}"));
    for (int tries = 0; tries < 8; tries++) {
      Code s = c.pick(r);
      if (s != null) {
        return s;
      }
    }
    return let();
  }

  Code let() {
    Rand r = g.rand;
    Ty t = g.randomType();
    boolean annotate = r.chance(0.7);
    String init = g.aggs.value(t, r.between(1, 2), annotate);
    boolean mut = r.chance(0.45);
    String name = g.fresh("v");
    List<Env.Var> vis = g.env.visible(v -> true);
    if (!vis.isEmpty() && r.chance(0.15)) {
      name = r.pick(vis).name;
      g.coverage.add("shadow");
    }
    g.env.declare(name, t, mut);
    String text = "let " + (mut ? "mut " : "") + name + (annotate ? ": " + t.rust() : "") + " = " + init + ";";
    if (r.chance(0.5)) {
      return Code.group(List.of(Code.line(text), Code.line(printVar(name, t))));
    }
    return Code.line(text);
  }

  String printVar(String name, Ty t) {
    return "println!(\"" + g.label() + " " + name + " = " + (t.displays() ? "{}" : "{:?}") + "\", " + name
        + ");";
  }

  Code print() {
    Rand r = g.rand;
    List<Env.Var> vs = g.env.visible(Env::readable);
    if (!vs.isEmpty() && r.chance(0.5)) {
      Env.Var v = r.pick(vs);
      Ty t = v.ty.kind() == Ty.Kind.REF || v.ty.kind() == Ty.Kind.MUTREF ? v.ty.elem() : v.ty;
      return Code.line(printVar(v.name, t));
    }
    Ty t = r.chance(0.6) ? r.pick(Ty.INTS) : g.randomType();
    String e = g.aggs.value(t, r.between(1, 3), false);
    if (t == Ty.F64 && r.chance(0.4)) {
      String spec = r.pick(List.of("{:.2}", "{:.0}", "{:8.3}", "{:e}", "{:?}", "{:+.1}"));
      return Code.line("println!(\"" + g.label() + " " + spec + "\", " + e + ");");
    }
    if (r.chance(0.15) && t.isInt()) {
      String spec = r.pick(List.of("{:>6}", "{:<4}|", "{:08}", "{:x}", "{:#b}", "{:+}", "{:^7}|", "{:#X}"));
      return Code.line("println!(\"" + g.label() + " " + spec + "\", " + e + ");");
    }
    return Code.line("println!(\"" + g.label() + " " + (t.displays() ? "{}" : "{:?}") + "\", " + e + ");");
  }

  private Code ifStmt(int depth) {
    Rand r = g.rand;
    String cond = g.bools(2);
    Map<Env.Var, Boolean> snap = g.env.snapshot();
    g.env.ctrlDepth++;
    List<Code> then = scoped(r.between(1, 4), depth + 1);
    Map<Env.Var, Boolean> afterThen = g.env.movedNow(snap);
    g.env.restore(snap);
    if (r.chance(0.5)) {
      g.env.ctrlDepth--;
      Env.mergeMoved(afterThen, g.env.movedNow(snap));
      return Code.block("if " + cond + " {", then, "}");
    }
    List<Code> els = scoped(r.between(1, 4), depth + 1);
    g.env.ctrlDepth--;
    Env.mergeMoved(afterThen, g.env.movedNow(snap));
    g.coverage.add("if-else");
    return Code.block("if " + cond + " {", List.of(Code.group(then), Code.fixed("} else {"),
        Code.group(els)), "}");
  }

  List<Code> scoped(int count, int depth) {
    g.env.push();
    List<Code> body = block(count, depth);
    g.env.pop();
    return body;
  }

  private Code nested(int depth) {
    g.coverage.add("block");
    return Code.block("{", scoped(g.rand.between(1, 4), depth + 1), "}");
  }

  String callAny() {
    if (g.items.callable == 0) {
      return null;
    }
    return g.calls.call(g.items.fns.get(g.rand.below(g.items.callable)), 1);
  }

  private Code panicky() {
    Rand r = g.rand;
    g.coverage.add("explicit-panic");
    Ty t = r.pick(Ty.INTS);
    return switch (r.below(4)) {
      case 0 -> Code.block("if " + g.bools(2) + " {",
          List.of(Code.line("panic!(\"boom {}\", " + g.aggs.value(t, 1, false) + ");")), "}");
      case 1 -> Code.line("assert!(" + g.bools(1) + ", \"check {}\", " + g.aggs.value(t, 1, false) + ");");
      case 2 -> Code.line("assert_eq!(" + g.aggs.value(t, 1, false) + ", " + g.aggs.value(t, 1, true) + ");");
      default -> Code.line("assert!(" + g.bools(1) + ");");
    };
  }
}
