package rustle.borrowck;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import rustle.ast.Expr;
import rustle.ast.Node;
import rustle.check.ClosureInfo;
import rustle.check.LocalVar;
import rustle.check.MethodRes;
import rustle.check.Res;
import rustle.check.Tables;
import rustle.types.AdtDef;
import rustle.types.Ty;

/**
 * How a non-{@code move} closure captures (rustc's closure capture analysis, edition 2021): each
 * captured place is the variable with the field projections the body uses (disjoint fields are
 * captured apart), borrowed mutably when the body assigns to it or borrows it mutably (directly, by
 * a method's {@code &mut self}, or through a {@code &mut} reference it holds), shared otherwise. A
 * closure with a mutable capture is {@code FnMut}: calling it borrows it mutably.
 */
final class Captures {
  /** How the body uses a captured place. */
  enum Mode { READ, BORROW_MUT, ASSIGN }

  /**
   * One captured place: the expression naming it in the body (a path, or fields of it), its mode,
   * and where the mutation is (the assignment, or the mutably borrowed place).
   */
  record Capture(LocalVar var, Expr place, Mode mode, Expr site) {}

  private final Tables tables;
  private final List<LocalVar> vars;
  private final List<Capture> found = new ArrayList<>();

  private Captures(Tables tables, List<LocalVar> vars) {
    this.tables = tables;
    this.vars = vars;
  }

  /** The captured places of a closure, a place used twice (or under a used place) merged into one. */
  static List<Capture> of(Tables tables, ClosureInfo info) {
    Captures c = new Captures(tables, info.captures());
    c.walk(info.expr().body(), Mode.READ, null, null);
    List<Capture> out = new ArrayList<>();
    for (Capture x : c.found) {
      boolean merged = false;
      for (int i = 0; i < out.size() && !merged; i++) {
        Capture y = out.get(i);
        if (y.var() != x.var()) continue;
        List<String> px = path(x.place());
        List<String> py = path(y.place());
        if (isPrefix(py, px)) {
          out.set(i, stronger(y, x, y.place()));
          merged = true;
        } else if (isPrefix(px, py)) {
          out.set(i, stronger(y, x, x.place()));
          merged = true;
        }
      }
      if (!merged) out.add(x);
    }
    // A place captured under one merged later may now have a prefix in the list: merge once more.
    List<Capture> fin = new ArrayList<>();
    for (Capture x : out) {
      boolean covered = false;
      for (int i = 0; i < fin.size() && !covered; i++) {
        Capture y = fin.get(i);
        if (y.var() == x.var() && (isPrefix(path(y.place()), path(x.place())) || isPrefix(path(x.place()), path(y.place())))) {
          fin.set(i, stronger(y, x, path(y.place()).size() <= path(x.place()).size() ? y.place() : x.place()));
          covered = true;
        }
      }
      if (!covered) fin.add(x);
    }
    return fin;
  }

  /** Whether calling the closure mutates it (FnMut): some capture is mutated. */
  static boolean isFnMut(Tables tables, ClosureInfo info) {
    Captures c = new Captures(tables, info.captures());
    c.walk(info.expr().body(), Mode.READ, null, null);
    for (Capture x : c.found) if (x.mode() != Mode.READ) return true;
    return false;
  }

  private static Capture stronger(Capture a, Capture b, Expr place) {
    Capture s = b.mode().ordinal() > a.mode().ordinal() ? b : a;
    return new Capture(a.var(), place, s.mode(), s.site());
  }

  private static boolean isPrefix(List<String> a, List<String> b) {
    return a.size() <= b.size() && b.subList(0, a.size()).equals(a);
  }

  /** The field names from the variable to the captured place. */
  private static List<String> path(Expr e) {
    List<String> out = new ArrayList<>();
    while (true) {
      if (e instanceof Expr.Field f) {
        out.add(0, f.name());
        e = f.receiver();
      } else if (e instanceof Expr.TupleField f) {
        out.add(0, Integer.toString(f.index()));
        e = f.receiver();
      } else {
        return out;
      }
    }
  }

  /**
   * Walks n in a context: mode is how its value is used, chain the outermost field expression of a
   * place being captured (null when n is not under a field projection), site the mutating expression.
   */
  private void walk(Object n, Mode mode, Expr chain, Expr site) {
    if (n == null) return;
    if (n instanceof List<?> l) {
      for (Object o : l) walk(o, Mode.READ, null, null);
      return;
    }
    if (n instanceof Expr.PathExpr p) {
      if (tables.res[p.id()] instanceof Res.Local loc && vars.contains(loc.var())) {
        found.add(new Capture(loc.var(), chain != null ? chain : p, mode, site));
      }
      return;
    }
    if (n instanceof Expr.Closure) {
      // A nested closure's captures are read here (conservatively: no mutable capture is assumed).
      return;
    }
    if (n instanceof Expr.Assign a) {
      walk(a.target(), Mode.ASSIGN, null, a);
      walk(a.value(), Mode.READ, null, null);
      return;
    }
    if (n instanceof Expr.CompoundAssign a) {
      walk(a.target(), Mode.ASSIGN, null, a);
      walk(a.value(), Mode.READ, null, null);
      return;
    }
    if (n instanceof Expr.Borrow br) {
      walk(br.operand(), br.mutable() ? Mode.BORROW_MUT : Mode.READ, null, br.mutable() ? br.operand() : null);
      return;
    }
    if (n instanceof Expr.Field f) {
      walk(f.receiver(), mode, extendsChain(f.receiver()) ? (chain != null ? chain : f) : null, site);
      return;
    }
    if (n instanceof Expr.TupleField f) {
      walk(f.receiver(), mode, extendsChain(f.receiver()) ? (chain != null ? chain : f) : null, site);
      return;
    }
    if (n instanceof Expr.Index ix) {
      walk(ix.receiver(), mode, null, site);
      walk(ix.index(), Mode.READ, null, null);
      return;
    }
    if (n instanceof Expr.Unary u && u.op() == Expr.UnOp.DEREF) {
      Ty t = type(u.operand());
      // Writing through `*r` mutates what r points to only when r is a `&mut` or a Box.
      boolean passes = t instanceof Ty.Ref r ? r.mutable() : t instanceof Ty.Adt a && a.def().builtin == AdtDef.Builtin.BOX;
      walk(u.operand(), passes ? mode : Mode.READ, null, passes ? site : null);
      return;
    }
    if (n instanceof Expr.MethodCall m) {
      Mode recv = Mode.READ;
      if (tables.res[m.id()] instanceof MethodRes r) {
        int k = r.derefs();
        Ty u = k < r.derefTypes().size() ? Builder.zonk(r.derefTypes().get(k)) : type(m.receiver());
        boolean reborrowMut = r.autoref() == 0 && u instanceof Ty.Ref ur && ur.mutable()
            && (r.def() == null || Signatures.paramIsRef(r.def(), 0));
        if (r.autoref() == 2 && derefsOnlyMutRefs(r) || reborrowMut) recv = Mode.BORROW_MUT;
      }
      walk(m.receiver(), recv, null, recv == Mode.READ ? null : m.receiver());
      walk(m.args(), Mode.READ, null, null);
      return;
    }
    if (!(n instanceof Node) && !n.getClass().isRecord()) return;
    if (!n.getClass().isRecord()) return;
    for (RecordComponent rc : n.getClass().getRecordComponents()) {
      Class<?> t = rc.getType();
      if (t.isPrimitive() || t == String.class) continue;
      try {
        walk(rc.getAccessor().invoke(n), Mode.READ, null, null);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  /** A method's autoderefs before a `&mut` autoref go through `&mut` references or boxes only. */
  private static boolean derefsOnlyMutRefs(MethodRes r) {
    for (int i = 0; i < r.derefs() && i < r.derefTypes().size(); i++) {
      Ty t = Builder.zonk(r.derefTypes().get(i));
      if (t instanceof Ty.Ref ref && !ref.mutable()) return false;
      if (t instanceof Ty.Adt a && a.def().builtin != AdtDef.Builtin.BOX && a.def().builtin != AdtDef.Builtin.VEC
          && a.def().builtin != AdtDef.Builtin.STRING) {
        return false;
      }
    }
    return true;
  }

  /** Whether a field of receiver is captured apart from the rest (a struct or tuple, through references). */
  private boolean extendsChain(Expr receiver) {
    Ty t = type(receiver);
    while (t instanceof Ty.Ref r) t = r.inner();
    return t instanceof Ty.Tuple || t instanceof Ty.Adt a && a.def().builtin == AdtDef.Builtin.NONE;
  }

  private Ty type(Expr e) {
    return Builder.zonk(tables.types[e.id()]);
  }
}
