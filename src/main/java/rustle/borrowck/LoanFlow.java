package rustle.borrowck;

import java.util.BitSet;
import java.util.List;
import rustle.types.Ty;

/**
 * Which loans each local may hold a reference derived from (the NLL approximation of region
 * inference: a loan lives while a local holding it is live), and which loans are in scope (issued,
 * and the borrowed local neither reassigned nor dead).
 */
final class LoanFlow implements Dataflow.Analysis<LoanFlow.State> {
  static final class State {
    /** Bit local * loans + loan: local may hold a reference derived from loan. */
    final BitSet holds;
    final BitSet inScope;

    State(BitSet holds, BitSet inScope) {
      this.holds = holds;
      this.inScope = inScope;
    }
  }

  private final Body body;
  private final int k;

  LoanFlow(Body body) {
    this.body = body;
    this.k = Math.max(1, body.borrows.size());
  }

  List<State> run() {
    return Dataflow.forward(body, bottom(), this);
  }

  /** The loans local may hold, in state s. */
  BitSet held(State s, int local) {
    return s.holds.get(local * k, local * k + k);
  }

  private void add(State s, int local, BitSet loans) {
    for (int i = loans.nextSetBit(0); i >= 0; i = loans.nextSetBit(i + 1)) s.holds.set(local * k + i);
  }

  private void clear(State s, int local) {
    s.holds.clear(local * k, local * k + k);
  }

  @Override
  public State bottom() {
    return new State(new BitSet(), new BitSet());
  }

  @Override
  public State copy(State s) {
    return new State((BitSet) s.holds.clone(), (BitSet) s.inScope.clone());
  }

  @Override
  public boolean join(State into, State from) {
    int a = into.holds.cardinality() + into.inScope.cardinality();
    into.holds.or(from.holds);
    into.inScope.or(from.inScope);
    return into.holds.cardinality() + into.inScope.cardinality() != a;
  }

  @Override
  public void apply(State s, Statement st, int block, int index) {
    if (st instanceof Statement.Assign a) {
      assign(s, a);
    } else if (st instanceof Statement.StorageDead sd) {
      clear(s, sd.local());
      killLoansOf(s, sd.local());
    } else if (st instanceof Statement.StorageLive sl) {
      clear(s, sl.local());
    }
  }

  private void assign(State s, Statement.Assign a) {
    BitSet in = new BitSet();
    Rvalue rv = a.rv();
    if (rv instanceof Rvalue.Ref r) {
      if (r.loan() >= 0) {
        in.set(r.loan());
        s.inScope.set(r.loan());
      }
      // A reborrow through a reference lives no longer than the reference it goes through, and a
      // reference to a value holding references no longer than those.
      if (r.place().hasDeref() || Types.mayHoldRefs(Places.typeOf(body, r.place()))) in.or(held(s, r.place().local()));
    } else if (rv instanceof Rvalue.Call c) {
      call(s, c, in);
    } else {
      for (Operand o : MoveData.operands(a)) {
        Place p = Operand.placeOf(o);
        if (p != null) in.or(held(s, p.local()));
      }
    }
    if (!Types.mayHoldRefs(a.ty()) && !(rv instanceof Rvalue.Ref)) in.clear();
    Place dest = a.dest();
    if (dest.isLocal()) {
      clear(s, dest.local());
      killLoansOf(s, dest.local());
    }
    add(s, dest.local(), in);
    if (dest.throughRef()) storeBehind(s, dest.local(), in);
  }

  private void call(State s, Rvalue.Call c, BitSet result) {
    List<Operand> args = c.args();
    CallFlow f = c.flow();
    for (int i = 0; i < args.size(); i++) {
      Place p = Operand.placeOf(args.get(i));
      byte mode = i < f.intoResult().length ? f.intoResult()[i] : CallFlow.ALL;
      if (p == null || mode == CallFlow.NONE) continue;
      BitSet h = held(s, p.local());
      int own = body.local(p.local()).ownLoan;
      if (mode == CallFlow.INNER && own >= 0) h.clear(own);
      result.or(h);
    }
    for (int j = 0; j < args.size() && j < f.intoArg().length; j++) {
      int[] src = f.intoArg()[j];
      Place target = Operand.placeOf(args.get(j));
      if (src == null || target == null) continue;
      // Only a referent whose type can hold references can keep the stored ones.
      if (Places.typeOf(body, target) instanceof Ty.Ref r && !Types.mayHoldRefs(r.inner())) continue;
      BitSet stored = new BitSet();
      for (int i : src) {
        Place p = i < args.size() ? Operand.placeOf(args.get(i)) : null;
        if (p != null) stored.or(held(s, p.local()));
      }
      add(s, target.local(), stored);
      storeBehind(s, target.local(), stored);
    }
  }

  /** References written through a {@code &mut} held by local end up in the places it mutably borrows. */
  private void storeBehind(State s, int local, BitSet loans) {
    if (loans.isEmpty()) return;
    BitSet via = held(s, local);
    for (int i = via.nextSetBit(0); i >= 0; i = via.nextSetBit(i + 1)) {
      Loan l = body.borrows.get(i);
      if (l.mutable()) add(s, l.place().local(), loans);
    }
  }

  /**
   * Assigning or killing a local ends every loan of a place based on it, as rustc's
   * kill_borrows_on_place does: later accesses are to a new value.
   */
  private void killLoansOf(State s, int local) {
    for (Loan l : body.borrows.loans) {
      if (l.place().local() == local) s.inScope.clear(l.index());
    }
  }
}
