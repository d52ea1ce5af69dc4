package rustle.check;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import rustle.types.FnSig;
import rustle.types.Ty;

/** One impl block: its generic parameters, self type (in terms of them), trait (or null) and members. */
public final class ImplDef {
  public final List<FnSig.Generic> generics;
  public final Ty selfTy;
  public final String trait;
  public final List<Ty> traitArgs;
  public final Map<String, FnSig.Def> methods = new LinkedHashMap<>();
  public final Map<String, ConstDef> consts = new LinkedHashMap<>();
  public final Map<String, Ty> assocTypes = new LinkedHashMap<>();
  /** The impl as written (null for none); for diagnostics at its self type. */
  public rustle.ast.Item.ImplItem item;

  ImplDef(List<FnSig.Generic> generics, Ty selfTy, String trait, List<Ty> traitArgs) {
    this.generics = generics;
    this.selfTy = selfTy;
    this.trait = trait;
    this.traitArgs = traitArgs;
  }
}
