package rustle.lint;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import rustle.ast.Expr;
import rustle.ast.Pattern;
import rustle.ast.Stmt;
import rustle.check.LocalVar;
import rustle.check.Res;
import rustle.check.Tables;
import rustle.types.Prim;

/**
 * Which locals of one body rustc's constant propagation may follow (its CanConstProp): a local written
 * once keeps its value everywhere, one written more than once only inside the basic block that wrote it,
 * and one ever borrowed never. This scan over-approximates the borrows: a local used anywhere but as a
 * plain operand is counted as borrowed (never known), so the lint never relies on a value rustc lacks.
 */
final class Scan {
  final Map<LocalVar, Integer> writes = new HashMap<>();
  final Set<LocalVar> escaped = new HashSet<>();
  /** Locals certainly borrowed ({@code &x}, {@code &mut x.f}): rustc never propagates their values. */
  final Set<LocalVar> borrowed = new HashSet<>();
  private int closureDepth;
  /** Names a format string mentions ({@code "{x}"}): such locals are borrowed by the format machinery. */
  final Set<String> formatNames = new HashSet<>();
  private final Tables tables;

  Scan(Tables tables) {
    this.tables = tables;
  }

  boolean escaped(LocalVar v) {
    return escaped.contains(v) || formatNames.contains(v.name);
  }

  boolean writtenOnce(LocalVar v) {
    return writes.getOrDefault(v, 0) <= 1;
  }

  void write(LocalVar v) {
    writes.merge(v, 1, Integer::sum);
  }

  /** e where reading a local copies it (an operand); anything else that names a local borrows it. */
  void operand(Expr e) {
    if (e instanceof Expr.PathExpr p) return; // a plain read
    expr(e);
  }

  void expr(Expr e) {
    if (e == null) return;
    if (e instanceof Expr.PathExpr p) {
      if (tables.res[p.id()] instanceof Res.Local l) escaped.add(l.var());
    } else if (e instanceof Expr.Lit l) {
      if (l instanceof Expr.StrLit s) formatNames(s.value());
    } else if (e instanceof Expr.Unary u) {
      if (u.op() == Expr.UnOp.DEREF) expr(u.operand()); else primOperand(u.operand());
    } else if (e instanceof Expr.Binary b) {
      primOperand(b.left());
      primOperand(b.right());
    } else if (e instanceof Expr.Cast c) {
      primOperand(c.operand());
    } else if (e instanceof Expr.Assign a) {
      target(a.target());
      operand(a.value());
    } else if (e instanceof Expr.CompoundAssign a) {
      target(a.target());
      primOperand(a.value());
    } else if (e instanceof Expr.Index i) {
      if (Types.of(tables, i.receiver().id()) instanceof rustle.types.Ty.Array) place(i.receiver()); else expr(i.receiver());
      primOperand(i.index());
    } else if (e instanceof Expr.TupleField f) {
      place(f.receiver());
    } else if (e instanceof Expr.Field f) {
      place(f.receiver());
    } else if (e instanceof Expr.Call c) {
      expr(c.callee());
      c.args().forEach(this::operand);
    } else if (e instanceof Expr.MethodCall m) {
      // A primitive receiver taken by value (x.checked_add(1), x.pow(2)) is a copy, as for an argument;
      // one borrowed by autoref (x.to_string(), x.cmp(&y)) escapes.
      if (tables.res[m.id()] instanceof rustle.check.MethodRes r && r.autoref() == 0 && r.derefs() == 0
          && Types.of(tables, m.receiver().id()) instanceof Prim) {
        operand(m.receiver());
      } else {
        expr(m.receiver());
      }
      m.args().forEach(this::expr);
    } else if (e instanceof Expr.Tuple t) {
      t.elems().forEach(this::operand);
    } else if (e instanceof Expr.Array a) {
      a.elems().forEach(this::operand);
    } else if (e instanceof Expr.Block b) {
      block(b);
    } else if (e instanceof Expr.If i) {
      if (i.cond() instanceof Expr.Let) expr(i.cond()); else operand(i.cond());
      block(i.then());
      expr(i.orElse());
    } else if (e instanceof Expr.Return r) {
      operand(r.value());
    } else if (e instanceof Expr.Break b) {
      operand(b.value());
    } else if (e instanceof Expr.Borrow b) {
      LocalVar root = Ops.rootLocal(tables, b.operand());
      if (root != null && closureDepth == 0) borrowed.add(root);
      expr(b.operand());
    } else if (e instanceof Expr.Closure c) {
      closureDepth++;
      Children.of(e, this::expr, this::pattern, this::block);
      closureDepth--;
    } else if (e instanceof Expr.Let l) {
      pattern(l.pattern());
      expr(l.value());
    } else {
      Children.of(e, this::expr, this::pattern, this::block);
    }
  }

  /** An operand of a primitive operator is a copy; of an overloaded one (String ==) a borrow. */
  private void primOperand(Expr e) {
    if (Types.of(tables, e.id()) instanceof Prim) operand(e); else expr(e);
  }

  /** The base of a field or array projection: read in place, not borrowed. */
  private void place(Expr e) {
    if (e instanceof Expr.PathExpr) return;
    expr(e);
  }

  private void target(Expr e) {
    Expr root = e;
    while (true) {
      if (root instanceof Expr.Field f) root = f.receiver();
      else if (root instanceof Expr.TupleField f) root = f.receiver();
      else if (root instanceof Expr.Index i && Types.of(tables, i.receiver().id()) instanceof rustle.types.Ty.Array) {
        primOperand(i.index());
        root = i.receiver();
      } else break;
    }
    if (root instanceof Expr.PathExpr p && tables.res[p.id()] instanceof Res.Local l) write(l.var());
    else expr(e);
  }

  void block(Expr.Block b) {
    for (Stmt s : b.stmts()) {
      if (s instanceof Stmt.LetStmt l) {
        if (l.init() != null) {
          if (simpleBinding(l.pattern()) != null) operand(l.init()); else expr(l.init());
          pattern(l.pattern());
        }
        if (l.elseBlock() != null) block(l.elseBlock());
      } else if (s instanceof Stmt.ExprStmt x) {
        operand(x.expr());
      }
    }
    operand(b.tail());
  }

  /** Each binding a pattern declares is written once. */
  void pattern(Pattern p) {
    Children.bindings(p, id -> {
      if (tables.res[id] instanceof LocalVar v) write(v);
    });
  }

  /** The local a by-value {@code x} / {@code mut x} pattern binds, or null. */
  LocalVar simpleBinding(Pattern p) {
    if (p instanceof Pattern.IdentPat ip && !ip.byRef() && ip.sub() == null && tables.res[ip.id()] instanceof LocalVar v) {
      return v;
    }
    return null;
  }

  private void formatNames(String s) {
    for (int i = s.indexOf('{'); i >= 0 && i + 1 < s.length(); i = s.indexOf('{', i + 1)) {
      int j = i + 1;
      while (j < s.length() && (Character.isLetterOrDigit(s.charAt(j)) || s.charAt(j) == '_')) j++;
      if (j > i + 1) formatNames.add(s.substring(i + 1, j));
    }
  }
}
