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
      if (it instanceof Item.EnumItem e) {
        enumDefault(e, items, errors);
        continue;
      }
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

  /** A derived Default of an enum makes its {@code #[default]} variant, which must exist and be a unit variant. */
  private static void enumDefault(Item.EnumItem e, Items items, List<Diagnostic> errors) {
    AdtDef def = items.adts.get(e.name());
    if (def == null || def.source != e || !def.derives("Default")) return;
    int v = def.defaultVariant();
    if (v < 0) {
      // rustc points at the derive; rustle keeps no span for it, so the enum's name stands in.
      errors.add(Errors.coded("E0665", "`#[derive(Default)]` on enum with no `#[default]`", e.nameSpan(),
          "this enum needs a unit variant marked with `#[default]`"));
    } else if (e.variants().get(v).kind() != Item.StructKind.UNIT) {
      errors.add(Errors.coded(null, "the `#[default]` attribute may only be used on unit enum variants",
          e.variants().get(v).span(), null));
    }
  }

  enum Kind { YES, NO, UNSUPPORTED }

  /** Whether t is Default: std's impls rustle writes, derives and the program's impls. */
  static Kind kind(Ty t, Items items) {
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
        if (a.def().derives("Default") && (!a.def().isEnum || a.def().defaultVariant() >= 0)) return Kind.YES;
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
