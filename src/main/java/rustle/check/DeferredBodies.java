package rustle.check;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import rustle.diag.Diagnostic;
import rustle.types.FnSig;

/**
 * The prelude's function bodies and constants, checked when the interpreter first compiles them instead of
 * at every start: a small program uses a few of the prelude's 500 bodies, and checking them all cost more
 * than the rest of its checking (the constants, mostly the integer types' MIN/MAX/BITS, cost 5% of a
 * hello world's main thread). User code needs only their signatures, which are collected as before; bodies
 * whose return type they decide ({@code impl Trait}) are still checked up front. The prelude is trusted
 * code, so an error found late is rustle's bug and reported as one.
 */
final class DeferredBodies {
  private final Items items;
  private final Tables tables;
  private final Set<FnSig.Def> pending = new HashSet<>();
  private final Set<ConstDef> pendingConsts = new HashSet<>();

  DeferredBodies(Items items, Tables tables) {
    this.items = items;
    this.tables = tables;
  }

  void add(FnSig.Def def) {
    pending.add(def);
  }

  /** Checks def's body unless it has been (or is not deferred). */
  void check(FnSig.Def def) {
    if (!pending.remove(def)) return;
    List<Diagnostic> errors = new ArrayList<>();
    new FnCk(items.forPrelude(), tables, errors, new TyLowering(items.forPrelude(), errors), def,
        Checker.scopeFor(def)).checkFn();
    if (!errors.isEmpty()) {
      throw new IllegalStateException("the prelude's `" + def.path() + "` does not type check: "
          + errors.get(0).message());
    }
  }

  void addConst(ConstDef c) {
    pendingConsts.add(c);
  }

  /** Checks the prelude constant c's value unless it has been (or is not deferred). */
  void check(ConstDef c) {
    if (!pendingConsts.remove(c)) return;
    List<Diagnostic> errors = new ArrayList<>();
    FnCk ck = new FnCk(items.forPrelude(), tables, errors, new TyLowering(items.forPrelude(), errors), null,
        new TyLowering.Scope(new java.util.HashMap<>(), null));
    ck.checkConst(c.item.value(), c.ty);
    if (!errors.isEmpty()) {
      throw new IllegalStateException("the prelude's `" + c.path + "` does not type check: "
          + errors.get(0).message());
    }
  }

  /** Checks every body and constant still deferred (what the tests use to keep the whole prelude checked). */
  void checkAll() {
    for (FnSig.Def def : List.copyOf(pending)) check(def);
    for (ConstDef c : List.copyOf(pendingConsts)) check(c);
  }
}
