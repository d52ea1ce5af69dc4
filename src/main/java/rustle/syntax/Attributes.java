package rustle.syntax;

import java.util.ArrayList;
import java.util.List;
import rustle.ast.Item;
import rustle.syntax.gen.RustParser.*;

/** Reads {@code #[derive(..)]} attributes and flattens use trees; other attributes are ignored. */
final class Attributes {
  private Attributes() {}

  /** The trait names of every {@code #[derive(A, path::B)]}: the last segment of each path. */
  static List<String> derives(List<OuterAttrContext> attrs) {
    List<String> out = new ArrayList<>();
    for (OuterAttrContext a : attrs) {
      AttrContext at = a.attr();
      if (!at.simplePath().getText().equals("derive") || at.attrInput() == null) continue;
      DelimTokenTreeContext d = at.attrInput().delimTokenTree();
      if (d == null) continue;
      String last = null;
      for (TokenTreeContext t : d.tokenTree()) {
        String text = t.getText();
        if (text.equals(",")) {
          if (last != null) out.add(last);
          last = null;
        } else if (Character.isJavaIdentifierStart(text.charAt(0))) {
          last = text.startsWith("r#") ? text.substring(2) : text;
        }
      }
      if (last != null) out.add(last);
    }
    return out;
  }

  /** Whether the attributes include {@code #[default]} (an enum variant's, for a derived Default). */
  static boolean isDefault(List<OuterAttrContext> attrs) {
    for (OuterAttrContext a : attrs) {
      if (a.attr().simplePath().getText().equals("default") && a.attr().attrInput() == null) return true;
    }
    return false;
  }

  /** Flattens {@code a::{b, c as d, e::*, self}} into one path per imported name. */
  static void useTree(UseTreeContext t, List<String> prefix, List<Item.UseTree> out, BuildContext cx) {
    List<String> path = new ArrayList<>(prefix);
    if (t.simplePath() != null) path.addAll(segments(t.simplePath()));
    if (Tok.has(t, "*")) {
      path.add("*");
      out.add(new Item.UseTree(cx.span(t), List.copyOf(path), null));
    } else if (Tok.has(t, "{")) {
      for (UseTreeContext n : t.useTree()) useTree(n, path, out, cx);
    } else {
      String alias = null;
      if (Tok.has(t, "as")) alias = t.identifier() != null ? TypeBuilder.name(t.identifier()) : "_";
      // `use a::{self}` imports the module a itself.
      if (!prefix.isEmpty() && path.size() == prefix.size() + 1 && path.get(path.size() - 1).equals("self")) {
        path.remove(path.size() - 1);
      }
      out.add(new Item.UseTree(cx.span(t), List.copyOf(path), alias));
    }
  }

  private static List<String> segments(SimplePathContext p) {
    List<String> out = new ArrayList<>();
    for (SimplePathSegmentContext s : p.simplePathSegment()) {
      out.add(s.identifier() != null ? TypeBuilder.name(s.identifier()) : s.getText());
    }
    return out;
  }
}
