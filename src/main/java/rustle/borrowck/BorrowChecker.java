package rustle.borrowck;

import java.util.ArrayList;
import java.util.List;
import rustle.ast.Crate;
import rustle.check.CheckedProgram;
import rustle.check.Items;
import rustle.diag.Diagnostic;
import rustle.types.FnSig;

/**
 * The ownership phase, between type checking and evaluation: lifetimes in signatures (E0106), then
 * for each of the user's functions a borrow check in the manner of rustc_borrowck (moves,
 * initialization, mutability, conflicting and outliving borrows), on a control-flow graph of
 * statements over places with non-lexical lifetimes.
 */
public final class BorrowChecker {
  private BorrowChecker() {}

  /** The errors of the user's program, in rustc's order; empty when it is accepted. */
  public static List<Diagnostic> check(CheckedProgram program, Crate user) {
    return run(program, user, false);
  }

  /**
   * Only the E0106 errors (references in signatures whose lifetime cannot be elided). rustc finds
   * them while resolving names, before type checking, so they can be reported with type errors.
   */
  public static List<Diagnostic> lifetimeErrors(Crate user) {
    return Lifetimes.check(user);
  }

  /** As {@link #check}, but an internal failure propagates instead of being silenced (for tests). */
  static List<Diagnostic> checkStrict(CheckedProgram program, Crate user) {
    return run(program, user, true);
  }

  private static List<Diagnostic> run(CheckedProgram program, Crate user, boolean strict) {
    Items items = program.items();
    List<Diagnostic> out = new ArrayList<>(Lifetimes.check(user));
    // rustc does not borrow-check through signatures it could not resolve.
    if (!out.isEmpty()) return out;
    Clones.learn(items);
    Signatures sigs = new Signatures(items);
    for (FnSig.Def def : items.bodies) {
      if (def.fromPrelude || def.item == null || !def.item.hasBody()) continue;
      if (program.tables().fns.get(def) == null) continue;
      try {
        Body body = BodyBuilder.build(def, program.tables(), sigs);
        if (strict && System.getProperty("rustle.borrowck.dump") != null) System.err.print(body.dump());
        out.addAll(new Analysis(body).run());
        for (rustle.check.ClosureInfo ci : ClosureBodies.of(def, program.tables())) {
          Body cb = ClosureBodies.build(ci, program.tables(), sigs);
          if (cb != null) out.addAll(new Analysis(cb).run());
        }
      } catch (RuntimeException e) {
        // An internal failure must not reject a program rustc may accept.
        if (strict) throw e;
      }
    }
    return out;
  }
}
