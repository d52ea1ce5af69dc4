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
  private final LoanFlow flow;
  private BitSet liveLoans;

  Location(int block, int stmt, InitFlow.State init, LoanFlow.State loans, BitSet live, LoanFlow flow) {
    this.block = block;
    this.stmt = stmt;
    this.init = init;
    this.loans = loans;
    this.live = live;
    this.flow = flow;
  }

  /** Loans in scope and held by a local that is live here: those an access here may invalidate. */
  BitSet liveLoans() {
    if (liveLoans == null) {
      BitSet r = new BitSet();
      for (int l = live.nextSetBit(0); l >= 0; l = live.nextSetBit(l + 1)) {
        BitSet h = loans.of(l);
        if (h != null) r.or(h);
      }
      r.and(loans.inScope);
      liveLoans = r;
    }
    return liveLoans;
  }
}
