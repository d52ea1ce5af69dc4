package rustle.borrowck;

import java.util.HashSet;
import java.util.Set;
import rustle.check.ImplDef;
import rustle.check.Items;
import rustle.types.AdtDef;
import rustle.types.Prim;
import rustle.types.Ty;

/** Whether a type implements Clone (for rustc's "consider cloning the value" help). */
final class Clones {
  // An anonymous class, not ThreadLocal.withInitial(HashSet::new): every run initialises this class,
  // and linking a method reference costs a fresh JVM milliseconds (see docs/architecture.md).
  private static final ThreadLocal<Set<AdtDef>> MANUAL = new ThreadLocal<>() {
    @Override
    protected Set<AdtDef> initialValue() {
      return new HashSet<>();
    }
  };

  private Clones() {}

  /** Records the types of a program with a hand-written {@code impl Clone}. */
  static void learn(Items items) {
    Set<AdtDef> s = new HashSet<>();
    for (ImplDef impl : items.impls) {
      if ("Clone".equals(impl.trait) && impl.selfTy instanceof Ty.Adt a) s.add(a.def());
    }
    MANUAL.set(s);
  }

  static boolean isClone(Ty t) {
    if (t == null) return false;
    if (t instanceof Prim p) return p != Prim.STR && p != Prim.NEVER;
    if (t instanceof Ty.Ref r) return !r.mutable();
    if (t instanceof Ty.Tuple tu) {
      for (Ty e : tu.elems()) if (!isClone(e)) return false;
      return true;
    }
    if (t instanceof Ty.Array a) return isClone(a.elem());
    if (t instanceof Ty.Adt a) {
      switch (a.def().builtin) {
        case STRING:
          return true;
        case VEC:
        case BOX:
        case OPTION:
        case RESULT:
          for (Ty x : a.args()) if (!isClone(x)) return false;
          return true;
        default:
          break;
      }
      return a.def().derives("Clone") || MANUAL.get().contains(a.def());
    }
    return false;
  }
}
