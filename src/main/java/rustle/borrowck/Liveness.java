package rustle.borrowck;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Which locals may still be used later (rustc's liveness of locals for NLL). A use is any read,
 * move or borrow of a place based on the local, a write through a pointer it holds, or the drop of
 * a value whose type has a user Drop impl. The return place is not used by returning: references
 * escaping through it are E0515's business.
 */
final class Liveness {
  private final Body body;
  /** StorageDeads that run a user Drop impl (they use the local), as [block][stmt]. */
  private final boolean[][] dropUses;
  private final List<BitSet> liveOut = new ArrayList<>();
  /** Arguments whose referent the caller sees after the call: what is stored there must outlive the body. */
  final BitSet escaping = new BitSet();

  Liveness(Body body, boolean[][] dropUses) {
    this.body = body;
    this.dropUses = dropUses;
    compute();
  }

  /** Locals live just before statement i of block b (i == size: at the end of the block). */
  BitSet before(int b, int i) {
    BitSet live = (BitSet) liveOut.get(b).clone();
    List<Statement> stmts = body.blocks.get(b).stmts;
    for (int j = stmts.size() - 1; j >= i; j--) step(live, stmts.get(j), b, j);
    return live;
  }

  /** Live-before of every statement of block b, plus the block's live-out at index size. */
  BitSet[] all(int b) {
    List<Statement> stmts = body.blocks.get(b).stmts;
    BitSet[] out = new BitSet[stmts.size() + 1];
    BitSet live = (BitSet) liveOut.get(b).clone();
    out[stmts.size()] = (BitSet) live.clone();
    for (int j = stmts.size() - 1; j >= 0; j--) {
      step(live, stmts.get(j), b, j);
      out[j] = (BitSet) live.clone();
    }
    return out;
  }

  /** {@code &mut T} arguments where T can hold references: what is stored behind them escapes. */
  static boolean escapes(LocalDecl d) {
    return d.kind == LocalDecl.Kind.ARG && d.ty instanceof rustle.types.Ty.Ref r && r.mutable()
        && Types.mayHoldRefs(r.inner());
  }

  private void compute() {
    for (int l = 0; l < body.locals.size(); l++) if (escapes(body.local(l))) escaping.set(l);
    int n = body.blocks.size();
    List<BitSet> liveIn = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      liveIn.add(new BitSet());
      liveOut.add(new BitSet());
    }
    boolean changed = true;
    while (changed) {
      changed = false;
      for (int b = n - 1; b >= 0; b--) {
        BitSet out = new BitSet();
        for (int s : body.blocks.get(b).succ) out.or(liveIn.get(s));
        if (body.blocks.get(b).returns) out.or(escaping);
        liveOut.set(b, out);
        BitSet in = (BitSet) out.clone();
        List<Statement> stmts = body.blocks.get(b).stmts;
        for (int j = stmts.size() - 1; j >= 0; j--) step(in, stmts.get(j), b, j);
        if (!in.equals(liveIn.get(b))) {
          liveIn.set(b, in);
          changed = true;
        }
      }
    }
  }

  private void step(BitSet live, Statement s, int b, int j) {
    if (s instanceof Statement.Assign a) {
      if (a.dest().isLocal()) live.clear(a.dest().local());
      if (a.dest().hasDeref()) live.set(a.dest().local());
      uses(a.rv(), live);
    } else if (s instanceof Statement.StorageDead sd) {
      if (dropUses[b][j]) live.set(sd.local());
      else live.clear(sd.local());
    } else if (s instanceof Statement.StorageLive sl) {
      live.clear(sl.local());
    } else if (s instanceof Statement.FakeRead fr) {
      live.set(fr.place().local());
    }
  }

  static void uses(Rvalue rv, BitSet live) {
    if (rv instanceof Rvalue.Ref r) {
      live.set(r.place().local());
      return;
    }
    List<Operand> ops = rv instanceof Rvalue.Use u ? List.of(u.op())
        : rv instanceof Rvalue.Aggregate ag ? ag.ops() : ((Rvalue.Call) rv).args();
    for (Operand o : ops) {
      Place p = Operand.placeOf(o);
      if (p != null) live.set(p.local());
    }
  }
}
