package rustle.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import rustle.types.AdtDef;
import rustle.types.FnSig;
import rustle.types.Ty;

/** The item table of a program (prelude plus user crate): types, functions, impls, traits, consts. */
public final class Items {
  public final Map<String, AdtDef> adts = new LinkedHashMap<>();
  public final Map<String, FnSig.Def> fns = new LinkedHashMap<>();
  public final Map<String, ConstDef> consts = new LinkedHashMap<>();
  public final Map<String, TraitDef> traits = new LinkedHashMap<>();
  /** Type aliases; a generic alias's type names its parameters as Ty.Param 0, 1, ... (aliasArity of them). */
  public final Map<String, Ty> aliases = new HashMap<>();
  public final Map<String, Integer> aliasArity = new HashMap<>();
  /** Names brought in by {@code use}, mapped to their full path segments. */
  public final Map<String, List<String>> uses = new HashMap<>();
  /** Names of the user's inline modules: their items live in the one namespace above. */
  public final java.util.Set<String> modules = new java.util.HashSet<>();
  /** User enums whose variants a {@code use Enum::*} brought into scope. */
  public final List<AdtDef> globEnums = new ArrayList<>();
  public final List<ImplDef> impls = new ArrayList<>();
  /** Tuple constructors used as function values. */
  public final CtorFns ctorFns = new CtorFns();
  /** Every function with a body to check, in source order (prelude first). */
  public final List<FnSig.Def> bodies = new ArrayList<>();

  AdtDef adt(String n) {
    return adts.get(n);
  }

  /** The std ADT with this name (always present: the prelude defines it). */
  public AdtDef std(String n) {
    AdtDef d = adts.get(n);
    if (d == null) throw new IllegalStateException("prelude lacks " + n);
    return d;
  }

  public Ty.Adt string() {
    return new Ty.Adt(std("String"), List.of());
  }

  public Ty.Adt option(Ty t) {
    return new Ty.Adt(std("Option"), List.of(t));
  }

  public Ty.Adt vec(Ty t) {
    return new Ty.Adt(std("Vec"), List.of(t));
  }
}
