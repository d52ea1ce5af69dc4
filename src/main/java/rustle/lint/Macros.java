package rustle.lint;

import java.util.List;
import rustle.ast.Expr;

/** How the lint's walk passes std's macros: assertions branch, panics diverge, the rest are calls. */
final class Macros {
  private Macros() {}

  static void eval(Walker w, Expr.MacroCall m) {
    List<Expr.MacroArg> args = m.args();
    switch (m.name()) {
      case "panic", "unreachable", "todo", "unimplemented" -> w.stop();
      case "assert", "debug_assert" -> {
        if (args.isEmpty()) return;
        Val c = w.env.valid(w.eval(args.get(0).value()));
        w.env.bump();
        if (c instanceof Val.Known k && k.isTrue()) return;
        if (c == Val.OPAQUE) w.env.hideAll();
        else w.stop(); // fails for certain, or rustc may know it does
      }
      case "assert_eq", "assert_ne", "debug_assert_eq", "debug_assert_ne" -> {
        if (args.size() < 2) return;
        Val l = w.env.valid(w.eval(args.get(0).value()));
        Val r = w.env.valid(w.eval(args.get(1).value()));
        w.env.bump();
        boolean eq = m.name().endsWith("eq");
        if (l instanceof Val.Known a && r instanceof Val.Known b) {
          if ((a.value().compareTo(b.value()) == 0) != eq) w.stop();
        } else if (l != null && r != null) {
          w.env.hideAll();
        } else {
          w.stop();
        }
      }
      default -> {
        for (Expr.MacroArg a : args) w.eval(a.value());
        w.env.bump();
      }
    }
  }
}
