package rustle.check;

import rustle.types.AdtDef;
import rustle.types.Layouts;
import rustle.types.Prim;
import rustle.types.Ty;

/** Rust's Copy rules: scalars, shared references, and tuples/arrays/derive(Copy) types of Copy parts. */
public final class CopyRules {
  private CopyRules() {}

  public static boolean isCopy(Ty t) {
    if (t instanceof Prim p) return p != Prim.STR;
    if (t instanceof Ty.Ref r) return !r.mutable();
    if (t instanceof Ty.Tuple tu) {
      for (Ty e : tu.elems()) if (!isCopy(e)) return false;
      return true;
    }
    if (t instanceof Ty.Array a) return isCopy(a.elem());
    if (t instanceof Ty.FnPtr || t instanceof Ty.FnDef) return true;
    if (t instanceof Ty.Closure c) {
      for (Ty e : c.captures()) if (!isCopy(e)) return false;
      return true;
    }
    if (t instanceof Ty.Adt a) {
      if (a.def().builtin == AdtDef.Builtin.OPTION) return isCopy(a.args().get(0));
      if (a.def().builtin == AdtDef.Builtin.RANGE || a.def().builtin == AdtDef.Builtin.RANGE_INCLUSIVE) {
        return false;
      }
      if (!a.def().derives("Copy")) return false;
      for (AdtDef.VariantDef v : a.def().variants) {
        for (Ty f : Layouts.fieldTypes(a, v)) if (!isCopy(f)) return false;
      }
      return true;
    }
    return false;
  }

  /** Whether dropping a value of this type does anything (frees memory or runs user code). */
  public static boolean needsDrop(Ty t) {
    if (t instanceof Prim || t instanceof Ty.Ref || t instanceof Ty.FnPtr || t instanceof Ty.FnDef) return false;
    if (t instanceof Ty.Tuple tu) {
      for (Ty e : tu.elems()) if (needsDrop(e)) return true;
      return false;
    }
    if (t instanceof Ty.Array a) return a.len() > 0 && needsDrop(a.elem());
    if (t instanceof Ty.Closure c) {
      for (Ty e : c.captures()) if (needsDrop(e)) return true;
      return false;
    }
    if (t instanceof Ty.Adt a) {
      switch (a.def().builtin) {
        case STRING:
        case VEC:
        case BOX:
        case INTO_ITER:
        case RC:
        case WEAK:
        case REF:
        case REF_MUT:
        case HASH_MAP:
        case HASH_SET:
        case MAP_INTO_ITER:
        case SET_INTO_ITER:
          return true;
        case REF_CELL:
        case CELL:
          return needsDrop(a.args().get(0));
        default:
          break;
      }
      if (a.def().dropFn != null) return true;
      for (AdtDef.VariantDef v : a.def().variants) {
        for (Ty f : Layouts.fieldTypes(a, v)) if (needsDrop(f)) return true;
      }
      return false;
    }
    return false;
  }
}
