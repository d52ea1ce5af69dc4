package rustle.check;

import rustle.types.FnSig;

/** The output of checking: the item table, the side tables keyed by node id, and the entry point. */
public record CheckedProgram(Items items, Tables tables, FnSig.Def main) {}
