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
  public final Map<String, AdtDef> adts;
  public final Map<String, FnSig.Def> fns;
  public final Map<String, ConstDef> consts;
  public final Map<String, TraitDef> traits;
  /** Type aliases; a generic alias's type names its parameters as Ty.Param 0, 1, ... (aliasArity of them). */
  public final Map<String, Ty> aliases;
  public final Map<String, Integer> aliasArity;
  /** Names brought in by {@code use}, mapped to their full path segments. */
  public final Map<String, List<String>> uses;
  /** Names of the user's inline modules: their items live in the one namespace above. */
  public final java.util.Set<String> modules;
  /** User enums whose variants a {@code use Enum::*} brought into scope. */
  public final List<AdtDef> globEnums;
  public final List<ImplDef> impls;
  /** Tuple constructors used as function values. */
  public final CtorFns ctorFns;
  /** Every function with a body to check, in source order (prelude first). */
  public final List<FnSig.Def> bodies;
  /**
   * The prelude's ADTs by name, as declared before any user item: what {@link #std} and the prelude's
   * own bodies resolve, so that a user type may take the name of one ({@code struct Map}, {@code Cell}),
   * as user items shadow std's in Rust.
   */
  final Map<String, AdtDef> preludeAdts;
  /** The prelude's trait names (std's traits rustle knows). */
  final java.util.Set<String> preludeTraits;

  public Items() {
    adts = new LinkedHashMap<>();
    fns = new LinkedHashMap<>();
    consts = new LinkedHashMap<>();
    traits = new LinkedHashMap<>();
    aliases = new HashMap<>();
    aliasArity = new HashMap<>();
    uses = new HashMap<>();
    modules = new java.util.HashSet<>();
    globEnums = new ArrayList<>();
    impls = new ArrayList<>();
    ctorFns = new CtorFns();
    bodies = new ArrayList<>();
    preludeAdts = new HashMap<>();
    preludeTraits = new java.util.HashSet<>();
  }

  /** The prelude's view of base: its ADT names and no user imports; everything else shared. */
  private Items(Items base) {
    adts = base.preludeAdts;
    fns = base.fns;
    consts = base.consts;
    traits = base.traits;
    aliases = base.aliases;
    aliasArity = base.aliasArity;
    uses = new HashMap<>();
    modules = new java.util.HashSet<>();
    globEnums = new ArrayList<>();
    impls = base.impls;
    ctorFns = base.ctorFns;
    bodies = base.bodies;
    preludeAdts = base.preludeAdts;
    preludeTraits = base.preludeTraits;
  }

  private Items preludeView;

  /**
   * While a body is checked: per generic parameter of its function, the item type its
   * {@code Iterator<Item = T>} bound gives (null elsewhere), so that {@link Iterators} sees the parameter
   * as an iterator (set by {@link IterParams}).
   */
  Ty[] paramItems;

  /** Likewise, what a parameter bound by {@code Fn(..) -> R} / {@code FnMut(..) -> R} returns (R), by index. */
  Ty[] paramFnRets;

  /** The table as the prelude's own code sees it (for checking its bodies after the user's items). */
  Items forPrelude() {
    if (preludeView == null) preludeView = new Items(this);
    return preludeView;
  }

  AdtDef adt(String n) {
    return adts.get(n);
  }

  /** The std ADT with this name (always present: the prelude defines it). */
  public AdtDef std(String n) {
    AdtDef d = preludeAdts.isEmpty() ? adts.get(n) : preludeAdts.get(n);
    if (d == null) throw new IllegalStateException("prelude lacks " + n);
    return d;
  }

  /** The std ADT with this prelude name, or null: what a {@code std::...} path names (see StdPaths). */
  AdtDef stdAdt(String n) {
    return preludeAdts.isEmpty() ? adts.get(n) : preludeAdts.get(n);
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
