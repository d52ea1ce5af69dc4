package rustle.borrowck;

import java.util.BitSet;
import java.util.List;

/**
 * Initialization dataflow: the moves that may have happened without the place being assigned again
 * (for E0382), the locals that may never have been assigned since they came into scope (E0381),
 * the locals that may hold a value (drop liveness), and those ever assigned (E0384).
 */
final class InitFlow implements Dataflow.Analysis<InitFlow.State> {
  static final class State {
    final BitSet moved;
    final BitSet uninit;
    final BitSet init;
    final BitSet ever;

    State(BitSet moved, BitSet uninit, BitSet init, BitSet ever) {
      this.moved = moved;
      this.uninit = uninit;
      this.init = init;
      this.ever = ever;
    }
  }

  private final Body body;
  private final MoveData moves;

  InitFlow(Body body, MoveData moves) {
    this.body = body;
    this.moves = moves;
  }

  State entry() {
    State s = bottom();
    for (int l = 0; l < body.locals.size(); l++) {
      if (body.local(l).kind == LocalDecl.Kind.ARG) {
        s.init.set(l);
        s.ever.set(l);
      } else {
        s.uninit.set(l);
      }
    }
    return s;
  }

  List<State> run() {
    return Dataflow.forward(body, entry(), this);
  }

  @Override
  public State bottom() {
    return new State(new BitSet(), new BitSet(), new BitSet(), new BitSet());
  }

  @Override
  public State copy(State s) {
    return new State((BitSet) s.moved.clone(), (BitSet) s.uninit.clone(), (BitSet) s.init.clone(),
        (BitSet) s.ever.clone());
  }

  @Override
  public boolean join(State into, State from) {
    boolean changed = or(into.moved, from.moved);
    changed |= or(into.uninit, from.uninit);
    changed |= or(into.init, from.init);
    changed |= or(into.ever, from.ever);
    return changed;
  }

  private static boolean or(BitSet into, BitSet from) {
    int before = into.cardinality();
    into.or(from);
    return into.cardinality() != before;
  }

  @Override
  public void apply(State s, Statement st, int block, int index) {
    if (st instanceof Statement.Assign a) {
      for (Operand o : MoveData.operands(st)) {
        if (!(o instanceof Operand.Move m)) continue;
        // Moved-out values (temporaries too) are not dropped at the end of their scope.
        if (m.place().isLocal()) s.init.clear(m.place().local());
        int mi = moves.indexOf(o);
        if (mi >= 0) s.moved.set(mi);
      }
      Place dest = a.dest();
      if (dest.throughRef()) return;
      // Assigning a place initializes it and everything inside it again.
      for (MoveData.MoveOut m : moves.ofLocal(dest.local())) {
        if (s.moved.get(m.index()) && dest.isPrefixOf(m.op().place())) s.moved.clear(m.index());
      }
      int l = dest.local();
      s.init.set(l);
      if (dest.isLocal()) {
        s.uninit.clear(l);
        s.ever.set(l);
      }
    } else if (st instanceof Statement.StorageLive sl) {
      reset(s, sl.local());
    } else if (st instanceof Statement.StorageDead sd) {
      reset(s, sd.local());
    }
  }

  private void reset(State s, int l) {
    s.uninit.set(l);
    s.init.clear(l);
    s.ever.clear(l);
    for (MoveData.MoveOut m : moves.ofLocal(l)) s.moved.clear(m.index());
  }
}
