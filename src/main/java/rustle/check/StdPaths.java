package rustle.check;

import java.util.List;
import java.util.Map;

/**
 * Paths into the standard library ({@code std::cell::Cell}, {@code core::ops::Range}): they name std's
 * item whatever the user's crate defines, so they are looked up among the prelude's items, under the
 * prelude's name for the item when it differs from std's ({@code hash_map::Iter} is {@code MapIter}).
 */
final class StdPaths {
  private StdPaths() {}

  /** std's items whose prelude name is not their std name, keyed by their module and name. */
  private static final Map<String, String> RENAMED = Map.of(
      "hash_map::Iter", "MapIter",
      "hash_map::IterMut", "MapIterMut",
      "hash_map::IntoIter", "MapIntoIter",
      "hash_set::Iter", "SetIter",
      "hash_set::IntoIter", "SetIntoIter");

  /** Whether a path starting with this segment is a path into std (the crates std, core and alloc). */
  static boolean isStdRoot(String first) {
    return first.equals("std") || first.equals("core") || first.equals("alloc");
  }

  static boolean isStd(List<String> names) {
    return names.size() >= 2 && isStdRoot(names.get(0));
  }

  /** The prelude's name of the std item a path names (its last segment, given the module before it). */
  static String preludeName(List<String> names) {
    String last = names.get(names.size() - 1);
    if (names.size() < 2) return last;
    return RENAMED.getOrDefault(names.get(names.size() - 2) + "::" + last, last);
  }
}
