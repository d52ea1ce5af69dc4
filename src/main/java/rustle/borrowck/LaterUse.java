package rustle.borrowck;

import java.util.ArrayDeque;
import java.util.BitSet;
import java.util.List;
import rustle.ast.Span;

/**
 * Explains why a loan is still live (rustc's explain_why_borrow_contains_point): searches forward,
 * breadth first, for the first statement that uses a local holding a reference derived from it.
 */
final class LaterUse {
  /**
   * Where the borrow is used later, through which local; byCall when a call consumes it ("used by
   * call"); again when the search went round a loop to find it.
   */
  record Use(Span span, boolean byCall, int local, boolean again, String dropped) {
    Use(Span span, boolean byCall, int local) {
      this(span, byCall, local, false, null);
    }
  }

  private final Body body;
  private final LoanFlow flow;
  private final boolean[][] dropUses;

  LaterUse(Body body, LoanFlow flow, boolean[][] dropUses) {
    this.body = body;
    this.flow = flow;
    this.dropUses = dropUses;
  }

  /** The first use of loan after statement stmt of block, given the loan state just before that statement. */
  Use find(int loan, int block, int stmt, LoanFlow.State before) {
    LoanFlow.State s = flow.copy(before);
    List<Statement> first = body.blocks.get(block).stmts;
    if (stmt < first.size()) flow.apply(s, first.get(stmt), block, stmt);
    record Item(int block, int from, LoanFlow.State state, boolean again) {}
    ArrayDeque<Item> queue = new ArrayDeque<>();
    boolean[] seen = new boolean[body.blocks.size()];
    queue.add(new Item(block, stmt + 1, s, false));
    while (!queue.isEmpty()) {
      Item it = queue.poll();
      LoanFlow.State st = it.state();
      List<Statement> stmts = body.blocks.get(it.block()).stmts;
      for (int j = it.from(); j < stmts.size(); j++) {
        Use u = use(stmts.get(j), st, loan, it.block(), j);
        if (u != null) return new Use(u.span(), u.byCall(), u.local(), it.again(), u.dropped());
        flow.apply(st, stmts.get(j), it.block(), j);
      }
      for (int succ : body.blocks.get(it.block()).succ) {
        if (!seen[succ]) {
          seen[succ] = true;
          boolean back = body.loopHeads.contains(succ) && succ <= it.block();
          queue.add(new Item(succ, 0, flow.copy(st), it.again() || back));
        }
      }
    }
    return null;
  }

  private List<LoanFlow.State> entry;

  /** The fixpoint's states at block entries, for replaying from the start of the body. */
  void entryStates(List<LoanFlow.State> in) {
    this.entry = in;
  }

  /**
   * The statement that stored a reference derived from loan behind argument local: a call or an
   * assignment, or null.
   */
  Statement.Assign storedAt(int loan, int local) {
    if (entry == null) return null;
    for (int b = 0; b < body.blocks.size(); b++) {
      LoanFlow.State s = flow.copy(entry.get(b));
      List<Statement> stmts = body.blocks.get(b).stmts;
      for (int j = 0; j < stmts.size(); j++) {
        boolean before = holds(s, local, loan);
        flow.apply(s, stmts.get(j), b, j);
        if (!before && holds(s, local, loan) && stmts.get(j) instanceof Statement.Assign a
            && (a.rv() instanceof Rvalue.Call || a.dest().local() == local)) {
          return a;
        }
      }
    }
    return null;
  }

  private boolean holds(LoanFlow.State s, int local, int loan) {
    BitSet h = s.of(local);
    return h != null && h.get(loan);
  }

  private Use use(Statement st, LoanFlow.State s, int loan, int b, int j) {
    if (st instanceof Statement.Assign a) {
      Rvalue rv = a.rv();
      if (rv instanceof Rvalue.Ref r) {
        if (holds(s, r.place().local(), loan)) return new Use(r.span(), false, r.place().local());
      } else if (rv instanceof Rvalue.Call c) {
        for (Operand o : c.args()) {
          Place p = Operand.placeOf(o);
          if (p != null && holds(s, p.local(), loan)) return new Use(c.callee(), true, p.local());
        }
      } else {
        for (Operand o : MoveData.operands(a)) {
          Place p = Operand.placeOf(o);
          if (p != null && holds(s, p.local(), loan)) return new Use(Operand.spanOf(o), false, p.local());
        }
      }
      if (a.dest().hasDeref() && holds(s, a.dest().local(), loan)) {
        // Indexing checks the bounds first: rustc finds that read of the place itself.
        boolean indexed = a.dest().projection().stream().anyMatch(e -> e instanceof Place.Index);
        return new Use(indexed ? a.target() : a.span(), false, a.dest().local());
      }
    } else if (st instanceof Statement.FakeRead fr) {
      if (holds(s, fr.place().local(), loan)) return new Use(fr.span(), false, fr.place().local());
    } else if (st instanceof Statement.StorageDead sd) {
      if (dropUses[b][j] && holds(s, sd.local(), loan)) {
        LocalDecl d = body.local(sd.local());
        String who = d.isTemp() ? "that temporary" : "`" + d.name + "`";
        return new Use(sd.span(), false, sd.local(), false, "when " + who + " is dropped and runs the `Drop` code for type `"
            + rustle.types.TyPrinter.show(d.ty) + "`");
      }
    }
    return null;
  }

  /** rustc's later-use label: prefix is "first ", "immutable ", "mutable " or "". */
  static String label(Use u, String prefix, Span loanSpan) {
    if (u.dropped() != null) return prefix + "borrow might be used here, " + u.dropped();
    // rustc says "in later iteration" when the use comes before the borrow in the loop body. A call
    // is after its arguments whatever its span: only going round the loop puts it before.
    boolean laterIteration = u.byCall() ? u.again() : u.span().start() < loanSpan.start();
    if (laterIteration) {
      return prefix + (u.byCall() ? "borrow used by call" : "borrow used here") + ", in later iteration of loop";
    }
    return prefix + (u.byCall() ? "borrow later used by call" : "borrow later used here");
  }
}
