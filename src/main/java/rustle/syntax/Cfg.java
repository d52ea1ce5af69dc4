package rustle.syntax;

import java.util.ArrayList;
import java.util.List;
import rustle.syntax.gen.RustParser.AttrContext;
import rustle.syntax.gen.RustParser.OuterAttrContext;
import rustle.syntax.gen.RustParser.TokenTreeContext;

/**
 * rustc's configuration step for a normal (non-test) build on 64-bit Linux: {@code #[test]} functions
 * and {@code #[cfg(..)]} items whose predicate is false are left out, as if not written.
 */
final class Cfg {
  private Cfg() {}

  /** Whether the thing carrying these attributes is compiled. */
  static boolean enabled(List<OuterAttrContext> attrs) {
    for (OuterAttrContext a : attrs) {
      AttrContext at = a.attr();
      String name = at.simplePath().getText();
      if (name.equals("test")) return false;
      if (name.equals("cfg") && at.attrInput() != null && at.attrInput().delimTokenTree() != null) {
        List<TokenTreeContext> pred = at.attrInput().delimTokenTree().tokenTree();
        if (!holds(pred, 0, pred.size())) return false;
      }
    }
    return true;
  }

  /** A predicate: {@code name}, {@code key = "value"}, {@code not(p)}, {@code all(..)}, {@code any(..)}. */
  private static boolean holds(List<TokenTreeContext> t, int from, int to) {
    if (to <= from) return false;
    String head = t.get(from).getText();
    if (to - from == 1) return flag(head);
    if (to - from == 3 && t.get(from + 1).getText().equals("=")) {
      String v = t.get(from + 2).getText();
      return option(head, v.length() >= 2 ? v.substring(1, v.length() - 1) : v);
    }
    if (to - from == 2 && t.get(from + 1).delimTokenTree() != null) {
      List<TokenTreeContext> inner = t.get(from + 1).delimTokenTree().tokenTree();
      List<int[]> parts = split(inner);
      switch (head) {
        case "not":
          return parts.size() == 1 && !holds(inner, parts.get(0)[0], parts.get(0)[1]);
        case "all":
          for (int[] p : parts) if (!holds(inner, p[0], p[1])) return false;
          return true;
        case "any":
          for (int[] p : parts) if (holds(inner, p[0], p[1])) return true;
          return false;
        default:
          return false;
      }
    }
    return false;
  }

  private static List<int[]> split(List<TokenTreeContext> t) {
    List<int[]> parts = new ArrayList<>();
    int start = 0;
    for (int i = 0; i <= t.size(); i++) {
      if (i == t.size() || t.get(i).getText().equals(",")) {
        if (i > start) parts.add(new int[] {start, i});
        start = i + 1;
      }
    }
    return parts;
  }

  private static boolean flag(String name) {
    return name.equals("debug_assertions") || name.equals("unix");
  }

  private static boolean option(String key, String value) {
    return switch (key) {
      case "target_os" -> value.equals("linux");
      case "target_family" -> value.equals("unix");
      case "target_pointer_width" -> value.equals("64");
      case "target_endian" -> value.equals("little");
      default -> false;
    };
  }
}
