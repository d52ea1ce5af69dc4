package rustle.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import rustle.ast.Expr;
import rustle.types.AdtDef;
import rustle.types.Layouts;
import rustle.types.Ty;

/**
 * Edition 2021's disjoint captures by value: a closure that names a captured variable only through
 * fields ({@code move || println!("{} {}", s.n, s.name)}, or {@code || { let x = s.a; }}) takes only the
 * non-Copy fields it names (moved in) and copies the Copy ones; the rest of the variable stays its
 * owner's. rustle holds the whole variable in the closure at run time, which is exact when the rest
 * needs no drop: found here are such variables with the field expressions the closure moves, so that
 * the borrow checker moves only those. A variable whose rest needs drop is reported by the caller.
 */
final class FieldMoves {
  private final Tables tables;
  private final List<LocalVar> caps;
  private final UnaryOperator<Ty> resolve;
  private final Map<LocalVar, List<Expr>> chains = new LinkedHashMap<>();

  private FieldMoves(Tables tables, List<LocalVar> caps, UnaryOperator<Ty> resolve) {
    this.tables = tables;
    this.caps = caps;
    this.resolve = resolve;
  }

  /**
   * Per variable, the non-Copy field expressions moved; and, with a field moved, the variables whose
   * rest has a Drop impl (held whole, rustle would run it early: reported as unsupported).
   */
  record Result(Map<LocalVar, List<Expr>> moves, Map<LocalVar, Expr> restNeedsDrop) {}

  static Result of(Tables tables, Expr.Closure c, List<LocalVar> candidates, List<LocalVar> caps, UnaryOperator<Ty> resolve) {
    if (candidates.isEmpty()) return new Result(Map.of(), Map.of());
    FieldMoves f = new FieldMoves(tables, caps, resolve);
    Set<LocalVar> whole = CaptureUses.scan(tables, c.body(), f::root,
        (v, e) -> f.chains.computeIfAbsent(v, k -> new ArrayList<>()).add(e));
    Map<LocalVar, List<Expr>> out = new LinkedHashMap<>();
    Map<LocalVar, Expr> bad = new LinkedHashMap<>();
    for (LocalVar v : candidates) {
      List<Expr> cs = f.chains.get(v);
      if (cs == null || whole.contains(v)) continue;
      List<Expr> moved = new ArrayList<>();
      List<int[]> paths = new ArrayList<>();
      for (Expr e : cs) {
        Ty t = tables.types[e.id()];
        if (t == null || CopyRules.isCopy(Zonk.apply(resolve.apply(t)))) continue;
        moved.add(e);
        paths.add(f.path(e));
      }
      if (moved.isEmpty()) continue;
      Ty vt = Zonk.apply(resolve.apply(v.ty));
      boolean truncated = false;
      for (int[] path : paths) truncated |= throughDrop(vt, path);
      // A part of a Drop type cannot be moved out: rustc captures the Drop value whole.
      if (truncated) continue;
      List<Ty> rest = new ArrayList<>();
      if (!restFree(Zonk.apply(resolve.apply(v.ty)), paths, new int[0], rest)) {
        // Held whole, the closure drops the rest: a difference the program sees only through a Drop impl.
        for (Ty t : rest) if (userDrop(t, 0)) bad.put(v, moved.get(0));
        continue;
      }
      out.put(v, moved);
    }
    return new Result(out, bad);
  }

  /** Whether the path from t goes through a field of a type with a Drop impl (t itself included). */
  private static boolean throughDrop(Ty t, int[] path) {
    for (int i : path) {
      if (t instanceof Ty.Adt a) {
        if (a.def().dropFn != null || a.def().isEnum || a.def().builtin != AdtDef.Builtin.NONE) return true;
        List<Ty> fts = Layouts.fieldTypes(a, a.def().variants.get(0));
        if (i < 0 || i >= fts.size()) return true;
        t = Zonk.apply(fts.get(i));
      } else if (t instanceof Ty.Tuple tu) {
        if (i < 0 || i >= tu.elems().size()) return true;
        t = Zonk.apply(tu.elems().get(i));
      } else {
        return true;
      }
    }
    return false;
  }

  /** Whether t has a user Drop impl somewhere inside (through fields and type arguments). */
  private static boolean userDrop(Ty t, int depth) {
    if (depth > 8) return false;
    if (t instanceof Ty.Tuple tu) {
      for (Ty e : tu.elems()) if (userDrop(e, depth + 1)) return true;
    } else if (t instanceof Ty.Array a) {
      return userDrop(a.elem(), depth + 1);
    } else if (t instanceof Ty.Adt a) {
      if (a.def().dropFn != null) return true;
      for (Ty x : a.args()) if (userDrop(Zonk.apply(x), depth + 1)) return true;
      if (a.def().builtin == AdtDef.Builtin.NONE) {
        for (AdtDef.VariantDef vd : a.def().variants) {
          for (Ty f : Layouts.fieldTypes(a, vd)) if (userDrop(Zonk.apply(f), depth + 1)) return true;
        }
      }
    }
    return false;
  }

  /** Whether every part of t (at path) that no moved path covers is Copy; the others are added to rest. */
  private static boolean restFree(Ty t, List<int[]> moved, int[] path, List<Ty> rest) {
    boolean under = false;
    for (int[] m : moved) {
      if (m.length <= path.length && java.util.Arrays.equals(m, 0, m.length, path, 0, m.length)) return true;
      if (m.length > path.length && java.util.Arrays.equals(m, 0, path.length, path, 0, path.length)) under = true;
    }
    if (CopyRules.isCopy(t)) return true;
    if (!under) {
      rest.add(t);
      return false;
    }
    List<Ty> fts;
    if (t instanceof Ty.Tuple tu) {
      fts = tu.elems();
    } else if (t instanceof Ty.Adt a && !a.def().isEnum && a.def().builtin == AdtDef.Builtin.NONE && a.def().dropFn == null) {
      fts = Layouts.fieldTypes(a, a.def().variants.get(0));
    } else {
      rest.add(t);
      return false;
    }
    boolean free = true;
    for (int i = 0; i < fts.size(); i++) {
      int[] sub = java.util.Arrays.copyOf(path, path.length + 1);
      sub[path.length] = i;
      if (!restFree(Zonk.apply(fts.get(i)), moved, sub, rest)) free = false;
    }
    return free;
  }

  /** The field indices from the variable to chain e. */
  private int[] path(Expr e) {
    java.util.ArrayDeque<Integer> idx = new java.util.ArrayDeque<>();
    while (true) {
      if (e instanceof Expr.Field fe && tables.res[fe.id()] instanceof Integer i) {
        idx.addFirst(i);
        e = fe.receiver();
      } else if (e instanceof Expr.TupleField tf) {
        idx.addFirst(tf.index());
        e = tf.receiver();
      } else {
        break;
      }
    }
    return idx.stream().mapToInt(Integer::intValue).toArray();
  }

  /** The captured variable at the root of a chain of direct fields, or null. */
  private LocalVar root(Expr e) {
    Expr cur = e;
    while (true) {
      if (cur instanceof Expr.Field fe && tables.derefs[fe.id()] == 0 && tables.res[fe.id()] instanceof Integer) cur = fe.receiver();
      else if (cur instanceof Expr.TupleField tf && tables.derefs[tf.id()] == 0) cur = tf.receiver();
      else break;
    }
    if (cur == e || !(cur instanceof Expr.PathExpr p) || !(tables.res[p.id()] instanceof Res.Local l)) return null;
    return caps.contains(l.var()) ? l.var() : null;
  }
}
