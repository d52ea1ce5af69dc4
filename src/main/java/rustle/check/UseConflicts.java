package rustle.check;

import java.util.List;
import java.util.Set;
import rustle.ast.Item;
import rustle.ast.Span;
import rustle.diag.Diagnostic;
import rustle.diag.Errors;

/**
 * rustc's E0255: a {@code use} of a std item beside an item of the same name and namespace in the same
 * module ({@code use std::cell::Cell;} then {@code struct Cell}). Without it the user's item would
 * silently win over the import. Also names as unsupported a user trait that takes a std trait's name.
 */
final class UseConflicts {
  private UseConflicts() {}

  /** std's functions rustle knows by path; other lower-case names may be modules (type namespace, no clash). */
  private static final Set<String> STD_FNS = Set.of("mem::size_of", "mem::align_of", "mem::size_of_val", "mem::align_of_val", "mem::drop", "mem::forget",
      "mem::replace", "mem::swap", "mem::take", "process::exit", "hint::black_box", "cmp::max", "cmp::min");

  /** Checks each module (the crate root and every inline module) on its own: rustc's scopes. */
  static void check(List<Item> module, Items items, List<Diagnostic> errors) {
    Set<String> clashed = new java.util.HashSet<>();
    for (Item it : module) {
      if (it instanceof Item.ModItem m) check(m.items(), items, errors);
      if (!(it instanceof Item.UseItem u)) continue;
      for (Item.UseTree t : u.trees()) {
        List<String> p = t.path();
        if (!StdPaths.isStd(p) || p.get(p.size() - 1).equals("*") || "_".equals(t.alias())) continue;
        String name = t.alias() != null ? t.alias() : p.get(p.size() - 1);
        String kind = kind(p, items);
        if (kind == null) continue;
        Span at = definition(module, name, !kind.equals("value"));
        if (at == null) continue;
        String ns = kind.equals("value") ? "value" : "type";
        Diagnostic d = Errors.coded("E0255", "the name `" + name + "` is defined multiple times", at,
            "`" + name + "` redefined here")
            .withLabel(t.span(), "previous import of the " + kind + " `" + name + "` here")
            .withNote("`" + name + "` must be defined only once in the " + ns + " namespace of this module");
        if (t.alias() == null) {
          Span end = new Span(t.span().end(), t.span().end(), t.span().endLine(), t.span().endCol(),
              t.span().endLine(), t.span().endCol());
          String other = Character.isLowerCase(name.charAt(0)) ? "other_" + name : "Other" + name;
          d = d.withSuggestion("you can use `as` to change the binding name of the import", end, " as " + other);
        }
        errors.add(d);
        clashed.add(name);
      }
    }
    for (Item it : module) {
      if (it instanceof Item.TraitItem t && items.preludeTraits.contains(t.name()) && !clashed.contains(t.name())) {
        // Traits are known by name: the user's would take the place of std's in formatting, operators
        // and derives (`impl Display for A` then `{}` of A printed through it), a silent wrong answer.
        errors.add(Errors.unsupported("a trait named like std's `" + t.name() + "`", t.nameSpan()));
      }
    }
  }

  /** What the imported std item is, as rustc words it (type, trait or value); null for a module or unknown. */
  private static String kind(List<String> p, Items items) {
    String last = p.get(p.size() - 1);
    String module = p.get(p.size() - 2);
    if (items.stdAdt(StdPaths.preludeName(p)) != null) return "type";
    if (items.preludeTraits.contains(last)) return "trait";
    boolean lower = !last.equals(last.toUpperCase());
    if (!lower) return "value";  // a constant: `use std::f64::consts::PI;`
    if (Character.isUpperCase(last.charAt(0))) return "type";
    return STD_FNS.contains(module + "::" + last) ? "value" : null;
  }

  /** The header of the module's item named so in the given namespace, or null. */
  private static Span definition(List<Item> module, String name, boolean typeNs) {
    for (Item it : module) {
      if (it instanceof Item.StructItem s && s.name().equals(name)
          && (typeNs || s.kind() != Item.StructKind.NAMED)) {
        return header(s.span(), s.nameSpan());
      }
      if (typeNs && it instanceof Item.EnumItem e && e.name().equals(name)) return header(e.span(), e.nameSpan());
      if (typeNs && it instanceof Item.TraitItem t && t.name().equals(name)) return header(t.span(), t.nameSpan());
      if (typeNs && it instanceof Item.TypeAlias a && a.name().equals(name)) return a.span();
      if (!typeNs && it instanceof Item.FnItem f && f.name().equals(name)) {
        // rustc points at the signature; it ends just before the body's brace.
        Span body = f.hasBody() ? f.body().span() : f.nameSpan();
        return body.line() == f.nameSpan().line() && body.col() > 1
            ? new Span(f.span().start(), body.start() - 1, f.span().line(), f.span().col(), body.line(), body.col() - 1)
            : header(f.span(), f.nameSpan());
      }
      if (!typeNs && it instanceof Item.ConstItem c && c.name().equals(name)) return header(c.span(), c.nameSpan());
    }
    return null;
  }

  /** From the item's first token to the end of its name: {@code struct Cell}, {@code pub enum Map}. */
  private static Span header(Span item, Span name) {
    return new Span(item.start(), name.end(), item.line(), item.col(), name.endLine(), name.endCol());
  }
}
