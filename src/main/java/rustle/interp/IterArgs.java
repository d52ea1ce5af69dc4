package rustle.interp;

import java.util.ArrayList;
import java.util.List;
import rustle.check.Items;
import rustle.check.Iterators;
import rustle.types.FnSig;
import rustle.types.Infer;
import rustle.types.Ty;

/**
 * The type arguments of an instance of a function with iterator parameters: an argument passed as
 * {@code &mut it} (std's {@code impl Iterator for &mut I}) runs as the prelude's {@code ByRef<I>}, which
 * has the reference's layout and steps the iterator it points to.
 */
final class IterArgs {
  private IterArgs() {}

  static List<Ty> byRef(Items items, FnSig.Def def, List<Ty> args) {
    List<Ty> out = null;
    for (int i = 0; i < def.generics.size() && i < args.size(); i++) {
      if (!iterBound(def.generics.get(i))) continue;
      if (!(Infer.shallow(args.get(i)) instanceof Ty.Ref r) || !r.mutable()) continue;
      Ty inner = Infer.shallow(r.inner());
      if (!(inner instanceof Ty.Adt a) || Iterators.itemOf(a, null) == null) continue;
      if (out == null) out = new ArrayList<>(args);
      out.set(i, new Ty.Adt(items.std("ByRef"), List.of(inner)));
    }
    return out == null ? args : out;
  }

  private static boolean iterBound(FnSig.Generic g) {
    for (FnSig.TraitRef b : g.bounds()) {
      if (b.fnParams() == null && (b.trait().equals("Iterator") || b.trait().equals("IntoIterator"))) return true;
    }
    return false;
  }
}
