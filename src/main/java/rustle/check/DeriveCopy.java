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
 * {@code #[derive(Copy)]} on a struct or enum with a field whose type is not Copy: rustc's E0204 at the
 * type's name, each such field labelled (rustle otherwise treated the type as not Copy, silently).
 */
final class DeriveCopy {
  private DeriveCopy() {}

  static void check(Crate crate, Items items, List<Diagnostic> errors) {
    for (Item it : crate.items()) {
      if (it instanceof Item.StructItem s) {
        AdtDef def = items.adts.get(s.name());
        if (def == null || def.source != it || !def.derives("Copy") || def.variants.isEmpty()) continue;
        report(s.nameSpan(), List.of(s.fields()), List.of(def.variants.get(0)), errors);
      } else if (it instanceof Item.EnumItem e) {
        AdtDef def = items.adts.get(e.name());
        if (def == null || def.source != it || !def.derives("Copy")) continue;
        List<List<Item.FieldDef>> fields = new java.util.ArrayList<>();
        for (Item.Variant v : e.variants()) fields.add(v.fields());
        report(e.nameSpan(), fields, def.variants, errors);
      }
    }
  }

  private static void report(rustle.ast.Span name, List<List<Item.FieldDef>> fields, List<AdtDef.VariantDef> variants,
      List<Diagnostic> errors) {
    Diagnostic d = null;
    for (int v = 0; v < variants.size() && v < fields.size(); v++) {
      List<AdtDef.FieldDef> fts = variants.get(v).fields();
      for (int i = 0; i < fts.size() && i < fields.get(v).size(); i++) {
        if (fieldIsCopy(fts.get(i).ty())) continue;
        if (d == null) d = Errors.coded("E0204", "the trait `Copy` cannot be implemented for this type", name, null);
        d = d.withLabel(fields.get(v).get(i).span(), "this field does not implement `Copy`");
      }
    }
    if (d != null) errors.add(d);
  }

  /**
   * Copy as the derive requires it: a type parameter gets a `T: Copy` bound from the derive, and a
   * type of the program's that derives Copy implements it (its own fields are checked at its derive).
   */
  private static boolean fieldIsCopy(Ty t) {
    if (t == null || t instanceof Ty.Param || t instanceof Prim) return t != Prim.STR;
    if (t instanceof Ty.Tuple tu) {
      for (Ty e : tu.elems()) if (!fieldIsCopy(e)) return false;
      return true;
    }
    if (t instanceof Ty.Array a) return fieldIsCopy(a.elem());
    if (t instanceof Ty.Adt a && a.def().builtin == AdtDef.Builtin.OPTION) return fieldIsCopy(a.args().get(0));
    if (t instanceof Ty.Adt a && a.def().builtin == AdtDef.Builtin.NONE && !a.def().fromPrelude) {
      if (!a.def().derives("Copy")) return false;
      for (Ty x : a.args()) if (!fieldIsCopy(x)) return false;
      return true;
    }
    return CopyRules.isCopy(t);
  }
}
