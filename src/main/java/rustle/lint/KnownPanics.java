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
    fns.sort(BY_START);
    List<Walker.Finding> found = new ArrayList<>();
    java.util.Set<rustle.check.ConstDef> consts = Consts.evaluable(program.items());
    for (Item.FnItem f : fns) {
      if (hasErrorIn(ownership, f.span())) continue;
      List<Pattern> params = new ArrayList<>();
      for (Item.Param p : f.params()) params.add(p.pattern());
      found.addAll(body(program, consts, params, f.body()));
      List<Expr.Closure> closures = new ArrayList<>();
      Children.closures(f.body(), closures::add);
      for (Expr.Closure c : closures) {
        List<Pattern> cps = new ArrayList<>();
        for (Expr.ClosureParam p : c.params()) cps.add(p.pattern());
        found.addAll(body(program, consts, cps, c.body()));
      }
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
    all.sort(new Comparator<Diagnostic>() {
      @Override
      public int compare(Diagnostic a, Diagnostic b) {
        return Integer.compare(owner(fns, a.primary()), owner(fns, b.primary()));
      }
    });
    return all;
  }

  /**
   * Functions by where they start. Classes, not lambdas or streams, on the path every run takes: a
   * lambda's first use in a fresh JVM links method handles, milliseconds of each start-up.
   */
  private static final Comparator<Item.FnItem> BY_START = new Comparator<>() {
    @Override
    public int compare(Item.FnItem a, Item.FnItem b) {
      return Integer.compare(a.span().start(), b.span().start());
    }
  };

  private static boolean hasErrorIn(List<Diagnostic> ds, Span span) {
    for (Diagnostic d : ds) if (inside(d.primary(), span)) return true;
    return false;
  }

  private static List<Walker.Finding> body(CheckedProgram program, java.util.Set<rustle.check.ConstDef> consts,
      List<Pattern> params, Expr body) {
    Scan scan = new Scan(program.tables());
    for (Pattern p : params) scan.pattern(p);
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
