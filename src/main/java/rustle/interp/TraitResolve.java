package rustle.interp;

import java.util.ArrayList;
import java.util.List;
import rustle.check.ImplDef;
import rustle.types.FnSig;
import rustle.types.Infer;
import rustle.types.Ty;

/**
 * Resolves a call to a trait method, once the receiver type is known, to the impl's method (or the
 * trait's default body): the static dispatch rustc does when it monomorphizes.
 */
final class TraitResolve {
  private TraitResolve() {}

  /** The callee and type arguments to compile: def itself unless it is a trait's method. */
  record Target(FnSig.Def def, List<Ty> args) {}

  static Target resolve(Compiler c, FnSig.Def def, List<Ty> args) {
    if (def.trait == null || !(def.selfTy instanceof Ty.Param)) return new Target(def, args);
    Ty self = Infer.shallow(args.get(0));
    for (ImplDef impl : c.program.items().impls) {
      if (!def.trait.equals(impl.trait)) continue;
      Ty[] binds = new Ty[impl.generics.size()];
      if (!match(impl.selfTy, self, binds)) continue;
      if (!traitArgsMatch(impl, args, def.implGenerics, binds)) continue;
      FnSig.Def m = impl.methods.get(def.name);
      if (m == null) return new Target(def, args);
      List<Ty> out = new ArrayList<>();
      for (Ty b : binds) out.add(b == null ? Ty.UNIT : b);
      // The method's own generic arguments follow the trait's (Self + trait parameters).
      for (int i = def.implGenerics; i < args.size(); i++) out.add(args.get(i));
      return new Target(m, out);
    }
    if (def.item.body() == null && def.fromPrelude && def.trait.equals("From") && args.size() == 2
        && Infer.shallow(args.get(1)).equals(self)) {
      return new Target(c.program.items().fns.get("__from_self"), List.of(self));
    }
    if (def.item.body() == null) {
      // A bodiless std trait item whose std impls rustle gives as generic inherent functions: `T::from(x)`
      // with T = u32 is the prelude's `u32::from<S>`, with the trait's arguments as its own.
      for (ImplDef impl : c.program.items().impls) {
        if (impl.trait != null || !impl.generics.isEmpty() || !match(impl.selfTy, self, new Ty[0])) continue;
        for (FnSig.Def m : impl.methods.values()) {
          if (!m.fromPrelude || !m.name.equals(def.name) && !m.name.startsWith("__" + def.name + "_")) continue;
          if (m.name.equals(def.name) && m.generics.size() == args.size() - 1) {
            return new Target(m, args.subList(1, args.size()));
          }
          // `String::from(&str)` and `String::__from_char`, not generic: the one whose parameter is the trait's argument.
          if (m.generics.isEmpty() && args.size() == 2 && m.params.size() == 1
              && match(m.params.get(0), args.get(1), new Ty[0])) {
            return new Target(m, List.of());
          }
        }
      }
    }
    return new Target(def, args);
  }

  /** A generic trait's arguments (after Self) select among impls for the same Self (Conv<usize> vs Conv<String>). */
  private static boolean traitArgsMatch(ImplDef impl, List<Ty> args, int implGenerics, Ty[] binds) {
    for (int i = 0; i < impl.traitArgs.size() && 1 + i < implGenerics && 1 + i < args.size(); i++) {
      Ty a = Infer.shallow(args.get(1 + i));
      if (a instanceof Infer) continue;
      if (!match(impl.traitArgs.get(i), a, binds)) return false;
    }
    return true;
  }

  static boolean match(Ty pattern, Ty t, Ty[] binds) {
    pattern = Infer.shallow(pattern);
    t = Infer.shallow(t);
    if (pattern instanceof Ty.Param p) {
      if (p.index() >= binds.length) return false;
      if (binds[p.index()] == null) {
        binds[p.index()] = t;
        return true;
      }
      return binds[p.index()].equals(t);
    }
    if (pattern instanceof Ty.Adt pa && t instanceof Ty.Adt ta) {
      if (pa.def() != ta.def()) return false;
      for (int i = 0; i < pa.args().size(); i++) if (!match(pa.args().get(i), ta.args().get(i), binds)) return false;
      return true;
    }
    if (pattern instanceof Ty.Ref pr && t instanceof Ty.Ref tr) {
      return pr.mutable() == tr.mutable() && match(pr.inner(), tr.inner(), binds);
    }
    if (pattern instanceof Ty.Tuple pt && t instanceof Ty.Tuple tt) {
      if (pt.elems().size() != tt.elems().size()) return false;
      for (int i = 0; i < pt.elems().size(); i++) if (!match(pt.elems().get(i), tt.elems().get(i), binds)) return false;
      return true;
    }
    if (pattern instanceof Ty.Array pa2 && t instanceof Ty.Array ta2) {
      return pa2.len() == ta2.len() && match(pa2.elem(), ta2.elem(), binds);
    }
    if (pattern instanceof Ty.Slice ps && t instanceof Ty.Slice ts) return match(ps.elem(), ts.elem(), binds);
    return pattern.equals(t);
  }
}
