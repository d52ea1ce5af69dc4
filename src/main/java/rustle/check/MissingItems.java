package rustle.check;

import java.util.ArrayList;
import java.util.List;
import rustle.ast.Item;
import rustle.ast.Span;
import rustle.diag.Diagnostic;
import rustle.diag.Errors;

/**
 * rustc's E0407 (a method the program's trait does not declare) and E0046: an {@code impl Trait for
 * Type} that leaves out a method without a default body or an associated type of the trait. The program's traits are read from their declarations; of std's
 * traits, only those whose items the program writes itself (Iterator's {@code Item} and {@code next})
 * are checked here.
 */
final class MissingItems {
  private MissingItems() {}

  static void check(Item.ImplItem im, TraitDef td, boolean fromPrelude, List<Diagnostic> errors) {
    if (!fromPrelude) notMembers(im, td, errors);
    List<String> missing = new ArrayList<>();
    List<String> helps = new ArrayList<>();
    List<Span> from = new ArrayList<>();
    if (!fromPrelude) {
      for (Item.TypeAlias t : td.item.types()) {
        if (t.type() == null && !hasType(im, t.name())) {
          missing.add(t.name());
          from.add(t.span());
        }
      }
      for (Item.FnItem f : td.item.fns()) {
        if (!f.hasBody() && !hasFn(im, f.name())) {
          // An associated const (syntax.ItemBuilder.constFns) by its own name.
          missing.add(f.name().startsWith("__const_") ? f.name().substring(8) : f.name());
          from.add(f.span());
        }
      }
    } else if (td.name.equals("Iterator")) {
      if (!hasType(im, "Item")) {
        missing.add("Item");
        helps.add("type Item = /* Type */;");
      }
      if (!hasFn(im, "next")) {
        missing.add("next");
        helps.add("fn next(&mut self) -> Option<<Self as Iterator>::Item> { todo!() }");
      }
    }
    if (missing.isEmpty()) return;
    StringBuilder names = new StringBuilder();
    for (String n : missing) names.append(names.length() == 0 ? "" : ", ").append('`').append(n).append('`');
    Span s = im.span();
    Span st = im.selfType().span();
    Span header = new Span(s.start(), st.end(), s.line(), s.col(), st.endLine(), st.endCol());
    Diagnostic d = Errors.coded("E0046", "not all trait items implemented, missing: " + names, header,
        "missing " + names + " in implementation");
    for (int i = 0; i < from.size(); i++) d = d.withLabel(from.get(i), "`" + missing.get(i) + "` from trait");
    if (helps.size() == 1) d = d.withHelp("implement the missing item: `" + helps.get(0) + "`");
    errors.add(d);
  }

  /** rustc's E0407: a method in `impl Trait for T` that the program's trait does not declare. */
  private static void notMembers(Item.ImplItem im, TraitDef td, List<Diagnostic> errors) {
    for (Item.FnItem f : im.fns()) {
      if (f.name().startsWith("__const_")) continue;
      boolean declared = false;
      for (Item.FnItem t : td.item.fns()) declared |= t.name().equals(f.name());
      if (!declared) {
        errors.add(Errors.coded("E0407", "method `" + f.name() + "` is not a member of trait `" + td.name + "`",
            f.span(), "not a member of trait `" + td.name + "`"));
      }
    }
  }

  private static boolean hasType(Item.ImplItem im, String name) {
    for (Item.TypeAlias t : im.types()) if (t.name().equals(name)) return true;
    return false;
  }

  private static boolean hasFn(Item.ImplItem im, String name) {
    for (Item.FnItem f : im.fns()) if (f.name().equals(name)) return true;
    return false;
  }
}
