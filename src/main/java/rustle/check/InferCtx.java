package rustle.check;

import java.util.ArrayList;
import java.util.List;
import rustle.types.Infer;
import rustle.types.Prim;
import rustle.types.Ty;

/** Inference variables of one function body and their unification (rustc's InferCtxt, much simplified). */
final class InferCtx {
  private final List<Infer> vars = new ArrayList<>();
  private final InferAccess access = new InferAccess();

  Infer fresh() {
    return access.make(vars.size(), Infer.Kind.GENERAL, vars);
  }

  Infer freshInt() {
    return access.make(vars.size(), Infer.Kind.INT, vars);
  }

  Infer freshFloat() {
    return access.make(vars.size(), Infer.Kind.FLOAT, vars);
  }

  /** Makes a and b equal, binding variables; false when they cannot be. */
  boolean unify(Ty a, Ty b) {
    a = Infer.shallow(a);
    b = Infer.shallow(b);
    if (a == b) return true;
    if (a instanceof Infer va) return bindVar(va, b);
    if (b instanceof Infer vb) return bindVar(vb, a);
    if (a instanceof Prim || b instanceof Prim) return a.equals(b);
    if (a instanceof Ty.Ref ra && b instanceof Ty.Ref rb) {
      return ra.mutable() == rb.mutable() && unify(ra.inner(), rb.inner());
    }
    if (a instanceof Ty.Adt aa && b instanceof Ty.Adt ab) {
      return aa.def() == ab.def() && all(aa.args(), ab.args());
    }
    if (a instanceof Ty.Tuple ta && b instanceof Ty.Tuple tb) return all(ta.elems(), tb.elems());
    if (a instanceof Ty.Array xa && b instanceof Ty.Array xb) {
      return xa.len() == xb.len() && unify(xa.elem(), xb.elem());
    }
    if (a instanceof Ty.Slice sa && b instanceof Ty.Slice sb) return unify(sa.elem(), sb.elem());
    if (a instanceof Ty.Param pa && b instanceof Ty.Param pb) return pa.index() == pb.index();
    if (a instanceof Ty.FnPtr fa && b instanceof Ty.FnPtr fb) {
      return all(fa.params(), fb.params()) && unify(fa.ret(), fb.ret());
    }
    if (a instanceof Ty.Dyn da && b instanceof Ty.Dyn db) return Dyns.sameTrait(this, da, db);
    if (a instanceof Ty.FnDef fa && b instanceof Ty.FnDef fb) return fa.def() == fb.def() && all(fa.args(), fb.args());
    if (a instanceof Ty.Closure ca && b instanceof Ty.Closure cb) return ca.exprId() == cb.exprId();
    return false;
  }

  /** Like unify but leaves no bindings behind when it fails (used to probe candidates). */
  boolean probe(Ty a, Ty b) {
    int mark = access.trailSize();
    if (unify(a, b)) return true;
    access.rollback(mark);
    return false;
  }

  /** The point rollback returns to: every binding made after it is undone. */
  int mark() {
    return access.trailSize();
  }

  void rollback(int mark) {
    access.rollback(mark);
  }

  /** Probes without keeping bindings even on success. */
  boolean canUnify(Ty a, Ty b) {
    int mark = access.trailSize();
    boolean ok = unify(a, b);
    access.rollback(mark);
    return ok;
  }

  boolean all(List<Ty> a, List<Ty> b) {
    if (a.size() != b.size()) return false;
    for (int i = 0; i < a.size(); i++) if (!unify(a.get(i), b.get(i))) return false;
    return true;
  }

  private boolean bindVar(Infer v, Ty t) {
    if (t instanceof Infer w) {
      // Keep the more specific kind as the representative.
      if (InferAccess.kind(v) == Infer.Kind.GENERAL) return access.bind(v, w);
      if (InferAccess.kind(w) == Infer.Kind.GENERAL || InferAccess.kind(w) == InferAccess.kind(v)) {
        return access.bind(w, v);
      }
      return false;
    }
    if (InferAccess.kind(v) == Infer.Kind.INT && !(t instanceof Prim p && p.isInt())) return false;
    if (InferAccess.kind(v) == Infer.Kind.FLOAT && !(t instanceof Prim p2 && p2.isFloat())) return false;
    // A variable stands for a sized type (generic parameters are Sized): `Box::new(x)` expected to be a
    // `Box<dyn Tr>` keeps its own T and is unsized at the coercion site instead.
    if (t instanceof Ty.Dyn) return false;
    if (occurs(v, t)) return false;
    return access.bind(v, t);
  }

  private boolean occurs(Infer v, Ty t) {
    t = Infer.shallow(t);
    if (t == v) return true;
    if (t instanceof Ty.Ref r) return occurs(v, r.inner());
    if (t instanceof Ty.Adt a) {
      for (Ty x : a.args()) if (occurs(v, x)) return true;
    }
    if (t instanceof Ty.Tuple tu) {
      for (Ty x : tu.elems()) if (occurs(v, x)) return true;
    }
    if (t instanceof Ty.Array ar) return occurs(v, ar.elem());
    if (t instanceof Ty.Slice s) return occurs(v, s.elem());
    return false;
  }

  /** Applies Rust's literal fallback: unconstrained integer variables become i32, floats f64. */
  void defaultLiterals() {
    for (Infer v : vars) {
      if (Infer.shallow(v) != v) continue;
      if (InferAccess.kind(v) == Infer.Kind.INT) access.bind(v, Prim.I32);
      else if (InferAccess.kind(v) == Infer.Kind.FLOAT) access.bind(v, Prim.F64);
    }
    access.clearTrail();
  }

  /** Fully resolves a type; unresolved general variables stay (the caller reports them). */
  static Ty zonk(Ty t) {
    return Zonk.apply(t);
  }
}
