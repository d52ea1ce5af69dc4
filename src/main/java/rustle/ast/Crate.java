package rustle.ast;

import java.util.List;
import java.util.Map;

/**
 * A whole program: the items of one source file, plus the number of node ids handed out. visibility
 * holds what each {@code pub} item, method and field was declared with ("pub", "crate", "super", "self" or
 * "in"), keyed by the item's id or the field's span; an item absent from it is private. It is a side table
 * of the parse, not part of the tree: the prelude's cache does not keep it, and equality ignores it.
 */
public record Crate(List<Item> items, int nodeCount, Map<Object, String> visibility) {
  public Crate(List<Item> items, int nodeCount) {
    this(items, nodeCount, Map.of());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Crate c && nodeCount == c.nodeCount && items.equals(c.items);
  }

  @Override
  public int hashCode() {
    return items.hashCode() * 31 + nodeCount;
  }
}
