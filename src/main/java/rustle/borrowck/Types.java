package rustle.borrowck;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import rustle.ast.Item;
import rustle.check.CopyRules;
import rustle.types.AdtDef;
import rustle.types.FnSig;
import rustle.types.Layouts;
import rustle.types.Prim;
import rustle.types.Ty;

/** Questions the borrow checker asks about types: Copy, drop glue, and whether a value may hold a reference. */
final class Types {
  private Types() {}

  static boolean isCopy(Ty t) {
    return t == null || CopyRules.isCopy(t);
  }

  /** Copy, counting a type parameter bounded by Copy in def's generics as Copy. */
  static boolean isCopy(Ty t, FnSig.Def def) {
    if (t == null || CopyRules.isCopy(t)) return true;
    if (t instanceof Ty.Param p) {
      if (def == null || p.index() >= def.generics.size()) return false;
      for (FnSig.TraitRef b : def.generics.get(p.index()).bounds()) if (b.trait().equals("Copy")) return true;
      return false;
    }
    if (t instanceof Ty.Tuple tu) {
      for (Ty e : tu.elems()) if (!isCopy(e, def)) return false;
      return true;
    }
    if (t instanceof Ty.Array a) return isCopy(a.elem(), def);
    return false;
  }

  static boolean needsDrop(Ty t) {
    return t != null && CopyRules.needsDrop(t);
  }

  /** Whether a user type's Drop impl runs when a value of t is dropped (such a drop uses the value). */
  static boolean hasUserDrop(Ty t) {
    return hasUserDrop(t, new HashSet<>());
  }

  private static boolean hasUserDrop(Ty t, Set<AdtDef> seen) {
    if (t instanceof Ty.Tuple tu) {
      for (Ty e : tu.elems()) if (hasUserDrop(e, seen)) return true;
      return false;
    }
    if (t instanceof Ty.Array a) return hasUserDrop(a.elem(), seen);
    if (t instanceof Ty.Adt a) {
      if (a.def().dropFn != null && !a.def().dropFn.fromPrelude) return true;
      if (a.def().builtin != AdtDef.Builtin.NONE && a.def().builtin != AdtDef.Builtin.OPTION
          && a.def().builtin != AdtDef.Builtin.RESULT) {
        for (Ty x : a.args()) if (hasUserDrop(x, seen)) return true;
        return false;
      }
      if (!seen.add(a.def())) return false;
      for (AdtDef.VariantDef v : a.def().variants) {
        for (Ty f : Layouts.fieldTypes(a, v)) if (hasUserDrop(f, seen)) return true;
      }
    }
    return false;
  }

  /**
   * The std iterators (and the map entry) that borrow what they iterate although their fields, a
   * cursor of plain integers, do not say so.
   */
  private static final Set<String> BORROWING_ITERS = Set.of("Iter", "IterMut", "Chars", "Bytes", "SplitWhitespace",
      "Lines", "Split", "CharIndices", "Windows", "Chunks", "Entry", "MapIter", "MapIterMut", "Keys", "Values",
      "ValuesMut", "SetIter", "SetOp");

  /**
   * Whether a value of type t may contain a reference to data of the current function. A type
   * parameter cannot: its lifetimes are chosen by the caller and outlive the body.
   */
  static boolean mayHoldRefs(Ty t) {
    return mayHoldRefs(t, new HashSet<>(), false);
  }

  /**
   * Like mayHoldRefs for the type of a value inside a body, where the lifetime of a `dyn Tr` is
   * inferred (rustc accepts `let f: Box<dyn Fn()> = Box::new(|| n)`), so the trait object holds what
   * its unsized value borrowed.
   */
  static boolean mayHoldRefsInBody(Ty t) {
    return mayHoldRefs(t, new HashSet<>(), true);
  }

  private static boolean mayHoldRefs(Ty t, Set<AdtDef> seen, boolean dynHolds) {
    if (t == null) return false;
    if (t instanceof Prim || t instanceof Ty.Param || t instanceof Ty.FnDef || t instanceof Ty.FnPtr) return false;
    // In a signature `Box<dyn Tr>` is `dyn Tr + 'static`; a `&dyn Tr` holds its reference as the Ref above it.
    if (t instanceof Ty.Dyn) return dynHolds;
    if (t instanceof Ty.Ref) return true;
    if (t instanceof Ty.Tuple tu) {
      for (Ty e : tu.elems()) if (mayHoldRefs(e, seen, dynHolds)) return true;
      return false;
    }
    if (t instanceof Ty.Array a) return mayHoldRefs(a.elem(), seen, dynHolds);
    if (t instanceof Ty.Slice s) return mayHoldRefs(s.elem(), seen, dynHolds);
    if (t instanceof Ty.Adt a) {
      AdtDef d = a.def();
      if (d.builtin == AdtDef.Builtin.STRING) return false;
      if (isBorrowingIter(d)) return true;
      for (Ty x : a.args()) if (mayHoldRefs(x, seen, dynHolds)) return true;
      if (d.builtin != AdtDef.Builtin.NONE) return false;
      if (hasLifetimeParam(d)) return true;
      if (!seen.add(d)) return false;
      for (AdtDef.VariantDef v : d.variants) {
        for (Ty f : Layouts.fieldTypes(a, v)) if (mayHoldRefs(f, seen, dynHolds)) return true;
      }
      return false;
    }
    return true;
  }

  /** A std iterator (or map entry) of the prelude that borrows what it came from. */
  static boolean isBorrowingIter(AdtDef d) {
    return d.fromPrelude && BORROWING_ITERS.contains(d.name);
  }

  static boolean hasLifetimeParam(AdtDef d) {
    List<Item.GenericParam> gs = null;
    if (d.source instanceof Item.StructItem s) gs = s.generics();
    if (d.source instanceof Item.EnumItem e) gs = e.generics();
    if (gs == null) return false;
    for (Item.GenericParam g : gs) if (g.isLifetime()) return true;
    return false;
  }

  static boolean isVec(Ty t) {
    return t instanceof Ty.Adt a && a.def().builtin == AdtDef.Builtin.VEC;
  }

  static boolean isBox(Ty t) {
    return t instanceof Ty.Adt a && a.def().builtin == AdtDef.Builtin.BOX;
  }

  /**
   * What dereferencing a value of type t goes through, and the type it yields (null when t does not
   * deref). kind is null for the derefs rustc does by calling Deref (String to str, Vec or array to
   * slice): those borrow the value itself, so the place does not change.
   */
  record DerefStep(Place.DerefKind kind, Ty target) {}

  static DerefStep derefStep(Ty t) {
    if (t instanceof Ty.Ref r) {
      return new DerefStep(r.mutable() ? Place.DerefKind.MUT_REF : Place.DerefKind.SHARED_REF, r.inner());
    }
    if (t instanceof Ty.Adt a) {
      switch (a.def().builtin) {
        case BOX:
          return new DerefStep(Place.DerefKind.OWNED, a.args().get(0));
        case RC:
        case REF:
          // Deref::deref(&self): what it yields is shared, like a shared reference's target.
          return new DerefStep(Place.DerefKind.SHARED_REF, a.args().get(0));
        case REF_MUT:
          return new DerefStep(Place.DerefKind.MUT_REF, a.args().get(0));
        case STRING:
          return new DerefStep(null, Prim.STR);
        case VEC:
          return new DerefStep(null, new Ty.Slice(a.args().get(0)));
        default:
          return null;
      }
    }
    if (t instanceof Ty.Array a) return new DerefStep(null, new Ty.Slice(a.elem()));
    return null;
  }
}
