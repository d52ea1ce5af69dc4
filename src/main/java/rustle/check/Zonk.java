package rustle.check;

import java.util.List;
import rustle.types.Infer;
import rustle.types.Subst;
import rustle.types.Ty;

/** Replaces every bound inference variable inside a type by its binding (rustc's "zonking"). */
public final class Zonk {
  private Zonk() {}

  public static Ty apply(Ty t) {
    return Subst.apply(t, List.of());
  }

  /** True when no unbound variable remains. */
  public static boolean isResolved(Ty t) {
    t = Infer.shallow(t);
    if (t instanceof Infer) return false;
    if (t instanceof Ty.Ref r) return isResolved(r.inner());
    if (t instanceof Ty.Adt a) {
      for (Ty x : a.args()) if (!isResolved(x)) return false;
    }
    if (t instanceof Ty.Tuple tu) {
      for (Ty x : tu.elems()) if (!isResolved(x)) return false;
    }
    if (t instanceof Ty.Array ar) return isResolved(ar.elem());
    if (t instanceof Ty.Slice s) return isResolved(s.elem());
    return true;
  }
}
