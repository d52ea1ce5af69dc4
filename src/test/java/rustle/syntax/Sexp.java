package rustle.syntax;

import java.util.List;
import java.util.StringJoiner;
import rustle.ast.Expr;
import rustle.ast.Item;
import rustle.ast.Path;
import rustle.ast.Pattern;
import rustle.ast.Stmt;
import rustle.ast.TypeExpr;

/** A compact S-expression rendering of AST nodes, so tests can state a tree's whole shape in one line. */
final class Sexp {
  private Sexp() {}

  static String of(Object n) {
    if (n == null) return "_";
    if (n instanceof Expr e) return expr(e);
    if (n instanceof Pattern p) return pat(p);
    if (n instanceof TypeExpr t) return type(t);
    if (n instanceof Stmt s) return stmt(s);
    if (n instanceof Path p) return path(p);
    if (n instanceof Item i) return item(i);
    throw new IllegalArgumentException(n.getClass().toString());
  }

  private static String list(String head, List<?> items) {
    StringJoiner j = new StringJoiner(" ", "(", ")");
    j.add(head);
    for (Object o : items) j.add(o instanceof String s ? s : of(o));
    return j.toString();
  }

  private static String join(List<?> items, String sep) {
    StringJoiner j = new StringJoiner(sep);
    for (Object o : items) j.add(of(o));
    return j.toString();
  }

  static String path(Path p) {
    StringJoiner j = new StringJoiner("::");
    for (Path.Segment s : p.segments()) {
      j.add(s.generics().isEmpty() ? s.name() : s.name() + "<" + join(s.generics(), ", ") + ">");
    }
    return j.toString();
  }

  private static String expr(Expr e) {
    if (e instanceof Expr.IntLit i) return i.value() + (i.suffix() == null ? "" : i.suffix());
    if (e instanceof Expr.FloatLit f) return f.value() + (f.suffix() == null ? "" : f.suffix());
    if (e instanceof Expr.BoolLit b) return Boolean.toString(b.value());
    if (e instanceof Expr.CharLit c) return "'" + new String(Character.toChars(c.value())) + "'";
    if (e instanceof Expr.ByteLit b) return "b" + b.value();
    if (e instanceof Expr.StrLit s) return '"' + s.value() + '"';
    if (e instanceof Expr.PathExpr p) return path(p.path());
    if (e instanceof Expr.Unary u) return list(u.op().name().toLowerCase(), List.of(u.operand()));
    if (e instanceof Expr.Borrow b) return list(b.mutable() ? "&mut" : "&", List.of(b.operand()));
    if (e instanceof Expr.Binary b) return list(b.op().symbol, List.of(b.left(), b.right()));
    if (e instanceof Expr.Assign a) return list("=", List.of(a.target(), a.value()));
    if (e instanceof Expr.CompoundAssign a) return list(a.op().symbol + "=", List.of(a.target(), a.value()));
    if (e instanceof Expr.Cast c) return list("as", List.of(c.operand(), c.type()));
    if (e instanceof Expr.Call c) return list("call " + of(c.callee()), c.args());
    if (e instanceof Expr.MethodCall m) {
      String g = m.generics().isEmpty() ? "" : "::<" + join(m.generics(), ", ") + ">";
      return list("." + m.name() + g + "() " + of(m.receiver()), m.args());
    }
    if (e instanceof Expr.Field f) return list("." + f.name(), List.of(f.receiver()));
    if (e instanceof Expr.TupleField t) return list("." + t.index(), List.of(t.receiver()));
    if (e instanceof Expr.Index i) return list("index", List.of(i.receiver(), i.index()));
    if (e instanceof Expr.Tuple t) return list("tuple", t.elems());
    if (e instanceof Expr.Array a) return list("array", a.elems());
    if (e instanceof Expr.ArrayRepeat a) return list("array-repeat", List.of(a.value(), a.count()));
    if (e instanceof Expr.StructLit s) {
      StringJoiner j = new StringJoiner(" ", "(struct ", ")");
      j.add(path(s.path()));
      for (Expr.FieldInit f : s.fields()) j.add(f.name() + ":" + of(f.value()));
      if (s.base() != null) j.add(".." + of(s.base()));
      return j.toString();
    }
    if (e instanceof Expr.Block b) {
      StringJoiner j = new StringJoiner(" ");
      for (Stmt s : b.stmts()) j.add(of(s));
      if (b.tail() != null) j.add(of(b.tail()));
      if (!b.unsafe()) return "{" + j + "}";
      return j.length() == 0 ? "(unsafe-block)" : "(unsafe-block " + j + ")";
    }
    if (e instanceof Expr.If i) return list("if", orElse(List.of(i.cond(), i.then()), i.orElse()));
    if (e instanceof Expr.Let l) return list("let", List.of(l.pattern(), l.value()));
    if (e instanceof Expr.Loop l) return list(label("loop", l.label()), List.of(l.body()));
    if (e instanceof Expr.While w) return list(label("while", w.label()), List.of(w.cond(), w.body()));
    if (e instanceof Expr.For f) return list(label("for", f.label()), List.of(f.pattern(), f.iter(), f.body()));
    if (e instanceof Expr.Break b) {
      return list(label("break", b.label()), b.value() == null ? List.of() : List.of(b.value()));
    }
    if (e instanceof Expr.Continue c) return list(label("continue", c.label()), List.of());
    if (e instanceof Expr.Return r) return list("return", r.value() == null ? List.of() : List.of(r.value()));
    if (e instanceof Expr.Match m) {
      StringJoiner j = new StringJoiner(" ", "(match ", ")");
      j.add(of(m.scrutinee()));
      for (Expr.Arm a : m.arms()) {
        j.add("(" + of(a.pattern()) + (a.guard() == null ? "" : " if " + of(a.guard())) + " => " + of(a.body()) + ")");
      }
      return j.toString();
    }
    if (e instanceof Expr.Closure c) {
      StringJoiner ps = new StringJoiner(" ", "[", "]");
      for (Expr.ClosureParam p : c.params()) ps.add(of(p.pattern()) + (p.type() == null ? "" : ":" + of(p.type())));
      return "(" + (c.isMove() ? "move-closure " : "closure ") + ps + (c.ret() == null ? "" : " -> " + of(c.ret()))
          + " " + of(c.body()) + ")";
    }
    if (e instanceof Expr.Range r) return list(r.inclusive() ? "..=" : "..", List.of(of(r.lo()), of(r.hi())));
    if (e instanceof Expr.Try t) return list("?", List.of(t.operand()));
    if (e instanceof Expr.MacroCall m) {
      StringJoiner j = new StringJoiner(" ", "(", ")");
      j.add(m.name() + (m.repeat() ? "![;]" : "!"));
      for (Expr.MacroArg a : m.args()) j.add((a.name() == null ? "" : a.name() + "=") + of(a.value()));
      return j.toString();
    }
    throw new IllegalArgumentException(e.getClass().toString());
  }

  private static List<Object> orElse(List<Object> head, Object orElse) {
    if (orElse == null) return head;
    return List.of(head.get(0), head.get(1), orElse);
  }

  private static String label(String what, String label) {
    return label == null ? what : what + " " + label;
  }

  private static String stmt(Stmt s) {
    if (s instanceof Stmt.LetStmt l) {
      StringBuilder sb = new StringBuilder("(let ").append(of(l.pattern()));
      if (l.type() != null) sb.append(": ").append(of(l.type()));
      if (l.init() != null) sb.append(" = ").append(of(l.init()));
      if (l.elseBlock() != null) sb.append(" else ").append(of(l.elseBlock()));
      return sb.append(")").toString();
    }
    if (s instanceof Stmt.ExprStmt e) return of(e.expr()) + (e.semi() ? ";" : "");
    return "(item " + item(((Stmt.ItemStmt) s).item()) + ")";
  }

  private static String item(Item i) {
    if (i instanceof Item.FnItem f) return "fn " + f.name();
    if (i instanceof Item.StructItem s) return "struct " + s.name();
    return i.getClass().getSimpleName();
  }

  private static String pat(Pattern p) {
    if (p instanceof Pattern.IdentPat i) {
      String name = (i.byRef() ? "ref " : "") + (i.mutable() ? "mut " : "") + i.name();
      return i.sub() == null ? (i.byRef() || i.mutable() ? "(" + name + ")" : name) : "(@ " + name + " " + of(i.sub()) + ")";
    }
    if (p instanceof Pattern.WildPat) return "_";
    if (p instanceof Pattern.RestPat) return "..";
    if (p instanceof Pattern.LitPat l) return of(l.lit());
    if (p instanceof Pattern.RangePat r) return list(r.inclusive() ? "..=" : "..", List.of(of(r.lo()), of(r.hi())));
    if (p instanceof Pattern.TuplePat t) return list("tuple", t.elems());
    if (p instanceof Pattern.TupleStructPat t) return list(path(t.path()), t.elems());
    if (p instanceof Pattern.StructPat s) {
      StringJoiner j = new StringJoiner(" ", "(" + path(s.path()) + " {", "})");
      for (Pattern.FieldPat f : s.fields()) j.add(f.name() + ":" + of(f.pattern()));
      if (s.hasRest()) j.add("..");
      return j.toString().replace("{ ", "{");
    }
    if (p instanceof Pattern.PathPat pp) return path(pp.path());
    if (p instanceof Pattern.RefPat r) return list(r.mutable() ? "&mut" : "&", List.of(r.inner()));
    if (p instanceof Pattern.OrPat o) return list("|", o.alts());
    return list("slice", ((Pattern.SlicePat) p).elems());
  }

  private static String type(TypeExpr t) {
    if (t instanceof TypeExpr.PathType p) return path(p.path());
    if (t instanceof TypeExpr.RefType r) {
      return "&" + (r.lifetime() == null ? "" : r.lifetime() + " ") + (r.mutable() ? "mut " : "") + of(r.inner());
    }
    if (t instanceof TypeExpr.TupleType tt) return "(" + join(tt.elems(), ", ") + (tt.elems().size() == 1 ? ",)" : ")");
    if (t instanceof TypeExpr.ArrayType a) return "[" + of(a.elem()) + "; " + of(a.len()) + "]";
    if (t instanceof TypeExpr.SliceType s) return "[" + of(s.elem()) + "]";
    if (t instanceof TypeExpr.ImplTraitType i) return "impl " + bounds(i.bounds());
    if (t instanceof TypeExpr.DynTraitType d) return "dyn " + bounds(d.bounds());
    if (t instanceof TypeExpr.FnPtrType f) return "fn(" + join(f.params(), ", ") + ")" + (f.ret() == null ? "" : " -> " + of(f.ret()));
    if (t instanceof TypeExpr.NeverType) return "!";
    return "_";
  }

  static String bounds(List<TypeExpr.Bound> bounds) {
    StringJoiner j = new StringJoiner(" + ");
    for (TypeExpr.Bound b : bounds) {
      if (b.path() == null) j.add(b.lifetime());
      else if (b.fnParams() == null) j.add(path(b.path()));
      else j.add(path(b.path()) + "(" + join(b.fnParams(), ", ") + ")" + (b.fnRet() == null ? "" : " -> " + of(b.fnRet())));
    }
    return j.toString();
  }
}
