package rustle.borrowck;

import java.util.BitSet;
import java.util.List;
import rustle.ast.Expr;
import rustle.ast.Span;
import rustle.diag.Diagnostic;
import rustle.diag.Errors;

/**
 * Borrow-checks one lowered body: runs the dataflow analyses to a fixpoint, then walks every
 * statement with the states before it and checks each access it makes (rustc's MirBorrowckCtxt).
 */
final class Analysis {
  private final Body body;
  private final Diags diags = new Diags();
  private MoveData moves;
  private InitFlow init;
  private LoanFlow loans;
  private MoveErrors moveErrors;
  private MoveOutErrors moveOutErrors;
  private MutErrors mutErrors;
  private ConflictErrors conflicts;

  Analysis(Body body) {
    this.body = body;
  }

  List<Diagnostic> run() {
    moves = new MoveData(body);
    init = new InitFlow(body, moves);
    List<InitFlow.State> initIn = init.run();
    boolean[][] dropUses = dropUses(initIn);
    List<rustle.check.LocalVar> dead = deadAtScopeEnds(initIn);
    Liveness liveness = new Liveness(body, dropUses);
    loans = new LoanFlow(body, liveness);
    List<LoanFlow.State> loanIn = loans.run();
    moveErrors = new MoveErrors(body, moves, diags);
    moveOutErrors = new MoveOutErrors(body, diags);
    mutErrors = new MutErrors(body, diags);
    LaterUse later = new LaterUse(body, loans, dropUses);
    later.entryStates(loanIn);
    escaping(loanIn);
    staticAnnotated(loanIn);
    conflicts = new ConflictErrors(body, diags, later, returnedAt);
    conflicts.staticAt = staticAt;
    for (int b = 0; b < body.blocks.size(); b++) {
      InitFlow.State is = init.copy(initIn.get(b));
      LoanFlow.State ls = loans.copy(loanIn.get(b));
      BitSet[] live = liveness.all(b);
      BasicBlock blk = body.blocks.get(b);
      for (int i = 0; i < blk.stmts.size(); i++) {
        Statement st = blk.stmts.get(i);
        statement(st, new Location(b, i, is, ls, live[i], escaping));
        init.apply(is, st, b, i);
        loans.apply(ls, st, b, i);
      }
      if (blk.returns) returned(blk, ls);
    }
    mutErrors.finish();
    body.tables.deadAtScopeEnds.addAll(dead);
    return diags.sorted();
  }

  /**
   * The bindings whose every StorageDead (each normal exit of their scope) finds them holding nothing:
   * every local lowered for the binding is a user local with at least one StorageDead, and the
   * initialisation state there says it may not hold a value. A partly moved binding still counts as
   * holding its other parts (InitFlow clears init only for a whole move).
   */
  private List<rustle.check.LocalVar> deadAtScopeEnds(List<InitFlow.State> initIn) {
    BitSet exits = new BitSet();
    BitSet live = new BitSet();
    for (int b = 0; b < body.blocks.size(); b++) {
      List<Statement> stmts = body.blocks.get(b).stmts;
      InitFlow.State s = init.copy(initIn.get(b));
      for (int i = 0; i < stmts.size(); i++) {
        if (stmts.get(i) instanceof Statement.StorageDead sd) {
          exits.set(sd.local());
          if (s.init.get(sd.local())) live.set(sd.local());
        }
        init.apply(s, stmts.get(i), b, i);
      }
    }
    java.util.Map<rustle.check.LocalVar, Boolean> ok = new java.util.IdentityHashMap<>();
    for (int l = 0; l < body.locals.size(); l++) {
      LocalDecl d = body.local(l);
      if (d.var == null) continue;
      boolean dead = d.kind == LocalDecl.Kind.USER && exits.get(l) && !live.get(l);
      // No method reference: its first use costs start-up linking (docs/architecture.md).
      Boolean before = ok.get(d.var);
      ok.put(d.var, dead && (before == null || before));
    }
    List<rustle.check.LocalVar> out = new java.util.ArrayList<>();
    for (var e : ok.entrySet()) if (e.getValue()) out.add(e.getKey());
    return out;
  }

  /**
   * The loans of the caller's data that reach the return place: the returned reference must live
   * as long as the caller's lifetime, so such a loan is live everywhere after it is taken (NLL's
   * universal regions; rustc rejects `if let Some(x) = self.get_mut() { return x; } self.push(..)`).
   */
  private final BitSet escaping = new BitSet();
  /** For each escaping loan, the returned expression it reaches. */
  private final java.util.Map<Integer, Span> returnedAt = new java.util.HashMap<>();

  private void escaping(List<LoanFlow.State> loanIn) {
    for (int b = 0; b < body.blocks.size(); b++) {
      BasicBlock blk = body.blocks.get(b);
      if (!blk.returns) continue;
      LoanFlow.State s = loans.copy(loanIn.get(b));
      for (int i = 0; i < blk.stmts.size(); i++) loans.apply(s, blk.stmts.get(i), b, i);
      BitSet held = loans.held(s, 0);
      for (int l = held.nextSetBit(0); l >= 0; l = held.nextSetBit(l + 1)) {
        Loan loan = body.borrows.get(l);
        if (!loan.place().throughRef() || body.local(loan.place().local()).kind != LocalDecl.Kind.ARG) continue;
        escaping.set(l);
        Expr ret = innermost(blk.returned, loan.span());
        if (ret != null) returnedAt.putIfAbsent(l, ret.span());
      }
    }
  }

  /** For each loan a `'static` binding holds, the binding's annotation (see {@link LocalDecl#staticAnnot}). */
  private final java.util.Map<Integer, Span> staticAt = new java.util.HashMap<>();

  /**
   * The loans stored in a binding annotated `'static` (`let r: &'static str = &s;`) must outlive the
   * body: like a returned loan, each is live wherever it is in scope, so the owner's drop conflicts (E0597).
   */
  private void staticAnnotated(List<LoanFlow.State> loanIn) {
    BitSet annotated = new BitSet();
    for (int l = 0; l < body.locals.size(); l++) if (body.local(l).staticAnnot != null) annotated.set(l);
    if (annotated.isEmpty()) return;
    for (int b = 0; b < body.blocks.size(); b++) {
      BasicBlock blk = body.blocks.get(b);
      LoanFlow.State s = loans.copy(loanIn.get(b));
      for (int i = 0; i < blk.stmts.size(); i++) {
        Statement st = blk.stmts.get(i);
        loans.apply(s, st, b, i);
        if (!(st instanceof Statement.Assign a) || !a.dest().isLocal() || !annotated.get(a.dest().local())) continue;
        BitSet held = s.of(a.dest().local());
        if (held == null) continue;
        for (int l = held.nextSetBit(0); l >= 0; l = held.nextSetBit(l + 1)) {
          // Only the initializer's own borrow (`= &x`) or a capture of a closure in it: the loans a copied-out
          // `&'static` still carries (`words[0]`, `match &opt { Some(v) => *v, .. }`) are rustle's
          // over-approximation, not rustc's.
          Loan loan = body.borrows.get(l);
          Span init = body.local(a.dest().local()).staticInit;
          boolean capture = (loan.kind() == Rvalue.RefKind.CLOSURE || loan.kind() == Rvalue.RefKind.CLOSURE_ASSIGN)
              && loan.span().start() >= init.start() && loan.span().end() <= init.end();
          if (!capture && !(loan.kind() == Rvalue.RefKind.EXPLICIT && loan.span().equals(init))) continue;
          escaping.set(l);
          staticAt.putIfAbsent(l, body.local(a.dest().local()).staticAnnot);
        }
      }
    }
  }

  /** The StorageDeads that run a user Drop impl on a value that may be there. */
  private boolean[][] dropUses(List<InitFlow.State> initIn) {
    boolean[][] out = new boolean[body.blocks.size()][];
    for (int b = 0; b < body.blocks.size(); b++) {
      List<Statement> stmts = body.blocks.get(b).stmts;
      out[b] = new boolean[stmts.size()];
      InitFlow.State s = init.copy(initIn.get(b));
      for (int i = 0; i < stmts.size(); i++) {
        if (stmts.get(i) instanceof Statement.StorageDead sd && s.init.get(sd.local())
            && Types.hasUserDrop(body.local(sd.local()).ty) && !body.local(sd.local()).guardBinding) {
          out[b][i] = true;
        }
        init.apply(s, stmts.get(i), b, i);
      }
    }
    return out;
  }

  private void statement(Statement st, Location at) {
    if (st instanceof Statement.Assign a) {
      if (a.rv() instanceof Rvalue.Ref r) {
        moveErrors.checkInit(r.place(), MoveErrors.Use.BORROW, r.span(), at, null);
        if (r.kind() == Rvalue.RefKind.CLOSURE_ASSIGN) {
          mutErrors.assignInClosure(r.place(), r.span());
        } else if (r.mutable()) {
          mutErrors.borrowMut(r.place(), r.span());
        }
        conflicts.check(r.place(), r.mutable() ? Access.MUT_BORROW : Access.SHARED_BORROW, Access.Depth.DEEP,
            r.span(), r.activation(), at, r.kind());
      } else {
        for (Operand o : MoveData.operands(a)) operand(o, at);
      }
      write(a, at);
    } else if (st instanceof Statement.StorageDead sd) {
      // A guard's binding is rustc's reference to the matched place: it owns nothing to drop.
      LocalDecl dead = body.local(sd.local());
      boolean drop = Types.needsDrop(dead.ty) && !dead.guardBinding && at.init.init.get(sd.local());
      conflicts.check(Place.local(sd.local()), Access.STORAGE_DEAD, drop ? Access.Depth.DROP : Access.Depth.SHALLOW,
          sd.span(), null, at);
    } else if (st instanceof Statement.FakeRead fr) {
      moveErrors.checkInit(fr.place(), MoveErrors.Use.USE, fr.span(), at, null);
      conflicts.check(fr.place(), Access.READ, Access.Depth.SHALLOW, fr.span(), null, at);
    }
  }

  private void operand(Operand o, Location at) {
    if (o instanceof Operand.Copy c) {
      moveErrors.checkInit(c.place(), MoveErrors.Use.USE, c.span(), at, null);
      conflicts.check(c.place(), Access.READ, Access.Depth.DEEP, c.span(), null, at);
    } else if (o instanceof Operand.Move m) {
      if (!moveOutErrors.checkLegal(m)) return;
      moveErrors.checkInit(m.place(), MoveErrors.Use.USE, m.span(), at, m);
      conflicts.check(m.place(), Access.MOVE, Access.Depth.DEEP, m.span(), null, at);
    }
  }

  private void write(Statement.Assign a, Location at) {
    Place d = a.dest();
    LocalDecl decl = body.local(d.local());
    if (decl.isTemp() && d.isLocal() || decl.kind == LocalDecl.Kind.RETURN) return;
    if (d.isLocal()) {
      if (at.init.ever.get(d.local())) mutErrors.assignTwice(d.local(), a.span());
    } else {
      mutErrors.assign(d, a.span());
      int lastDeref = -1;
      for (int i = 0; i < d.projection().size(); i++) if (d.projection().get(i) instanceof Place.Deref) lastDeref = i;
      boolean boxDeref = lastDeref >= 0 && ((Place.Deref) d.projection().get(lastDeref)).kind() == Place.DerefKind.OWNED;
      if (lastDeref >= 0 && !boxDeref) {
        moveErrors.checkInit(d.prefix(lastDeref), MoveErrors.Use.USE, a.target(), at, null);
      } else if (boxDeref) {
        // A Box's content is tracked like a field: `let a = b.a; b.a = ..;` fills the part moved out
        // again (rustc's check_if_assigned_path_is_moved); the box itself, or a parent of the part
        // assigned, must not have been moved.
        moveErrors.checkPartialAssign(d, a.target(), at);
      } else {
        moveErrors.checkPartialAssign(d, a.span(), at);
      }
    }
    boolean drop = Types.needsDrop(a.ty()) && at.init.init.get(d.local());
    conflicts.check(d, Access.WRITE, drop ? Access.Depth.DROP : Access.Depth.SHALLOW, drop ? a.target() : a.span(),
        null, at);
  }

  /** E0515: a reference to data of this function escapes through the return value. */
  private void returned(BasicBlock blk, LoanFlow.State ls) {
    BitSet held = loans.held(ls, 0);
    for (int i = held.nextSetBit(0); i >= 0; i = held.nextSetBit(i + 1)) {
      Body.ParamRegion pr = body.paramLoans.get(i);
      if (pr == null) continue;
      LocalDecl pd = body.local(body.borrows.get(i).place().local());
      Expr ret = ParamRegions.innermostUsing(blk.returned, pd.var, body.tables);
      Span at = ret != null ? ret.span() : pd.span;
      if (diags.seen("return@" + at.start())) return;
      diags.add(ParamRegions.error(pr, ret, pd.span));
      return;
    }
    for (int i = held.nextSetBit(0); i >= 0; i = held.nextSetBit(i + 1)) {
      Loan l = body.borrows.get(i);
      if (l.kind() == Rvalue.RefKind.PARAM) continue;
      LocalDecl d = body.local(l.place().local());
      if (l.place().throughRef() || d.kind == LocalDecl.Kind.RETURN || d.promoted) continue;
      // A closure may return borrows of what it captured: those outlive its body.
      if (d.var != null && body.captures.contains(d.var)) continue;
      Expr ret = innermost(blk.returned, l.span());
      Span at = ret != null ? ret.span() : l.span();
      if (diags.seen("return@" + at.start())) return;
      String what = d.isTemp() ? "temporary value"
          : !l.place().isLocal() ? "local data `" + Places.describe(body, l.place()) + "`"
          : (d.kind == LocalDecl.Kind.ARG ? "function parameter `" : "local variable `") + d.name + "`";
      boolean direct = ret instanceof Expr.Borrow && ret.span().equals(l.span());
      Diagnostic e;
      Expr.Closure captor = ret == null || d.isTemp() ? null : Returns.capturingClosure(ret, l.span());
      if (captor != null) {
        // A closure that borrows the local, returned itself or inside the value (`Box::new(|| s.len())`).
        Span returned = ret instanceof Expr.Closure ? captor.span() : ret.span();
        e = Errors.closureMayOutlive(d.name, closureHead(captor), l.span(), returned, captor.span(), captor.span().start());
      } else if (direct) {
        e = Errors.returnsReferenceToLocal(what, at);
        if (d.isTemp()) e = e.withLabel(d.span, "temporary value created here");
      } else {
        e = Errors.returnsValueReferencingLocal(what, at, d.isTemp() ? d.span : l.span(),
            d.isTemp() ? "temporary value created here" : "`" + d.name + "` is borrowed here");
      }
      diags.add(e);
      return;
    }
  }

  /** The `|params|` part of a closure, where rustc points E0373. */
  private static Span closureHead(Expr.Closure cl) {
    Span s = cl.span();
    Span body = cl.body().span();
    int len = Math.max(1, body.start() - s.start() - 1);
    if (cl.ret() != null) len = Math.max(1, cl.ret().span().start() - s.start() - 4);
    return new Span(s.start(), s.start() + len, s.line(), s.col(), s.line(), s.col() + len);
  }

  /** The expression whose value is returned: through block tails and the branch holding the borrow. */
  private static Expr innermost(Expr e, Span borrow) {
    while (e != null) {
      if (e instanceof Expr.Block b) {
        if (b.tail() == null) return e;
        e = b.tail();
      } else if (e instanceof Expr.If i) {
        Expr next = contains(i.then(), borrow) ? i.then() : i.orElse() != null && contains(i.orElse(), borrow) ? i.orElse() : null;
        if (next == null) return e;
        e = next;
      } else if (e instanceof Expr.Match m) {
        Expr next = null;
        for (Expr.Arm arm : m.arms()) if (contains(arm.body(), borrow)) next = arm.body();
        if (next == null) return e;
        e = next;
      } else {
        return e;
      }
    }
    return null;
  }

  private static boolean contains(Expr e, Span s) {
    return e.span().start() <= s.start() && s.end() <= e.span().end();
  }
}
