package rustle.check;

import java.util.ArrayList;
import java.util.List;
import rustle.ast.Item;
import rustle.diag.Diagnostic;
import rustle.diag.Errors;
import rustle.types.AdtDef;
import rustle.types.Layouts;
import rustle.types.Ty;

/** Finds user types that contain themselves by value (rustc's E0072): they would have no finite size. */
final class RecursiveTypes {
  private RecursiveTypes() {}

  static void check(Items items, List<Diagnostic> errors) {
    for (AdtDef d : items.adts.values()) {
      if (d.builtin != AdtDef.Builtin.NONE || d.source == null) continue;
      List<Ty> params = new ArrayList<>();
      for (int i = 0; i < d.generics.size(); i++) params.add(new Ty.Param(d.generics.get(i), i));
      if (contains(new Ty.Adt(d, params), d, new ArrayList<>())) {
        rustle.ast.Span at = d.source instanceof Item.StructItem s ? s.nameSpan()
            : ((Item.EnumItem) d.source).nameSpan();
        errors.add(Errors.coded("E0072", "recursive type `" + d.name + "` has infinite size", at,
            "recursive without indirection"));
      }
    }
  }

  /** Whether a value of type t holds a target by value (not behind a pointer). */
  private static boolean contains(Ty t, AdtDef target, List<Ty> visiting) {
    if (t instanceof Ty.Tuple tu) {
      for (Ty e : tu.elems()) if (contains(e, target, visiting)) return true;
      return false;
    }
    if (t instanceof Ty.Array a) return contains(a.elem(), target, visiting);
    if (!(t instanceof Ty.Adt a)) return false;
    AdtDef.Builtin b = a.def().builtin;
    if (b == AdtDef.Builtin.BOX || b == AdtDef.Builtin.VEC || b == AdtDef.Builtin.STRING
        || b == AdtDef.Builtin.INTO_ITER) {
      return false;
    }
    if (!visiting.isEmpty() && a.def() == target) return true;
    if (visiting.contains(t) || visiting.size() > 32) return false;
    visiting.add(t);
    for (AdtDef.VariantDef v : a.def().variants) {
      for (Ty f : Layouts.fieldTypes(a, v)) {
        if (contains(f, target, visiting)) return true;
      }
    }
    visiting.remove(visiting.size() - 1);
    return false;
  }
}
