package rustle.fuzz;

import java.util.ArrayList;
import java.util.List;

/** Statements that change places: assignments, collection updates, loops, borrows and std::mem moves. */
final class Stmts2 {
  private final Gen g;
  private final Stmts s;

  Stmts2(Gen g, Stmts s) {
    this.g = g;
    this.s = s;
  }

  /** A variable whose value may be changed in place here, with the type behind it and how to name it. */
  private record Target(Env.Var var, Ty ty, String whole, String auto) {}

  private List<Target> targets() {
    List<Target> out = new ArrayList<>();
    for (Env.Var v : g.env.visible(v -> !v.moved && v.frozen == Env.Frozen.NO)) {
      if (v.ty.kind() == Ty.Kind.MUTREF) {
        out.add(new Target(v, v.ty.elem(), "*" + v.name, v.name));
      } else if (v.mutable && v.ty.kind() != Ty.Kind.REF) {
        out.add(new Target(v, v.ty, v.name, v.name));
      }
    }
    return out;
  }

  Code assign() {
    Rand r = g.rand;
    // Re-initialising a moved variable is allowed at the depth it was declared.
    List<Env.Var> moved = g.env.visible(v -> v.moved && v.mutable && v.frozen == Env.Frozen.NO
        && v.ctrlDepth == g.env.ctrlDepth && v.loopDepth == g.env.loopDepth && !v.ty.isCopy());
    if (!moved.isEmpty() && r.chance(0.3)) {
      Env.Var v = r.pick(moved);
      String rhs = g.aggs.value(v.ty, 2, true);
      v.moved = false;
      g.coverage.add("reinit");
      return Code.line(v.name + " = " + rhs + ";");
    }
    List<Target> ts = targets();
    if (ts.isEmpty()) {
      return null;
    }
    Target t = r.pick(ts);
    String lhs = t.whole();
    Ty ty = t.ty();
    switch (ty.kind()) {
      case TUPLE -> {
        int i = r.below(ty.args().size());
        lhs = t.auto() + "." + i;
        ty = ty.args().get(i);
      }
      case STRUCT -> {
        Items.StructDef sd = g.items.struct(ty.name());
        int i = r.below(sd.fields().size());
        lhs = t.auto() + "." + sd.fields().get(i);
        ty = sd.types().get(i);
      }
      case ARRAY -> {
        lhs = t.auto() + "[" + (r.chance(0.95) ? r.below(ty.len()) : ty.len()) + "]";
        ty = ty.elem();
      }
      case BOX -> {
        if (ty.elem().isInt() && r.chance(0.7)) {
          lhs = "*" + t.whole(); // `**r` through a `&mut Box<T>`
          ty = ty.elem();
        }
      }
      case REC -> {
        if (r.chance(0.6)) {
          lhs = t.auto() + ".n";
          ty = Ty.integer("i64");
        }
      }
      case NOISY -> {
        if (r.chance(0.5)) {
          lhs = t.auto() + ".id";
          ty = Ty.integer("u32");
        }
      }
      default -> { }
    }
    if (ty.kind() == Ty.Kind.VEC && ty.elem().isInt() && r.chance(0.5)) {
      lhs = t.auto() + "[" + r.below(3) + "]";
      ty = ty.elem();
      // An index into a Vec borrows it mutably (IndexMut) while the right side is evaluated.
      Env.Frozen old = t.var().frozen;
      t.var().frozen = Env.Frozen.MUT;
      String rhs = g.aggs.value(ty, 2, true);
      t.var().frozen = old;
      return Code.line(lhs + " = " + rhs + ";");
    }
    g.coverage.add("assign-" + ty.kind());
    if (ty.isInt() && r.chance(0.5)) {
      String op = r.pick(List.of("+=", "-=", "*=", "/=", "%=", "^=", "|=", "&=", "<<=", ">>="));
      String rhs = op.startsWith("<<") || op.startsWith(">>") ? r.below(ty.bits() + 1) + "u32"
          : op.startsWith("/") || op.startsWith("%") ? r.between(1, 5) + ty.name() : g.aggs.value(ty, 2, true);
      return Code.line(lhs + " " + op + " " + rhs + ";");
    }
    return Code.line(lhs + " = " + g.aggs.value(ty, 2, true) + ";");
  }

  Code mutate() {
    Rand r = g.rand;
    List<Target> ts = targets().stream().filter(t -> switch (t.ty().kind()) {
      case VEC, STRING, REC, OPTION, STRUCT -> true;
      default -> false;
    }).toList();
    if (ts.isEmpty()) {
      return null;
    }
    Target t = r.pick(ts);
    String a = t.auto();
    Ty ty = t.ty();
    if (ty.kind() == Ty.Kind.REC) {
      return switch (r.below(3)) {
        case 0 -> Code.line(a + ".name.push_str(\"" + g.aggs.word() + "\");");
        case 1 -> Code.line(a + ".items.push(" + arg(t, Ty.integer("i32")) + ");");
        default -> Code.line(a + ".n += " + arg(t, Ty.integer("i64")) + ";");
      };
    }
    if (ty.kind() == Ty.Kind.STRUCT) {
      g.coverage.add("method-mut");
      return Code.line(a + ".bump();");
    }
    if (ty.kind() == Ty.Kind.OPTION) {
      return r.chance(0.5) ? Code.line(t.whole() + " = None;")
          : Code.line("println!(\"" + g.label() + " take {:?}\", " + a + ".take());");
    }
    if (ty.kind() == Ty.Kind.STRING) {
      g.coverage.add("string-mutate");
      return switch (r.below(7)) {
        case 0 -> Code.line(a + ".push_str(\"" + g.aggs.word() + "\");");
        case 1 -> Code.line(a + ".push(" + arg(t, Ty.CHAR) + ");");
        case 2 -> Code.line(t.whole() + " += \"" + g.aggs.word() + "\";");
        case 3 -> Code.line("println!(\"" + g.label() + " pop {:?}\", " + a + ".pop());");
        case 4 -> Code.line(a + ".clear();");
        case 5 -> g.knownBugs ? Code.line(a + ".insert(0, " + arg(t, Ty.CHAR) + ");")
            : Code.line(a + ".push('" + (char) ('a' + r.below(26)) + "');");
        default -> {
          List<Env.Var> others = g.env.visible(v -> Env.readable(v) && v.ty.equals(Ty.STRING) && v != t.var());
          yield others.isEmpty() ? Code.line(a + ".push_str(\"!\");")
              : Code.line(a + ".push_str(&" + r.pick(others).name + ");");
        }
      };
    }
    Ty e = ty.elem();
    g.coverage.add("vec-mutate");
    return switch (r.below(e.isInt() ? 9 : 5)) {
      case 0, 1 -> Code.line(a + ".push(" + arg(t, e) + ");");
      case 2 -> Code.line("println!(\"" + g.label() + " pop {:?}\", " + a + ".pop());");
      case 3 -> Code.line(a + ".insert(" + r.below(3) + ", " + arg(t, e) + ");");
      case 4 -> Code.line(r.chance(0.5) ? a + ".truncate(" + r.below(4) + ");"
          : "println!(\"" + g.label() + " removed {:?}\", " + a + ".remove(" + r.below(3) + "));");
      case 5 -> Code.line(a + ".swap(" + r.below(3) + ", " + r.below(3) + ");");
      case 6 -> Code.line(a + ".reverse();");
      case 7 -> Code.line(a + ".clear();");
      default -> Code.line(a + ".push(" + a + ".len() as " + e.name() + ");");
    };
  }

  /** An argument of a method that borrows t's variable mutably: it may read the variable but not move it. */
  private String arg(Target t, Ty ty) {
    Env.Frozen old = t.var().frozen;
    t.var().frozen = t.var().ty.kind() == Ty.Kind.MUTREF ? Env.Frozen.MUT : Env.Frozen.SHARED;
    String v = g.aggs.value(ty, 2, true);
    t.var().frozen = old;
    return v;
  }

  Code loop(int depth) {
    return new Loops(g, s).loop(depth);
  }

  Code borrowBlock(int depth) {
    Rand r = g.rand;
    boolean mut = r.chance(0.5);
    List<Env.Var> vs = g.env.visible(v -> v.ty.kind() != Ty.Kind.REF && v.ty.kind() != Ty.Kind.MUTREF
        && (mut ? Env.mutable(v) : Env.readable(v) && v.frozen == Env.Frozen.NO));
    if (vs.isEmpty()) {
      return null;
    }
    Env.Var v = r.pick(vs);
    Env.Frozen old = v.frozen;
    v.frozen = mut ? Env.Frozen.MUT : Env.Frozen.SHARED;
    g.env.push();
    String name = g.fresh("r");
    g.env.declare(name, Ty.ref(v.ty, mut), false);
    List<Code> body = new ArrayList<>();
    body.add(Code.fixed("let " + name + " = &" + (mut ? "mut " : "") + v.name + ";"));
    body.addAll(s.block(r.between(1, 4), depth + 1));
    g.env.pop();
    v.frozen = old;
    g.coverage.add(mut ? "borrow-mut" : "borrow-shared");
    return Code.block("{", body, "}");
  }

  Code memOps() {
    Rand r = g.rand;
    List<Env.Var> movable = g.env.visible(v -> g.env.movable(v) && !v.ty.isCopy()
        && v.ty.kind() != Ty.Kind.MUTREF);
    List<Env.Var> muts = g.env.visible(v -> Env.mutable(v) && v.ty.kind() != Ty.Kind.MUTREF
        && v.ty.kind() != Ty.Kind.REF);
    Rand.Choice<Code> c = new Rand.Choice<>();
    c.when(!movable.isEmpty(), 3, () -> {
      Env.Var v = r.pick(movable);
      v.moved = true;
      g.coverage.add("drop-call");
      return Code.line("drop(" + v.name + ");");
    });
    c.when(!movable.isEmpty(), 2, () -> {
      Env.Var v = r.pick(movable);
      v.moved = true;
      String n = g.fresh("m");
      boolean mut = r.chance(0.3);
      g.env.declare(n, v.ty, mut);
      g.coverage.add("move-let");
      return Code.group(List.of(Code.line("let " + (mut ? "mut " : "") + n + " = " + v.name + ";"), Code.line(s.printVar(n, v.ty))));
    });
    c.when(!muts.isEmpty(), 2, () -> {
      Env.Var a = r.pick(muts);
      List<Env.Var> bs = muts.stream().filter(b -> b != a && b.ty.equals(a.ty)).toList();
      if (bs.isEmpty()) {
        return null;
      }
      g.coverage.add("mem-swap");
      return Code.line("std::mem::swap(&mut " + a.name + ", &mut " + r.pick(bs).name + ");");
    });
    c.when(!muts.isEmpty(), 2, () -> {
      Env.Var a = r.pick(muts);
      a.frozen = Env.Frozen.MUT;
      String val = g.aggs.value(a.ty, 2, true);
      a.frozen = Env.Frozen.NO;
      String n = g.fresh("old");
      g.env.declare(n, a.ty, false);
      g.coverage.add("mem-replace");
      return Code.group(List.of(Code.line("let " + n + " = std::mem::replace(&mut " + a.name + ", " + val + ");"),
          Code.line(s.printVar(n, a.ty))));
    });
    c.when(muts.stream().anyMatch(v -> v.ty.equals(Ty.STRING) || v.ty.kind() == Ty.Kind.VEC), 2, () -> {
      Env.Var a = r.pick(muts.stream().filter(v -> v.ty.equals(Ty.STRING) || v.ty.kind() == Ty.Kind.VEC)
          .toList());
      String n = g.fresh("tk");
      g.env.declare(n, a.ty, false);
      g.coverage.add("mem-take");
      return Code.group(List.of(Code.line("let " + n + " = std::mem::take(&mut " + a.name + ");"),
          Code.line(s.printVar(n, a.ty))));
    });
    c.when(!movable.isEmpty() && g.knownBugs, 1, () -> {
      g.coverage.add("let-underscore");
      return Code.line("let _ = " + r.pick(movable).name + ";");
    });
    return c.isEmpty() ? null : c.pick(r);
  }
}
