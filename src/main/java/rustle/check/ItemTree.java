package rustle.check;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import rustle.ast.Crate;
import rustle.ast.Item;
import rustle.ast.Stmt;
import rustle.diag.Diagnostic;
import rustle.diag.Errors;

/**
 * Gathers every item of the user's crate into one list: the top-level items, the items of inline
 * modules and the items declared inside function bodies and blocks. rustle's item table has one
 * namespace, so a name may be declared once in the whole crate; a second declaration in another block
 * or module is reported as unsupported rather than silently resolving to the wrong item.
 */
final class ItemTree {
  /** The flat items, and the names of the modules seen (which paths may name as prefixes). */
  record Flat(List<Item> items, Set<String> modules) {}

  private final List<Diagnostic> errors;
  private final List<Item> out = new ArrayList<>();
  private final Set<String> modules = new HashSet<>();
  /** The names declared so far: true at the top level, false in a block or module. */
  private final Map<String, Boolean> seen = new HashMap<>();

  private ItemTree(List<Diagnostic> errors) {
    this.errors = errors;
  }

  static Flat flatten(Crate crate, List<Diagnostic> errors) {
    ItemTree t = new ItemTree(errors);
    for (Item it : crate.items()) t.noteTopLevel(it);
    for (Item it : crate.items()) t.item(it);
    return new Flat(t.out, t.modules);
  }

  private void noteTopLevel(Item it) {
    String n = Item.nameOf(it);
    if (n != null) seen.putIfAbsent(n, true);
  }

  private void item(Item it) {
    if (it instanceof Item.ModItem m) {
      if (m.items() == null) {
        errors.add(Errors.unsupported("modules in other files (`mod " + m.name() + ";`)", m.span()));
        return;
      }
      modules.add(m.name());
      for (Item inner : m.items()) nested(inner);
      return;
    }
    out.add(it);
    walk(it);
  }

  /** An item inside a module or a block: one namespace, so its name must be new. */
  private void nested(Item it) {
    String n = Item.nameOf(it);
    if (n != null) {
      if (seen.containsKey(n)) {
        errors.add(Errors.unsupported("two items named `" + n + "` in different modules or blocks", it.span()));
        return;
      }
      seen.put(n, false);
    }
    item(it);
  }

  /** Finds items declared in the bodies inside an item (functions, methods, constants). */
  private void walk(Object n) {
    if (n == null) return;
    if (n instanceof List<?> l) {
      for (Object o : l) walk(o);
      return;
    }
    if (n instanceof Stmt.ItemStmt is) {
      nested(is.item());
      return;
    }
    if (!n.getClass().isRecord() || !n.getClass().getPackageName().equals("rustle.ast")) return;
    for (RecordComponent rc : n.getClass().getRecordComponents()) {
      Class<?> c = rc.getType();
      if (c.isPrimitive() || c == String.class || c.isEnum() || c == rustle.ast.Span.class) continue;
      try {
        walk(rc.getAccessor().invoke(n));
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
    }
  }

}
