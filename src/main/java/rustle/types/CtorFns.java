package rustle.types;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import rustle.ast.Item;

/**
 * A tuple struct's or tuple variant's constructor used as a function value ({@code .map(Some)},
 * {@code .map(Status::Value)}): a function item whose parameters are the fields and whose result is
 * the type, built once per constructor. Calling it builds the value (the interpreter supplies the body).
 */
public final class CtorFns {
  private CtorFns() {}

  private static final Map<AdtDef, FnSig.Def[]> DEFS = Collections.synchronizedMap(new WeakHashMap<>());
  private static final Map<FnSig.Def, Integer> VARIANTS = Collections.synchronizedMap(new WeakHashMap<>());

  public static FnSig.Def of(AdtDef d, int variant) {
    FnSig.Def[] all = DEFS.computeIfAbsent(d, k -> new FnSig.Def[k.variants.size()]);
    synchronized (all) {
      if (all[variant] == null) {
        AdtDef.VariantDef vd = d.variants.get(variant);
        List<FnSig.Generic> gens = new ArrayList<>();
        List<Ty> params = new ArrayList<>();
        for (int i = 0; i < d.generics.size(); i++) {
          gens.add(new FnSig.Generic(d.generics.get(i), List.of()));
          params.add(new Ty.Param(d.generics.get(i), i));
        }
        String path = d.isEnum ? d.name + "::" + vd.name() : d.name;
        FnSig.Def def = new FnSig.Def(vd.name(), path, null, gens, gens.size(), Item.SelfKind.NONE, null, null, false);
        List<Ty> fields = new ArrayList<>();
        for (AdtDef.FieldDef fd : vd.fields()) fields.add(fd.ty());
        def.params = fields;
        def.ret = new Ty.Adt(d, params);
        VARIANTS.put(def, variant);
        all[variant] = def;
      }
      return all[variant];
    }
  }

  /** The variant a constructor function builds, or -1 for an ordinary function. */
  public static int variant(FnSig.Def def) {
    Integer v = def.item == null ? VARIANTS.get(def) : null;
    return v == null ? -1 : v;
  }
}
