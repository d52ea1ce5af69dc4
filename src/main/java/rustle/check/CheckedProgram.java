package rustle.check;

import rustle.types.FnSig;

/** The output of checking: the item table, the side tables keyed by node id, and the entry point. */
public record CheckedProgram(Items items, Tables tables, FnSig.Def main) {
  /**
   * Makes sure def's body is in the tables before it is compiled: the prelude's bodies are checked on
   * first use ({@link DeferredBodies}).
   */
  public void checkBody(FnSig.Def def) {
    if (tables.deferred != null) tables.deferred.check(def);
  }

  /** Makes sure constant c's value is in the tables before it is compiled (see {@link DeferredBodies}). */
  public void checkConst(ConstDef c) {
    if (tables.deferred != null) tables.deferred.check(c);
  }

  /** Checks every deferred prelude body and constant now. */
  public void checkAllBodies() {
    if (tables.deferred != null) tables.deferred.checkAll();
  }
}
