package rustle.borrowck;

import java.util.BitSet;

/**
 * Where the checker stands: a statement of a block, with the dataflow states just before it and the
 * locals live there. Live loans are computed on demand.
 */
final class Location {
  final int block;
  final int stmt;
  final InitFlow.State init;
  final LoanFlow.State loans;
  final BitSet live;
  private final BitSet escaping;
  private BitSet liveLoans;

  /** escaping: loans returned to the caller, which are live wherever they are in scope. */
  Location(int block, int stmt, InitFlow.State init, LoanFlow.State loans, BitSet live, BitSet escaping) {
    this.block = block;
    this.stmt = stmt;
    this.init = init;
    this.loans = loans;
    this.live = live;
    this.escaping = escaping;
  }

  /** Loans in scope and held by a local that is live here: those an access here may invalidate. */
  BitSet liveLoans() {
    if (liveLoans == null) {
      BitSet r = new BitSet();
      for (int l = live.nextSetBit(0); l >= 0; l = live.nextSetBit(l + 1)) {
        BitSet h = loans.of(l);
        if (h != null) r.or(h);
      }
      r.or(escaping);
      r.and(loans.inScope);
      liveLoans = r;
    }
    return liveLoans;
  }
}
