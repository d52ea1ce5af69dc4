package rustle.check;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import rustle.types.Prim;
import rustle.types.Ty;

/**
 * The other half of the std-surface table: the prelude declares what rustle implements, and
 * {@code std-unsupported.txt} lists what real std has beyond it. A call that resolves to a listed item is
 * "not supported by rustle yet" rather than rustc's E0599, which would be false about a valid program.
 */
final class StdUnsupported {
  private static final Map<String, Set<String>> TABLE = load();

  /** Trait methods a program's type has when it derives (or implements) the trait. */
  private static final Map<String, List<String>> TRAIT_METHODS = Map.of(
      "PartialEq", List.of("eq", "ne"),
      "PartialOrd", List.of("partial_cmp", "lt", "le", "gt", "ge"),
      "Ord", List.of("cmp", "max", "min", "clamp"),
      "Clone", List.of("clone_from"));

  private StdUnsupported() {}

  private static Map<String, Set<String>> load() {
    Map<String, Set<String>> t = new HashMap<>();
    try (var in = StdUnsupported.class.getResourceAsStream("/rustle/std-unsupported.txt");
        var r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line; (line = r.readLine()) != null; ) {
        if (line.isBlank() || line.startsWith("#")) continue;
        int colon = line.indexOf(':');
        Set<String> names = t.computeIfAbsent(line.substring(0, colon).trim(), k -> new HashSet<>());
        for (String n : line.substring(colon + 1).trim().split("\\s+")) names.add(n);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return t;
  }

  /** Whether the table lists {@code name} under {@code owner}. */
  static boolean listed(String owner, String name) {
    Set<String> s = TABLE.get(owner);
    return s != null && s.contains(name);
  }

  /**
   * The std path ({@code str::lines}) of a method std has on one of the receiver's deref steps and rustle
   * lacks, or null when std has no such method there either.
   */
  static String method(List<Ty> steps, String name, FnCk cx) {
    String shown = null;
    boolean std = true;
    for (Ty u : steps) {
      if (u instanceof Ty.Ref) continue;
      String owner = owner(u, cx);
      if (shown == null) {
        shown = display(u, owner);
        std = owner != null;
      }
      if (owner != null && listed(owner, name)) return shown + "::" + name;
      // A std iterator type's own methods (`Chars::as_str`) are listed under its name, not Iterator's.
      if ("Iterator".equals(owner) && u instanceof Ty.Adt a && a.def() == cx.items.stdAdt(a.def().name)
          && listed(a.def().name, name)) {
        return a.def().name + "::" + name;
      }
      if (owner == null && u instanceof Ty.Adt a && derivedMethod(a, name, cx)) return shown + "::" + name;
      if (u instanceof Ty.Array && listed("slice", name)) return shown + "::" + name;
    }
    if (shown != null && std && listed("any", name)) return shown + "::" + name;
    return null;
  }

  /** The std path of an associated function ({@code String::from_utf8}) rustle lacks, or null. */
  static String assoc(Ty self, String name, FnCk cx) {
    String owner = owner(self, cx);
    if (owner == null || !listed(owner, name) && !(listed("any", name) && name.startsWith("from"))) return null;
    return display(self, owner) + "::" + name;
  }

  private static boolean derivedMethod(Ty.Adt a, String name, FnCk cx) {
    for (var e : TRAIT_METHODS.entrySet()) {
      if (e.getValue().contains(name) && (a.def().derives(e.getKey()) || cx.exprs.paths.implementsTrait(a, e.getKey()))) {
        return true;
      }
    }
    return listed("tuple", name) && name.equals("into");
  }

  /** The table's owner for a type, or null for a program's own type (or one rustle cannot name). */
  static String owner(Ty u, FnCk cx) {
    if (u instanceof Prim p) {
      if (p == Prim.STR) return "str";
      if (p == Prim.CHAR) return "char";
      if (p == Prim.BOOL) return "bool";
      if (p.isFloat()) return "float";
      if (p.isInt()) return "int";
      return null;
    }
    if (u instanceof Ty.Slice) return "slice";
    if (u instanceof Ty.Array) return "array";
    if (u instanceof Ty.Tuple) return "tuple";
    if (u instanceof Ty.Adt a) {
      switch (a.def().builtin) {
        case STRING: return "String";
        case VEC: return "Vec";
        case BOX: return "Box";
        case OPTION: return "Option";
        case RESULT: return "Result";
        case HASH_MAP: return "HashMap";
        case HASH_SET: return "HashSet";
        default: break;
      }
      if (Iterators.isIterator(a, cx.items)) return "Iterator";
      // Any other type of the prelude is std's (Entry, Cell...); a user type of the same name is not.
      if (a.def() == cx.items.stdAdt(a.def().name)) return a.def().name;
    }
    return null;
  }

  private static String display(Ty u, String owner) {
    if (u instanceof Prim p) return p.name;
    if (u instanceof Ty.Adt a && owner != null && !owner.equals("Iterator")) return a.def().name;
    if (owner != null && owner.equals("Iterator")) return "Iterator";
    if (owner != null) return owner;
    return u instanceof Ty.Adt a ? a.def().name : null;
  }
}
