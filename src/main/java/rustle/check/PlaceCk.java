package rustle.check;

import java.util.ArrayList;
import java.util.List;
import rustle.ast.Expr;
import rustle.diag.Diagnostic;
import rustle.diag.Errors;
import rustle.types.AdtDef;
import rustle.types.Infer;
import rustle.types.Layouts;
import rustle.types.Prim;
import rustle.types.Ty;

/** Typing of place expressions: field and tuple-field access and indexing, with auto-deref. */
final class PlaceCk {
  private final FnCk cx;

  PlaceCk(FnCk cx) {
    this.cx = cx;
  }

  /** One auto-deref step (references and Box), or null when the type does not deref. */
  static Ty derefStep(Ty t) {
    t = Infer.shallow(t);
    if (t instanceof Ty.Ref r) return r.inner();
    return rustle.types.SmartPtrs.derefTarget(t);
  }

  Ty field(Expr.Field f) {
    Ty t = cx.exprs.check(f.receiver(), null);
    int derefs = 0;
    Ty cur = cx.resolve(t);
    while (true) {
      // std's Range has public fields (`r.start`); RangeInclusive's are private (its start() and end()).
      boolean preludeCode = cx.def != null && cx.def.fromPrelude;
      if (cur instanceof Ty.Adt a && !a.def().isEnum && (a.def().builtin == AdtDef.Builtin.NONE
          || a.def().builtin == AdtDef.Builtin.RANGE
          || a.def().builtin == AdtDef.Builtin.RANGE_INCLUSIVE && preludeCode)) {
        AdtDef.VariantDef v = a.def().variants.get(0);
        int i = v.fieldIndex(f.name());
        if (i >= 0) {
          cx.tables.derefs[f.id()] = derefs;
          cx.tables.res[f.id()] = i;
          return Layouts.fieldTypes(a, v).get(i);
        }
      }
      Ty next = derefStep(cur);
      if (next == null) break;
      cur = cx.resolve(next);
      derefs++;
    }
    if (cur instanceof Infer v && InferAccess.kind(v) == Infer.Kind.GENERAL) {
      if (!cx.failed()) {
        cx.error(Errors.coded("E0282", "type annotations needed", f.receiver().span(), "type must be known at this point"));
      }
      return null;
    }
    if (cur instanceof Prim || cur instanceof Infer) {
      cx.error(Errors.coded("E0610", "`" + cx.show(t) + "` is a primitive type and therefore doesn't have fields",
          f.nameSpan(), null));
      return null;
    }
    if (cur instanceof Ty.Adt a && a.def().builtin == AdtDef.Builtin.RANGE_INCLUSIVE
        && a.def().variants.get(0).fieldIndex(f.name()) >= 0) {
      Diagnostic d = Errors.coded("E0616", "field `" + f.name() + "` of struct `std::ops::RangeInclusive` is private",
          f.nameSpan(), "private field");
      cx.error(f.name().equals("exhausted") ? d : d.withHelp("a method `" + f.name() + "` also exists, call it with parentheses"));
      return null;
    }
    if (cur instanceof Ty.Adt a && hasMethod(a.def(), f.name())) {
      // `r.area` naming a method without calling it.
      cx.error(Errors.coded("E0615", "attempted to take value of method `" + f.name() + "` on type `" + cx.show(t)
          + "`", f.nameSpan(), "method, not a field"));
      return null;
    }
    if (reachedByUserDeref(cur, f.name())) {
      // rustc finds the field through the program's Deref impl; rustle's places deref only built-in pointers.
      cx.error(Errors.unsupported("a field reached through a `Deref` impl of the program (write `(*x).field`)",
          f.nameSpan()));
      return null;
    }
    cx.error(Errors.coded("E0609", "no field `" + f.name() + "` on type `" + cx.show(t) + "`", f.nameSpan(),
        "unknown field"));
    return null;
  }

  /** Whether a field of this name is reached from cur through the program's Deref impls (and built-in derefs). */
  private boolean reachedByUserDeref(Ty cur, String name) {
    OpTraits ops = new OpTraits(cx);
    for (int step = 0; step < 8 && cur != null; step++) {
      Ty next = ops.derefTarget(cur);
      if (next == null) next = derefStep(cur);
      if (next == null) return false;
      cur = cx.resolve(next);
      if (cur instanceof Ty.Adt a && !a.def().isEnum && a.def().builtin == AdtDef.Builtin.NONE
          && a.def().variants.get(0).fieldIndex(name) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** Whether an inherent impl of def has a method with a self parameter named name. */
  private boolean hasMethod(AdtDef def, String name) {
    for (ImplDef impl : cx.items.impls) {
      if (impl.trait != null || !(impl.selfTy instanceof Ty.Adt a) || a.def() != def) continue;
      rustle.types.FnSig.Def m = impl.methods.get(name);
      if (m != null && m.selfKind != rustle.ast.Item.SelfKind.NONE) return true;
    }
    return false;
  }

  Ty tupleField(Expr.TupleField f) {
    Ty t = cx.exprs.check(f.receiver(), null);
    int derefs = 0;
    Ty cur = cx.resolve(t);
    while (true) {
      if (cur instanceof Ty.Tuple tu && f.index() < tu.elems().size()) {
        cx.tables.derefs[f.id()] = derefs;
        return tu.elems().get(f.index());
      }
      if (cur instanceof Ty.Adt a && !a.def().isEnum && a.def().builtin == AdtDef.Builtin.NONE) {
        AdtDef.VariantDef v = a.def().variants.get(0);
        if (f.index() < v.fields().size() && v.kind() == rustle.ast.Item.StructKind.TUPLE) {
          cx.tables.derefs[f.id()] = derefs;
          return Layouts.fieldTypes(a, v).get(f.index());
        }
      }
      Ty next = derefStep(cur);
      if (next == null) break;
      cur = cx.resolve(next);
      derefs++;
    }
    if (OpsCk.isUnknown(cur)) return null;
    if (cur instanceof Prim || cur instanceof Infer) {
      cx.error(Errors.coded("E0610", "`" + cx.show(t) + "` is a primitive type and therefore doesn't have fields",
          f.indexSpan(), null));
      return null;
    }
    cx.error(Errors.coded("E0609", "no field `" + f.index() + "` on type `" + cx.show(t) + "`", f.indexSpan(),
        "unknown field"));
    return null;
  }

  /** What an index expression indexes, recorded for the interpreter. */
  public enum IndexKind { ARRAY, VEC, SLICE, STR, STRING, ARRAY_RANGE, VEC_RANGE, SLICE_RANGE, STR_RANGE, STRING_RANGE,
    /** {@code map[&key]}: std's {@code Index<&Q> for HashMap<K, V>}, panicking on a missing key. */
    MAP }

  /** For a HashMap receiver (through any derefs): records the MAP index and returns V, else null. */
  private Ty mapIndex(Expr.Index e, Ty t, Ty it) {
    Ty cur = cx.resolve(t);
    for (int derefs = 0; cur != null; derefs++) {
      if (cur instanceof Ty.Adt a && a.def().builtin == AdtDef.Builtin.HASH_MAP) {
        // std's Index<&Q> has K: Borrow<Q>, and a number's only Borrow impl is its own: a literal key
        // (`map[&2]`) takes the key type rather than falling back to i32 and never being found.
        Ty key = Infer.shallow(a.args().get(0));
        if (cx.resolve(it) instanceof Ty.Ref r && Infer.shallow(r.inner()) instanceof Infer v
            && InferAccess.kind(v) != Infer.Kind.GENERAL && (key instanceof Prim || key instanceof Infer)) {
          cx.infer.unify(v, key);
        }
        cx.tables.derefs[e.id()] = derefs;
        cx.tables.res[e.id()] = IndexKind.MAP;
        return a.args().get(1);
      }
      Ty next = derefStep(cur);
      cur = next == null ? null : cx.resolve(next);
    }
    return null;
  }

  Ty index(Expr.Index e) {
    Ty t = cx.exprs.check(e.receiver(), null);
    Ty it = cx.exprs.check(e.index(), null);
    Ty idx = cx.resolve(it);
    boolean range = idx instanceof Ty.Adt ra && ra.def().name.startsWith("Range");
    Ty mapValue = mapIndex(e, t, it);
    if (mapValue != null) return mapValue;
    Ty userOutput = new IndexTraits(cx).index(e, t, it);
    if (userOutput != null) return userOutput;
    if (range) {
      Ty.Adt ra = (Ty.Adt) idx;
      if (!ra.args().isEmpty()) cx.infer.unify(ra.args().get(0), Prim.USIZE);
    } else if (!cx.infer.unify(idx, Prim.USIZE)) {
      cx.error(Errors.coded("E0277", "the type `[" + elemName(t) + "]` cannot be indexed by `" + cx.show(it) + "`",
          e.index().span(), "slice indices are of type `usize` or ranges of `usize`"));
      return null;
    }
    int derefs = 0;
    Ty cur = cx.resolve(t);
    while (true) {
      IndexKind k = null;
      Ty elem = null;
      if (cur instanceof Ty.Array a) {
        k = range ? IndexKind.ARRAY_RANGE : IndexKind.ARRAY;
        elem = a.elem();
      } else if (cur instanceof Ty.Slice s) {
        k = range ? IndexKind.SLICE_RANGE : IndexKind.SLICE;
        elem = s.elem();
      } else if (cur instanceof Ty.Adt a && a.def().builtin == AdtDef.Builtin.VEC) {
        k = range ? IndexKind.VEC_RANGE : IndexKind.VEC;
        elem = a.args().get(0);
      } else if (cur == Prim.STR || cur instanceof Ty.Adt s2 && s2.def().builtin == AdtDef.Builtin.STRING) {
        if (!range) {
          cx.error(Errors.coded("E0277", "the type `str` cannot be indexed by `" + cx.show(it) + "`", e.index().span(),
              "string indices are ranges of `usize`"));
          return null;
        }
        k = cur == Prim.STR ? IndexKind.STR_RANGE : IndexKind.STRING_RANGE;
      }
      if (k != null) {
        cx.tables.derefs[e.id()] = derefs;
        cx.tables.res[e.id()] = k;
        if (!range) return elem;
        return k == IndexKind.STR_RANGE || k == IndexKind.STRING_RANGE ? Prim.STR : new Ty.Slice(elem);
      }
      Ty next = derefStep(cur);
      if (next == null) break;
      cur = cx.resolve(next);
      derefs++;
    }
    cx.error(Errors.coded("E0608", "cannot index into a value of type `" + cx.show(t) + "`", e.span(), null));
    return null;
  }

  private String elemName(Ty t) {
    Ty cur = cx.resolve(t);
    List<Ty> seen = new ArrayList<>();
    while (cur != null && seen.size() < 8) {
      seen.add(cur);
      if (cur instanceof Ty.Array a) return cx.show(a.elem());
      if (cur instanceof Ty.Adt a && a.def().builtin == AdtDef.Builtin.VEC) return cx.show(a.args().get(0));
      if (cur instanceof Ty.Slice s) return cx.show(s.elem());
      cur = derefStep(cur);
    }
    return "_";
  }
}
