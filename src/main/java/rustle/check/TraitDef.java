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
}
