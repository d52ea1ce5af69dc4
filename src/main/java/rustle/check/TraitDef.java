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

  TraitDef(String name, Item.TraitItem item, List<String> supertraits) {
    this.name = name;
    this.item = item;
    this.supertraits = supertraits;
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
