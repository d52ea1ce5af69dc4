package rustle.check;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import rustle.ast.Item;
import rustle.types.FnSig;

/** A trait: its methods (with or without default bodies) and supertraits. */
public final class TraitDef {
  public final String name;
  public final Item.TraitItem item;
  public final List<String> supertraits;
  public final Map<String, FnSig.Def> methods = new LinkedHashMap<>();
  /**
   * The associated types a program's trait declares, in order: parameters of the trait after its own
   * (an impl's trait arguments end with their values), which {@code Self::Name} names in its items.
   * Empty for the prelude's traits, whose associated types the checker knows by name.
   */
  public final List<String> assocTypes;

  TraitDef(String name, Item.TraitItem item, List<String> supertraits, boolean prelude) {
    this.name = name;
    this.item = item;
    this.supertraits = supertraits;
    List<String> assoc = new java.util.ArrayList<>();
    if (!prelude && item != null) for (Item.TypeAlias t : item.types()) assoc.add(t.name());
    this.assocTypes = List.copyOf(assoc);
  }

  /**
   * The trait named and all its supertraits, each once: itself first, then each supertrait's own list in
   * declaration order (`trait Error: Debug + Display` gives Error, Debug, Display).
   */
  public static List<TraitDef> withSupertraits(Map<String, TraitDef> traits, String name) {
    List<TraitDef> out = new java.util.ArrayList<>();
    add(traits, traits.get(name), out);
    return out;
  }

  private static void add(Map<String, TraitDef> traits, TraitDef td, List<TraitDef> out) {
    if (td == null || out.contains(td) || out.size() > 64) return;
    out.add(td);
    for (String s : td.supertraits) add(traits, traits.get(s), out);
  }
}
