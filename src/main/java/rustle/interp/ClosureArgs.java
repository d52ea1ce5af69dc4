package rustle.interp;

import java.util.Arrays;
import java.util.List;
import rustle.types.FnSig;
import rustle.types.Infer;
import rustle.types.Ty;

/**
 * The type arguments of the generic function that defines a closure, read back from the closure's
 * type as a caller sees it: a closure returned from a generic function ({@code fn compose<A, B, C>(..)
 * -> impl Fn(A) -> C}) may be called before the instance that built it is compiled, and its code must
 * be compiled for that same instance.
 */
final class ClosureArgs {
  private ClosureArgs() {}

  /**
   * The arguments for def's generics found by matching generic against actual, then through the
   * {@code Fn(..) -> ..} bounds of those found to be closures (a {@code B} only {@code f: impl Fn(A) -> B}
   * names); null if some stay unknown.
   */
  static List<Ty> of(Ty generic, Ty actual, FnSig.Def def) {
    Ty[] out = new Ty[def.generics.size()];
    match(generic, actual, out);
    for (int round = 0; round < out.length; round++) {
      boolean more = false;
      for (int i = 0; i < out.length; i++) {
        if (out[i] == null) continue;
        Ty got = Infer.shallow(out[i]);
        for (FnSig.TraitRef b : def.generics.get(i).bounds()) {
          if (b.fnParams() == null) continue;
          List<Ty> ps;
          Ty ret;
          if (got instanceof Ty.Closure c) {
            ps = c.params();
            ret = c.ret();
          } else if (got instanceof Ty.FnPtr fp) {
            ps = fp.params();
            ret = fp.ret();
          } else {
            continue;
          }
          int before = known(out);
          all(b.fnParams(), ps, out);
          if (b.fnRet() != null) match(b.fnRet(), ret, out);
          more |= known(out) > before;
        }
      }
      if (!more) break;
    }
    for (Ty t : out) if (t == null) return null;
    return Arrays.asList(out);
  }

  private static int known(Ty[] out) {
    int n = 0;
    for (Ty t : out) if (t != null) n++;
    return n;
  }

  private static void match(Ty g, Ty a, Ty[] out) {
    g = Infer.shallow(g);
    a = Infer.shallow(a);
    if (g instanceof Ty.Param p) {
      if (p.index() < out.length && out[p.index()] == null) out[p.index()] = a;
    } else if (g instanceof Ty.Ref r && a instanceof Ty.Ref ra) {
      match(r.inner(), ra.inner(), out);
    } else if (g instanceof Ty.Adt x && a instanceof Ty.Adt y) {
      all(x.args(), y.args(), out);
    } else if (g instanceof Ty.Tuple x && a instanceof Ty.Tuple y) {
      all(x.elems(), y.elems(), out);
    } else if (g instanceof Ty.Array x && a instanceof Ty.Array y) {
      match(x.elem(), y.elem(), out);
    } else if (g instanceof Ty.Slice x && a instanceof Ty.Slice y) {
      match(x.elem(), y.elem(), out);
    } else if (g instanceof Ty.FnPtr x && a instanceof Ty.FnPtr y) {
      all(x.params(), y.params(), out);
      match(x.ret(), y.ret(), out);
    } else if (g instanceof Ty.FnDef x && a instanceof Ty.FnDef y) {
      all(x.args(), y.args(), out);
    } else if (g instanceof Ty.Dyn x && a instanceof Ty.Dyn y) {
      all(x.args(), y.args(), out);
      if (x.fnParams() != null && y.fnParams() != null) all(x.fnParams(), y.fnParams(), out);
      if (x.fnRet() != null && y.fnRet() != null) match(x.fnRet(), y.fnRet(), out);
    } else if (g instanceof Ty.Closure x && a instanceof Ty.Closure y) {
      all(x.params(), y.params(), out);
      match(x.ret(), y.ret(), out);
      all(x.captures(), y.captures(), out);
    }
  }

  private static void all(List<Ty> g, List<Ty> a, Ty[] out) {
    if (g.size() != a.size()) return;
    for (int i = 0; i < g.size(); i++) match(g.get(i), a.get(i), out);
  }
}
