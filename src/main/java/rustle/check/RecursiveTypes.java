package rustle.check;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import rustle.ast.Crate;
import rustle.ast.Item;
import rustle.ast.Span;
import rustle.ast.TypeExpr;
import rustle.diag.Diagnostic;
import rustle.diag.Errors;
import rustle.types.AdtDef;
import rustle.types.Layouts;
import rustle.types.Ty;

/** E0072: a struct or enum that contains itself without indirection (a Box, Vec or reference) has no size. */
final class RecursiveTypes {
  private RecursiveTypes() {}

  static void check(Crate crate, Items items, List<Diagnostic> errors) {
    for (Item it : crate.items()) {
      String name;
      Span nameSpan;
      List<List<Item.FieldDef>> fieldLists;
      if (it instanceof Item.StructItem s) {
        name = s.name();
        nameSpan = s.nameSpan();
        fieldLists = List.of(s.fields());
      } else if (it instanceof Item.EnumItem e) {
        name = e.name();
        nameSpan = e.nameSpan();
        fieldLists = e.variants().stream().map(Item.Variant::fields).toList();
      } else {
        continue;
      }
      AdtDef def = items.adts.get(name);
      if (def == null || def.source != it) continue;
      Diagnostic d = null;
      for (int v = 0; v < fieldLists.size() && v < def.variants.size(); v++) {
        List<AdtDef.FieldDef> fts = def.variants.get(v).fields();
        for (int f = 0; f < fts.size() && f < fieldLists.get(v).size(); f++) {
          if (!contains(fts.get(f).ty(), def, new HashSet<>())) continue;
          if (d == null) {
            Span header = new Span(it.span().start(), nameSpan.end(), it.span().line(), it.span().col(),
                nameSpan.endLine(), nameSpan.endCol());
            d = Errors.coded("E0072", "recursive type `" + name + "` has infinite size", header, null);
          }
          TypeExpr te = fieldLists.get(v).get(f).type();
          d = d.withLabel(mention(te, name, te.span()), "recursive without indirection");
        }
      }
      if (d != null) errors.add(d);
    }
  }

  /** Whether a value of type t holds a target inline (through fields, variants, tuples and arrays). */
  private static boolean contains(Ty t, AdtDef target, Set<AdtDef> seen) {
    if (t instanceof Ty.Tuple tu) {
      for (Ty e : tu.elems()) if (contains(e, target, seen)) return true;
      return false;
    }
    if (t instanceof Ty.Array a) return contains(a.elem(), target, seen);
    if (!(t instanceof Ty.Adt a)) return false;
    if (a.def() == target) return true;
    switch (a.def().builtin) {
      case BOX:
      case VEC:
      case STRING:
        return false;
      default:
        break;
    }
    if (!seen.add(a.def())) return false;
    for (AdtDef.VariantDef vd : a.def().variants) {
      for (Ty f : Layouts.fieldTypes(a, vd)) if (contains(f, target, seen)) return true;
    }
    return false;
  }

  /** The span of the path naming the type inside a field's type ({@code Node} in {@code Option<Node>}). */
  private static Span mention(TypeExpr te, String name, Span fallback) {
    if (te instanceof TypeExpr.PathType p) {
      var segs = p.path().segments();
      if (segs.get(segs.size() - 1).name().equals(name)) return p.span();
      for (var seg : segs) {
        for (TypeExpr g : seg.generics()) {
          Span s = mention(g, name, null);
          if (s != null) return s;
        }
      }
    } else if (te instanceof TypeExpr.TupleType tt) {
      for (TypeExpr e : tt.elems()) {
        Span s = mention(e, name, null);
        if (s != null) return s;
      }
    } else if (te instanceof TypeExpr.ArrayType at) {
      return mention(at.elem(), name, fallback);
    }
    return fallback;
  }
}
