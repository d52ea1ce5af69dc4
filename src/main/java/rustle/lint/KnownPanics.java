package rustle.lint;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import rustle.ast.Expr;
import rustle.ast.Item;
import rustle.ast.Pattern;
import rustle.ast.Span;
import rustle.check.CheckedProgram;
import rustle.diag.Diagnostic;
import rustle.diag.Errors;
import rustle.types.FnSig;

/**
 * rustc's deny-by-default lints of operations that will certainly panic ({@code arithmetic_overflow},
 * {@code unconditional_panic}; its KnownPanicsLint): a conservative subset that reports only what the
 * values known at compile time prove, body by body in source order, closures after their function. A body
 * with ownership errors is not linted (rustc lints only bodies that pass the borrow checker).
 */
public final class KnownPanics {
  private KnownPanics() {}

  /** The ownership errors and the lints together, in the order rustc reports them: body by body. */
  public static List<Diagnostic> check(CheckedProgram program, List<Diagnostic> ownership, String source) {
    LintLevels levels = LintLevels.of(source);
    if (!levels.overflowOn && !levels.panicOn) return ownership;
    List<Item.FnItem> fns = new ArrayList<>();
    for (FnSig.Def def : program.items().bodies) {
      if (!def.fromPrelude && def.item != null && def.item.body() != null) fns.add(def.item);
    }
    fns.sort(Comparator.comparingInt(f -> f.span().start()));
    List<Walker.Finding> found = new ArrayList<>();
    java.util.Set<rustle.check.ConstDef> consts = Consts.evaluable(program.items());
    for (Item.FnItem f : fns) {
      if (ownership.stream().anyMatch(d -> inside(d.primary(), f.span()))) continue;
      List<Pattern> params = f.params().stream().map(Item.Param::pattern).toList();
      found.addAll(body(program, consts, params, f.body()));
      Children.closures(f.body(), c -> found.addAll(
          body(program, consts, c.params().stream().map(Expr.ClosureParam::pattern).toList(), c.body())));
    }
    List<Diagnostic> all = new ArrayList<>(ownership);
    boolean overflowSeen = false, panicSeen = false;
    for (Walker.Finding x : found) {
      if (!levels.on(x.overflow())) continue;
      if (x.overflow()) {
        all.add(Errors.arithmeticOverflow(x.span(), x.what(), !overflowSeen));
        overflowSeen = true;
      } else {
        all.add(Errors.unconditionalPanic(x.span(), x.what(), !panicSeen));
        panicSeen = true;
      }
    }
    if (all.size() == ownership.size()) return ownership;
    // rustc finishes one body (borrow check, then these lints) before the next
    all.sort(Comparator.comparingInt(d -> owner(fns, d.primary())));
    return all;
  }

  private static List<Walker.Finding> body(CheckedProgram program, java.util.Set<rustle.check.ConstDef> consts,
      List<Pattern> params, Expr body) {
    Scan scan = new Scan(program.tables());
    params.forEach(scan::pattern);
    scan.expr(body);
    return new Walker(program.tables(), scan, consts).run(params, body);
  }

  private static boolean inside(Span s, Span outer) {
    return s != null && s.start() >= outer.start() && s.end() <= outer.end();
  }

  /** The start of the innermost function that holds s (0 outside every function). */
  private static int owner(List<Item.FnItem> fns, Span s) {
    int best = 0;
    for (Item.FnItem f : fns) if (inside(s, f.span()) && f.span().start() >= best) best = f.span().start();
    return best;
  }
}
