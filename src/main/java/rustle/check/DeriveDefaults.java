package rustle.check;

import java.util.List;
import rustle.ast.Crate;
import rustle.ast.Item;
import rustle.diag.Diagnostic;
import rustle.diag.Errors;
import rustle.types.AdtDef;
import rustle.types.Prim;
import rustle.types.Ty;

/**
 * {@code #[derive(Default)]} on a struct needs every field's type to be Default: rustc's E0277 at the
 * field otherwise, and rustle's unsupported for std types whose default rustle cannot write (the
 * interpreter would otherwise fail at run time).
 */
final class DeriveDefaults {
  private DeriveDefaults() {}

  static void check(Crate crate, Items items, List<Diagnostic> errors) {
    for (Item it : crate.items()) {
      if (!(it instanceof Item.StructItem s)) continue;
      AdtDef def = items.adts.get(s.name());
      if (def == null || def.source != it || !def.derives("Default") || def.variants.isEmpty()) continue;
      List<AdtDef.FieldDef> fts = def.variants.get(0).fields();
      for (int i = 0; i < fts.size() && i < s.fields().size(); i++) {
        Ty t = fts.get(i).ty();
        Item.FieldDef fd = s.fields().get(i);
        switch (kind(t, items)) {
          case YES:
            break;
          case UNSUPPORTED:
            errors.add(Errors.unsupported("`#[derive(Default)]` of a field of type `" + TyName.of(t) + "`", fd.span()));
            break;
          case NO:
            errors.add(Errors.coded("E0277", "the trait bound `" + TyName.of(t) + ": Default` is not satisfied", fd.span(),
                "the trait `Default` is not implemented for `" + TyName.of(t) + "`"));
            break;
        }
      }
    }
  }

  private enum Kind { YES, NO, UNSUPPORTED }

  private static Kind kind(Ty t, Items items) {
    if (t instanceof Ty.Param) return Kind.YES; // the derive's `T: Default` bound is checked at the use
    if (t instanceof Prim p) return p == Prim.STR || p == Prim.NEVER ? Kind.NO : Kind.YES;
    if (t instanceof Ty.Tuple tu) return worst(tu.elems(), items);
    if (t instanceof Ty.Array a) return a.len() <= 32 ? kind(a.elem(), items) : Kind.NO;
    if (t instanceof Ty.Ref r) return r.mutable() ? Kind.NO : r.inner() == Prim.STR ? Kind.YES : Kind.UNSUPPORTED;
    if (!(t instanceof Ty.Adt a)) return Kind.UNSUPPORTED;
    switch (a.def().builtin) {
      case STRING:
      case VEC:
      case OPTION:
      case HASH_MAP:
      case HASH_SET:
        return Kind.YES;
      case NONE:
        if (a.def().derives("Default") && !a.def().isEnum) return Kind.YES;
        for (ImplDef impl : items.impls) {
          if ("Default".equals(impl.trait) && impl.selfTy instanceof Ty.Adt sa && sa.def() == a.def()) return Kind.YES;
        }
        return Kind.NO;
      case BOX:
      case RC:
      case REF_CELL:
      case CELL:
      case WEAK:
        return Kind.UNSUPPORTED;
      default:
        return Kind.NO;
    }
  }

  private static Kind worst(List<Ty> ts, Items items) {
    Kind k = Kind.YES;
    for (Ty t : ts) {
      Kind e = kind(t, items);
      if (e == Kind.NO) return e;
      if (e == Kind.UNSUPPORTED) k = e;
    }
    return k;
  }
}
