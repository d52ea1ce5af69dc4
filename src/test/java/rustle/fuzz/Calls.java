package rustle.fuzz;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Calls of helper functions, with arguments that borrow or move as the parameter types ask. */
final class Calls {
  private final Gen g;

  Calls(Gen g) {
    this.g = g;
  }

  String call(Ty t, int d) {
    List<Items.FnDef> fs = g.items.callableReturning(t);
    if (fs.isEmpty()) {
      return null;
    }
    return call(g.rand.pick(fs), d);
  }

  String call(Items.FnDef f, int d) {
    g.coverage.add("call");
    // Borrows taken by earlier arguments live until the call: later arguments must respect them.
    Map<Env.Var, Env.Frozen> frozen = new HashMap<>();
    List<String> args = new ArrayList<>();
    for (Ty p : f.params()) {
      args.add(arg(p, d, frozen));
    }
    frozen.forEach((v, old) -> v.frozen = old);
    return f.name() + "(" + String.join(", ", args) + ")";
  }

  private String arg(Ty p, int d, Map<Env.Var, Env.Frozen> frozen) {
    Rand r = g.rand;
    if (p.kind() == Ty.Kind.REF || p.kind() == Ty.Kind.MUTREF) {
      boolean mut = p.kind() == Ty.Kind.MUTREF;
      List<Env.Var> vs = g.env.visible(v -> v.ty.equals(p.elem())
          && (mut ? Env.mutable(v) : Env.readable(v)));
      if (!vs.isEmpty() && r.chance(0.85)) {
        Env.Var v = r.pick(vs);
        frozen.putIfAbsent(v, v.frozen);
        v.frozen = mut ? Env.Frozen.MUT : Env.Frozen.SHARED;
        return (mut ? "&mut " : "&") + v.name;
      }
      // A temporary lives until the end of the enclosing statement.
      // (Braces, not parentheses: `&mut (x.f)` would borrow the place x.f.)
      return (mut ? "&mut { " : "&(") + g.aggs.value(p.elem(), d, true) + (mut ? " }" : ")");
    }
    return g.aggs.value(p, d, true);
  }
}
