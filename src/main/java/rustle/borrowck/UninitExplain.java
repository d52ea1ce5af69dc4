package rustle.borrowck;

import java.util.ArrayList;
import java.util.List;
import rustle.ast.Expr;
import rustle.ast.Span;
import rustle.ast.Stmt;
import rustle.diag.Diagnostic;

/**
 * rustc's explanation of a possibly-uninitialized binding (its ConditionVisitor): the ifs, matches
 * and loops that initialize the binding on some branches only, each labelled with the branch that
 * leaves it uninitialized.
 */
final class UninitExplain {
  private final List<Span> inits;
  private final String name;
  private final List<Object[]> labels = new ArrayList<>();

  private UninitExplain(List<Span> inits, String name) {
    this.inits = inits;
    this.name = "`" + name + "`";
  }

  /** Adds the labels to d; inits are the spans of the assignments that initialize the binding. */
  static Diagnostic explain(Diagnostic d, Expr body, List<Span> inits, String name) {
    if (inits.isEmpty()) return d;
    UninitExplain u = new UninitExplain(inits, name);
    u.expr(body);
    for (Object[] l : u.labels) d = d.withLabel((Span) l[0], (String) l[1]);
    return d;
  }

  private boolean initializes(Expr e) {
    if (e == null) return false;
    for (Span s : inits) if (e.span().start() <= s.start() && s.end() <= e.span().end()) return true;
    return false;
  }

  private void label(Span s, String text) {
    labels.add(new Object[] {s, text});
  }

  private void expr(Expr e) {
    if (e == null) return;
    if (e instanceof Expr.If i) {
      boolean a = initializes(i.then());
      boolean b = initializes(i.orElse());
      Span cond = i.cond() instanceof Expr.Let l ? l.span() : i.cond().span();
      if (i.orElse() == null && a) {
        label(cond, "if this `if` condition is `false`, " + name + " is not initialized");
        label(Builder.after(i.span()), "an `else` arm might be missing here, initializing " + name);
      } else if (a && !b) {
        label(new Span(i.then().span().end(), i.orElse().span().start(), i.then().span().endLine(),
            i.then().span().endCol(), i.orElse().span().line(), i.orElse().span().col()),
            "if the `if` condition is `false` and this `else` arm is executed, " + name + " is not initialized");
      } else if (!a && b) {
        label(cond, "if this condition is `true`, " + name + " is not initialized");
      }
    } else if (e instanceof Expr.While w && initializes(w.body())) {
      label(w.cond().span(), "if this condition isn't met and the `while` loop runs 0 times, " + name
          + " is not initialized");
    } else if (e instanceof Expr.For f && initializes(f.body())) {
      label(f.iter().span(), "if the `for` loop runs 0 times, " + name + " is not initialized");
    } else if (e instanceof Expr.Match m) {
      boolean any = false;
      boolean all = true;
      for (Expr.Arm arm : m.arms()) {
        boolean seen = initializes(arm.body()) || initializes(arm.guard());
        any |= seen;
        all &= seen;
      }
      if (any && !all) {
        for (Expr.Arm arm : m.arms()) {
          if (initializes(arm.body()) || initializes(arm.guard())) continue;
          if (arm.guard() != null) {
            label(Builder.join(arm.pattern().span(), arm.guard().span()), "if this pattern and condition are matched, "
                + name + " is not initialized");
          } else {
            label(arm.pattern().span(), "if this pattern is matched, " + name + " is not initialized");
          }
        }
      }
    }
    children(e);
  }

  private void children(Expr e) {
    if (e instanceof Expr.Block b) {
      for (Stmt s : b.stmts()) {
        if (s instanceof Stmt.LetStmt l) {
          expr(l.init());
          expr(l.elseBlock());
        } else if (s instanceof Stmt.ExprStmt es) {
          expr(es.expr());
        }
      }
      expr(b.tail());
    } else if (e instanceof Expr.If i) {
      expr(i.cond());
      expr(i.then());
      expr(i.orElse());
    } else if (e instanceof Expr.Match m) {
      expr(m.scrutinee());
      for (Expr.Arm a : m.arms()) {
        expr(a.guard());
        expr(a.body());
      }
    } else if (e instanceof Expr.Loop l) {
      expr(l.body());
    } else if (e instanceof Expr.While w) {
      expr(w.cond());
      expr(w.body());
    } else if (e instanceof Expr.For f) {
      expr(f.iter());
      expr(f.body());
    } else if (e instanceof Expr.Let l) {
      expr(l.value());
    }
  }
}
