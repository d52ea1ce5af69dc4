package rustle.check;

import rustle.ast.Span;
import rustle.diag.Errors;
import rustle.types.Ty;

/**
 * Supertrait obligations: {@code impl OutlinePrint for Point} needs {@code Point: Display} when the
 * trait is declared {@code trait OutlinePrint: fmt::Display}, and so does every call of one of its
 * methods on a {@code Point} (rustc reports both, E0277).
 */
final class SuperBounds {
  private final FnCk cx;

  SuperBounds(FnCk cx) {
    this.cx = cx;
  }

  /** Reports E0277 at span for the first supertrait of trait (transitively) that self lacks. */
  boolean check(Ty self, String trait, Span span) {
    String missing = missing(self, trait, 0);
    if (missing == null) return true;
    String shown = cx.show(self);
    boolean fmt = missing.equals("Display") || missing.equals("Debug");
    cx.error(Errors.coded("E0277", fmt ? "`" + shown + "` doesn't implement `std::fmt::" + missing + "`"
        : "the trait bound `" + shown + ": " + missing + "` is not satisfied", span, "unsatisfied trait bound"));
    return false;
  }

  private String missing(Ty self, String trait, int depth) {
    TraitDef td = cx.items.traits.get(trait);
    if (td == null || depth > 8) return null;
    for (String s : td.supertraits) {
      if (!has(self, s)) return s;
      String deeper = missing(self, s, depth + 1);
      if (deeper != null) return deeper;
    }
    return null;
  }

  /** Whether self implements trait, for the traits rustle models; others are assumed to hold. */
  private boolean has(Ty self, String trait) {
    if (cx.resolve(self) instanceof Ty.Param) return true;
    switch (trait) {
      case "Display": return cx.methods.natives.isDisplay(self);
      case "Debug": return cx.macros.fmtTraits().isDebug(self);
      case "Clone": return cx.methods.natives.isClone(self);
      default:
        if (!cx.items.traits.containsKey(trait) || cx.items.traits.get(trait).item == null) return true;
        return cx.exprs.paths.implementsTrait(self, trait);
    }
  }
}
