package rustle.types;

import java.util.ArrayList;
import java.util.List;

/** Substitutes generic arguments for {@link Ty.Param}s (and resolves inference variables on the way). */
public final class Subst {
  private Subst() {}

  public static Ty apply(Ty t, List<Ty> args) {
    t = Infer.shallow(t);
    if (t instanceof Ty.Param p) {
      return p.index() < args.size() ? args.get(p.index()) : t;
    }
    if (t instanceof Prim) return t;
    if (t instanceof Ty.Ref r) return new Ty.Ref(apply(r.inner(), args), r.mutable());
    if (t instanceof Ty.Adt a) {
      if (a.args().isEmpty()) return t;
      return new Ty.Adt(a.def(), all(a.args(), args));
    }
    if (t instanceof Ty.Tuple tu) return tu.elems().isEmpty() ? t : new Ty.Tuple(all(tu.elems(), args));
    if (t instanceof Ty.Array ar) return new Ty.Array(apply(ar.elem(), args), ar.len());
    if (t instanceof Ty.Slice s) return new Ty.Slice(apply(s.elem(), args));
    if (t instanceof Ty.FnPtr f) return new Ty.FnPtr(all(f.params(), args), apply(f.ret(), args));
    if (t instanceof Ty.Dyn d) {
      if (d.args().isEmpty() && d.fnParams() == null) return t;
      return new Ty.Dyn(d.trait(), all(d.args(), args), d.fnParams() == null ? null : all(d.fnParams(), args),
          d.fnRet() == null ? null : apply(d.fnRet(), args));
    }
    if (t instanceof Ty.FnDef f) return new Ty.FnDef(f.def(), all(f.args(), args));
    if (t instanceof Ty.Closure c) {
      return new Ty.Closure(c.exprId(), all(c.params(), args), apply(c.ret(), args), all(c.captures(), args));
    }
    return t;
  }

  public static List<Ty> all(List<Ty> ts, List<Ty> args) {
    List<Ty> out = new ArrayList<>(ts.size());
    for (Ty t : ts) out.add(apply(t, args));
    return out;
  }
}
