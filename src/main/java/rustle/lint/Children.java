package rustle.lint;

import java.util.function.Consumer;
import java.util.function.IntConsumer;
import rustle.ast.Expr;
import rustle.ast.Pattern;
import rustle.ast.Stmt;

/** The sub-expressions, patterns and blocks of an expression in evaluation order, for generic walks. */
final class Children {
  private Children() {}

  static void of(Expr e, Consumer<Expr> expr, Consumer<Pattern> pat, Consumer<Expr.Block> block) {
    if (e instanceof Expr.Lit l) {
      {}
    } else if (e instanceof Expr.PathExpr p) {
      {}
    } else if (e instanceof Expr.Unary u) {
      expr.accept(u.operand());
    } else if (e instanceof Expr.Borrow b) {
      expr.accept(b.operand());
    } else if (e instanceof Expr.Binary b) {
      expr.accept(b.left());
      expr.accept(b.right());
    } else if (e instanceof Expr.Assign a) {
      expr.accept(a.value());
      expr.accept(a.target());
    } else if (e instanceof Expr.CompoundAssign a) {
      expr.accept(a.value());
      expr.accept(a.target());
    } else if (e instanceof Expr.Cast c) {
      expr.accept(c.operand());
    } else if (e instanceof Expr.Call c) {
      expr.accept(c.callee());
      c.args().forEach(expr);
    } else if (e instanceof Expr.MethodCall m) {
      expr.accept(m.receiver());
      m.args().forEach(expr);
    } else if (e instanceof Expr.Field f) {
      expr.accept(f.receiver());
    } else if (e instanceof Expr.TupleField f) {
      expr.accept(f.receiver());
    } else if (e instanceof Expr.Index i) {
      expr.accept(i.receiver());
      expr.accept(i.index());
    } else if (e instanceof Expr.Tuple t) {
      t.elems().forEach(expr);
    } else if (e instanceof Expr.Array a) {
      a.elems().forEach(expr);
    } else if (e instanceof Expr.ArrayRepeat a) {
      expr.accept(a.value());
      expr.accept(a.count());
    } else if (e instanceof Expr.StructLit s) {
      s.fields().forEach(f -> expr.accept(f.value()));
      if (s.base() != null) expr.accept(s.base());
    } else if (e instanceof Expr.Block b) {
      block.accept(b);
    } else if (e instanceof Expr.If i) {
      expr.accept(i.cond());
      block.accept(i.then());
      if (i.orElse() != null) expr.accept(i.orElse());
    } else if (e instanceof Expr.Let l) {
      expr.accept(l.value());
      pat.accept(l.pattern());
    } else if (e instanceof Expr.Loop l) {
      block.accept(l.body());
    } else if (e instanceof Expr.While w) {
      expr.accept(w.cond());
      block.accept(w.body());
    } else if (e instanceof Expr.For f) {
      expr.accept(f.iter());
      pat.accept(f.pattern());
      block.accept(f.body());
    } else if (e instanceof Expr.Break b) {
      if (b.value() != null) expr.accept(b.value());
    } else if (e instanceof Expr.Continue c) {
      {}
    } else if (e instanceof Expr.Return r) {
      if (r.value() != null) expr.accept(r.value());
    } else if (e instanceof Expr.Match m) {
      expr.accept(m.scrutinee());
      for (Expr.Arm a : m.arms()) {
        pat.accept(a.pattern());
        if (a.guard() != null) expr.accept(a.guard());
        expr.accept(a.body());
      }
    } else if (e instanceof Expr.Closure c) {
      c.params().forEach(p -> pat.accept(p.pattern()));
      expr.accept(c.body());
    } else if (e instanceof Expr.Range r) {
      if (r.lo() != null) expr.accept(r.lo());
      if (r.hi() != null) expr.accept(r.hi());
    } else if (e instanceof Expr.Try t) {
      expr.accept(t.operand());
    } else if (e instanceof Expr.MacroCall m) {
      m.args().forEach(a -> expr.accept(a.value()));
    }
  }

  /** Every closure inside e (not inside nested items), outermost first, in source order. */
  static void closures(Expr e, Consumer<Expr.Closure> out) {
    if (e == null) return;
    if (e instanceof Expr.Closure c) out.accept(c);
    Consumer<Expr> rec = x -> closures(x, out);
    of(e, rec, p -> {}, b -> {
      for (Stmt s : b.stmts()) {
        if (s instanceof Stmt.LetStmt l) {
          closures(l.init(), out);
          closures(l.elseBlock(), out);
        } else if (s instanceof Stmt.ExprStmt x) closures(x.expr(), out);
      }
      closures(b.tail(), out);
    });
  }

  /** The ids of the binding patterns (IdentPat) in p. */
  static void bindings(Pattern p, IntConsumer out) {
    if (p instanceof Pattern.IdentPat ip) {
      out.accept(ip.id());
      if (ip.sub() != null) bindings(ip.sub(), out);
    } else if (p instanceof Pattern.TuplePat t) {
      t.elems().forEach(x -> bindings(x, out));
    } else if (p instanceof Pattern.TupleStructPat t) {
      t.elems().forEach(x -> bindings(x, out));
    } else if (p instanceof Pattern.StructPat s) {
      s.fields().forEach(f -> bindings(f.pattern(), out));
    } else if (p instanceof Pattern.RefPat r) {
      bindings(r.inner(), out);
    } else if (p instanceof Pattern.OrPat o) {
      o.alts().forEach(x -> bindings(x, out));
    } else if (p instanceof Pattern.SlicePat s) {
      s.elems().forEach(x -> bindings(x, out));
    } else {
      {}
    }
  }
}
