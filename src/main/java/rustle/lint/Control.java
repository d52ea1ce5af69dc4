package rustle.lint;

import java.util.List;
import rustle.ast.Expr;

/** The walk's branches: if, match and while, in the order rustc's walk takes them and with what it knows. */
final class Control {
  private final Walker w;

  Control(Walker w) {
    this.w = w;
  }

  void ifExpr(Expr.If i) {
    if (i.cond() instanceof Expr.Let let) {
      Val v = w.eval(let.value());
      w.env.bump();
      if (v != Val.OPAQUE) {
        w.quietBranches(() -> {
          w.bindOpaque(let.pattern());
          w.eval(i.then());
        }, () -> w.eval(i.orElse()));
        return;
      }
      boolean thenDead = w.later(() -> {
        w.bindOpaque(let.pattern());
        w.eval(i.then());
      });
      boolean elseDead = i.orElse() != null && w.later(() -> w.eval(i.orElse()));
      if (thenDead || elseDead) w.env.hideAll();
      w.dead = thenDead && elseDead;
      return;
    }
    Val c = w.env.valid(w.eval(i.cond()));
    w.env.bump();
    if (c instanceof Val.Known k) {
      if (k.isTrue()) w.eval(i.then());
      else w.eval(i.orElse());
      return;
    }
    if (c != Val.OPAQUE) {
      w.quietBranches(() -> w.eval(i.then()), () -> w.eval(i.orElse()));
      return;
    }
    w.eval(i.then());
    boolean thenDead = w.dead;
    Walker.LoopCtx broke = w.brokeOut;
    w.dead = false;
    if (thenDead) {
      int visible = w.env.visibleFrom;
      w.env.hideAll(); // rustc went down the diverging branch first, past every StorageDead
      if (w.lintOn && broke != null && broke == w.loops.peek() && broke.entry == w.group && !broke.exitFirst
          && broke.resumeVisible < 0) {
        broke.resumeVisible = visible;
        // the break led rustc's walk to the code after the loop first: the rest of this body comes later
        Walker.Group g = new Walker.Group();
        w.group.later.push(g);
        w.group = g;
      }
      w.eval(i.orElse());
    } else if (i.orElse() != null) {
      w.later(() -> w.eval(i.orElse())); // the code after is reached from the then-branch
    }
  }

  void match(Expr.Match m) {
    Val v = w.eval(m.scrutinee());
    w.env.bump();
    if (v != Val.OPAQUE) {
      w.quietBranches(m.arms().stream().<Runnable>map(arm -> () -> {
        w.bindOpaque(arm.pattern());
        w.eval(arm.guard());
        w.eval(arm.body());
      }).toArray(Runnable[]::new));
      return;
    }
    boolean any = false, all = true;
    List<Expr.Arm> arms = m.arms();
    // On an integer, rustc's switch leaves the catch-all arm for last, and so visits it first.
    Expr.Arm first = MatchOrder.visitedFirst(w.tables, Types.of(w.tables, m.scrutinee().id()), arms);
    if (first != null) {
      w.bindOpaque(first.pattern());
      w.eval(first.body());
      any = all = w.dead;
      w.dead = false;
      if (any) w.env.hideAll();
    }
    for (Expr.Arm arm : arms) {
      if (arm == first) continue;
      boolean d = w.later(() -> {
        w.bindOpaque(arm.pattern());
        w.eval(arm.guard());
        w.eval(arm.body());
      });
      any |= d;
      all &= d;
    }
    if (any) w.env.hideAll();
    w.dead = all && !arms.isEmpty();
  }

  void whileLoop(Expr.While loop) {
    w.env.bump();
    Val c;
    if (loop.cond() instanceof Expr.Let let) {
      c = w.eval(let.value());
      if (c == Val.OPAQUE) w.bindOpaque(let.pattern());
    } else {
      c = w.env.valid(w.eval(loop.cond()));
    }
    w.env.bump();
    if (c != Val.OPAQUE) {
      w.stop();
      return;
    }
    w.loopBody(loop.label(), true, loop.body());
    w.dead = false;
    w.env.bump();
  }
}
