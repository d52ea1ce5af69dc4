package rustle.interp.nodes;

import java.util.ArrayList;
import java.util.List;
import rustle.ast.Pattern;
import rustle.check.Res;
import rustle.interp.FnCompiler;
import rustle.interp.PatCompiler;
import rustle.types.Layout;
import rustle.types.Layouts;
import rustle.types.Ty;

/**
 * The fields a tuple, tuple-struct or struct pattern names: each sub-pattern, the index of the field it
 * matches (negative for what a `..` skips), the fields' types and offsets in the value's layout (of the
 * variant, for an enum). Shared by the pattern binders.
 */
record PatFields(List<Pattern> subs, List<Integer> fieldIdx, List<Ty> fieldTys, int[] offs) {
  /** The fields p destructures in a value of type ty (already dereferenced), or null when p names none. */
  static PatFields of(FnCompiler f, Pattern p, Ty ty) {
    List<Pattern> subs = new ArrayList<>();
    List<Integer> fieldIdx = new ArrayList<>();
    if (p instanceof Pattern.TuplePat tp) {
      List<Ty> fieldTys = ((Ty.Tuple) ty).elems();
      PatCompiler.indexWithRest(tp.elems(), fieldTys.size(), fieldIdx);
      return new PatFields(tp.elems(), fieldIdx, fieldTys, f.layout(ty).offsets);
    }
    if (!(p instanceof Pattern.TupleStructPat || p instanceof Pattern.StructPat)) return null;
    Res.Variant v = (Res.Variant) f.t.res[p.id()];
    Ty.Adt adt = (Ty.Adt) ty;
    Layout l = f.layout(adt);
    int[] offs = adt.def().isEnum ? l.variantOffsets[v.variant()] : l.offsets;
    List<Ty> fieldTys = Layouts.fieldTypes(adt, adt.def().variants.get(v.variant()));
    if (p instanceof Pattern.TupleStructPat tsp) {
      subs = tsp.elems();
      PatCompiler.indexWithRest(subs, fieldTys.size(), fieldIdx);
    } else {
      for (Pattern.FieldPat fp : ((Pattern.StructPat) p).fields()) {
        subs.add(fp.pattern());
        fieldIdx.add(adt.def().variants.get(v.variant()).fieldIndex(fp.name()));
      }
    }
    return new PatFields(subs, fieldIdx, fieldTys, offs);
  }
}
