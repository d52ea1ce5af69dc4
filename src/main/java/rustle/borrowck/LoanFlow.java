package rustle.borrowck;

import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import rustle.types.Ty;

/**
 * Which loans each local may hold a reference derived from (the NLL approximation of region
 * inference: a loan lives while a local holding it is live), and which loans are in scope (issued,
 * and the borrowed local neither reassigned nor dead).
 */
final class LoanFlow implements Dataflow.Analysis<LoanFlow.State> {
  /** The loans each local may hold (locals holding none are absent), and the loans in scope. */
  static final class State {
    final Map<Integer, BitSet> holds;
    final BitSet inScope;

    State(Map<Integer, BitSet> holds, BitSet inScope) {
      this.holds = holds;
      this.inScope = inScope;
    }

    /** The loans local may hold, or null; not to be modified. */
    BitSet of(int local) {
      return holds.get(local);
    }
  }

  private static final BitSet EMPTY = new BitSet();
  private final Body body;
  private final Liveness liveness;

  /** With liveness given, the loans of locals that are dead where blocks join are forgotten. */
  LoanFlow(Body body, Liveness liveness) {
    this.body = body;
    this.liveness = liveness;
  }

  List<State> run() {
    State entry = bottom();
    for (int loan : body.paramLoans.keySet()) {
      entry.holds.computeIfAbsent(body.borrows.get(loan).place().local(), k -> new BitSet()).set(loan);
    }
    return Dataflow.forward(body, entry, this);
  }

  /** The loans local may hold, in state s (a fresh set). */
  BitSet held(State s, int local) {
    BitSet h = s.holds.get(local);
    return h == null ? new BitSet() : (BitSet) h.clone();
  }

  private BitSet peek(State s, int local) {
    BitSet h = s.holds.get(local);
    return h == null ? EMPTY : h;
  }

  private void add(State s, int local, BitSet loans) {
    if (loans.isEmpty()) return;
    s.holds.computeIfAbsent(local, k -> new BitSet()).or(loans);
  }

  @Override
  public State bottom() {
    return new State(new HashMap<>(), new BitSet());
  }

  @Override
  public State copy(State s) {
    Map<Integer, BitSet> h = new HashMap<>();
    for (Map.Entry<Integer, BitSet> e : s.holds.entrySet()) h.put(e.getKey(), (BitSet) e.getValue().clone());
    return new State(h, (BitSet) s.inScope.clone());
  }

  @Override
  public boolean join(State into, State from) {
    boolean changed = false;
    for (Map.Entry<Integer, BitSet> e : from.holds.entrySet()) {
      BitSet f = e.getValue();
      if (f.isEmpty()) continue;
      BitSet t = into.holds.get(e.getKey());
      if (t == null) {
        into.holds.put(e.getKey(), (BitSet) f.clone());
        changed = true;
      } else {
        int before = t.cardinality();
        t.or(f);
        changed |= t.cardinality() != before;
      }
    }
    int before = into.inScope.cardinality();
    into.inScope.or(from.inScope);
    return changed || into.inScope.cardinality() != before;
  }

  /** Forgets what dead locals hold (they are assigned before any further use); the return place is kept. */
  void prune(State s, BitSet live) {
    // A loop, not removeIf with a lambda: this runs in every program's check, and linking a lambda
    // costs a fresh JVM milliseconds.
    for (var it = s.holds.keySet().iterator(); it.hasNext(); ) {
      int l = it.next();
      if (l != 0 && !live.get(l)) it.remove();
    }
  }

  @Override
  public void apply(State s, Statement st, int block, int index) {
    if (st instanceof Statement.Assign a) {
      assign(s, a);
    } else if (st instanceof Statement.StorageDead sd) {
      s.holds.remove(sd.local());
      killLoansOf(s, sd.local());
    } else if (st instanceof Statement.StorageLive sl) {
      s.holds.remove(sl.local());
    }
    if (liveness != null && index == body.blocks.get(block).stmts.size() - 1) prune(s, liveness.before(block, index + 1));
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
      if (r.place().hasDeref() || Types.mayHoldRefs(Places.typeOf(body, r.place()))) {
        in.or(peek(s, r.place().local()));
        // A closure capturing a reference parameter does not make what it returns the parameter's data.
        if (r.kind() == Rvalue.RefKind.CLOSURE || r.kind() == Rvalue.RefKind.CLOSURE_ASSIGN) {
          for (int l : body.paramLoans.keySet()) in.clear(l);
        }
      }
    } else if (rv instanceof Rvalue.Call c) {
      call(s, c, a.ty(), in);
    } else {
      for (Operand o : MoveData.operands(a)) {
        Place p = Operand.placeOf(o);
        if (p != null) in.or(peek(s, p.local()));
      }
    }
    if (!Types.mayHoldRefsInBody(a.ty()) && !(rv instanceof Rvalue.Ref)) in.clear();
    Place dest = a.dest();
    if (dest.isLocal()) {
      s.holds.remove(dest.local());
      killLoansOf(s, dest.local());
    }
    add(s, dest.local(), in);
    if (dest.throughRef()) storeBehind(s, dest.local(), in);
  }

  /**
   * What a reference's referent holds, from the loans the reference holds (its own loan still among
   * them): a loan of a local (no deref on the way) that no local borrowed in the set holds is a borrow
   * that made the reference
   * ({@code &mut v} under {@code &mut v[1]}), not something inside the referent, since no value holds a
   * borrow of itself. Such loans are removed from h ({@code mem::replace(&mut v[1], x)} returns an
   * element, which cannot borrow v); what those locals hold stays.
   */
  private void dropCreationLoans(State s, BitSet h) {
    BitSet inner = new BitSet();
    for (int l = h.nextSetBit(0); l >= 0; l = h.nextSetBit(l + 1)) {
      Place bp = body.borrows.get(l).place();
      if (!bp.hasDeref()) inner.or(peek(s, bp.local()));
    }
    for (int l = h.nextSetBit(0); l >= 0; l = h.nextSetBit(l + 1)) {
      Place bp = body.borrows.get(l).place();
      if (!bp.hasDeref() && !inner.get(l)) h.clear(l);
    }
  }

  private void call(State s, Rvalue.Call c, Ty resultTy, BitSet result) {
    List<Operand> args = c.args();
    CallFlow f = c.flow();
    boolean resultHoldsClosure = mentionsClosure(resultTy);
    for (int i = 0; i < args.size(); i++) {
      Place p = Operand.placeOf(args.get(i));
      byte mode = i < f.intoResult().length ? f.intoResult()[i] : CallFlow.ALL;
      if (p == null || mode == CallFlow.NONE) continue;
      int own = body.local(p.local()).ownLoan;
      BitSet h;
      if (mode == CallFlow.INNER && own >= 0 && peek(s, p.local()).get(own)) {
        h = held(s, p.local());
        dropCreationLoans(s, h);
        h.clear(own);
      } else {
        h = peek(s, p.local());
      }
      Ty at = Places.typeOf(body, p);
      if (!resultHoldsClosure && mentionsClosure(at) && !(at instanceof Ty.Ref r && r.inner() instanceof Ty.Closure)) {
        // A closure given to an adapter or consumer (filter, find, collect of a Filter) stays behind:
        // the items or value produced do not borrow what it captured.
        h = (BitSet) h.clone();
        for (int l = h.nextSetBit(0); l >= 0; l = h.nextSetBit(l + 1)) {
          Rvalue.RefKind k = body.borrows.get(l).kind();
          if (k == Rvalue.RefKind.CLOSURE || k == Rvalue.RefKind.CLOSURE_ASSIGN) h.clear(l);
        }
      }
      List<Ty> byRef = new java.util.ArrayList<>();
      byRefInners(at, byRef);
      if (!byRef.isEmpty() && !mentionsByRef(resultTy)) {
        // An adapter over `&mut it` (`it.by_ref().take(2)`) given to a consumer stays behind: the items or
        // value produced do not borrow the iterator it advanced.
        h = (BitSet) h.clone();
        for (int l = h.nextSetBit(0); l >= 0; l = h.nextSetBit(l + 1)) {
          if (byRef.contains(Places.typeOf(body, body.borrows.get(l).place()))) h.clear(l);
        }
      }
      if (i > 0 && !f.exact() && !body.paramLoans.isEmpty()) {
        h = (BitSet) h.clone();
        for (int l : body.paramLoans.keySet()) h.clear(l);
      }
      result.or(h);
    }
    for (int j = 0; j < args.size() && j < f.intoArg().length; j++) {
      int[] src = f.intoArg()[j];
      Place target = Operand.placeOf(args.get(j));
      if (src == null || target == null) continue;
      // Only a referent whose type can hold references can keep the stored ones.
      if (Places.typeOf(body, target) instanceof Ty.Ref r && !Types.mayHoldRefsInBody(r.inner())) continue;
      BitSet stored = new BitSet();
      for (int k : src) {
        int i = k < 0 ? ~k : k;
        Place p = i < args.size() ? Operand.placeOf(args.get(i)) : null;
        if (p == null) continue;
        BitSet h = held(s, p.local());
        int own = body.local(p.local()).ownLoan;
        if (k < 0 && own >= 0) {
          dropCreationLoans(s, h);
          h.clear(own);
        }
        stored.or(h);
      }
      add(s, target.local(), stored);
      storeBehind(s, target.local(), stored);
    }
  }

  /** Whether a value of type t may hold a closure (a closure, an iterator adapter over one). */
  /** The iterator types I of the prelude's ByRef<I> (`&mut I` as an iterator) inside t. */
  private static void byRefInners(Ty t, List<Ty> out) {
    if (t instanceof Ty.Ref r) byRefInners(r.inner(), out);
    if (t instanceof Ty.Adt a) {
      if (a.def().fromPrelude && a.def().name.equals("ByRef") && a.args().size() == 1) out.add(a.args().get(0));
      for (Ty x : a.args()) byRefInners(x, out);
    }
  }

  private static boolean mentionsByRef(Ty t) {
    List<Ty> l = new java.util.ArrayList<>();
    byRefInners(t, l);
    return !l.isEmpty();
  }

  private static boolean mentionsClosure(Ty t) {
    if (t instanceof Ty.Closure) return true;
    if (t instanceof Ty.Ref r) return mentionsClosure(r.inner());
    if (t instanceof Ty.Adt a) {
      for (Ty x : a.args()) if (mentionsClosure(x)) return true;
    }
    if (t instanceof Ty.Tuple tu) {
      for (Ty x : tu.elems()) if (mentionsClosure(x)) return true;
    }
    return false;
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
    for (int i : body.borrows.ofLocal(local)) s.inScope.clear(i);
  }
}
