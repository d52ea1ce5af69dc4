package rustle.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import rustle.ast.Item;
import rustle.types.AdtDef;
import rustle.types.FnSig;
import rustle.types.Ty;

/**
 * Tuple-struct and tuple-variant constructors used as function values ({@code .map(Status::Value)},
 * {@code let f: fn(u32) -> Status = Status::Value;}): each gets a function definition without a body
 * (item null), generic over the type's parameters, whose type is a fn item like any function's. The
 * evaluator builds its code from the variant's layout ({@link #of} tells it which variant).
 */
public final class CtorFns {
  /** A constructor function: the type (in its own parameters) and the variant it builds. */
  public record Ctor(Ty.Adt adt, int variant) {}

  private final Map<FnSig.Def, Ctor> ctors = new HashMap<>();
  private final Map<List<Object>, FnSig.Def> defs = new HashMap<>();

  /** The variant a constructor function builds, or null when def is an ordinary function. */
  public Ctor of(FnSig.Def def) {
    return def.item == null ? ctors.get(def) : null;
  }

  /** The fn item type of the constructor of variant v of adt (whose arguments may be inference variables). */
  Ty.FnDef fnDef(Ty.Adt adt, int v) {
    AdtDef d = adt.def();
    FnSig.Def def = defs.get(List.of(d, v));
    if (def == null) {
      List<FnSig.Generic> gs = new ArrayList<>();
      List<Ty> params = new ArrayList<>();
      for (int i = 0; i < d.generics.size(); i++) {
        gs.add(new FnSig.Generic(d.generics.get(i), List.of()));
        params.add(new Ty.Param(d.generics.get(i), i));
      }
      Ty.Adt self = new Ty.Adt(d, params);
      AdtDef.VariantDef vd = d.variants.get(v);
      String path = d.isEnum ? d.name + "::" + vd.name() : d.name;
      def = new FnSig.Def(vd.name(), path, null, gs, gs.size(), Item.SelfKind.NONE, null, null, false);
      def.params = rustle.types.Layouts.fieldTypes(self, vd);
      def.ret = self;
      defs.put(List.of(d, v), def);
      ctors.put(def, new Ctor(self, v));
    }
    return new Ty.FnDef(def, adt.args());
  }
}
