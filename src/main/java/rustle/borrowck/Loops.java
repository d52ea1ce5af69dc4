package rustle.borrowck;

import java.util.List;
import rustle.ast.Expr;
import rustle.ast.Span;
import rustle.types.Ty;

/**
 * Lowers the three loops, break and continue: a loop head that the body jumps back to, an exit
 * that breaks jump to (leaving the scopes they are in), and for a {@code for} loop the iterator
 * protocol.
 */
final class Loops {
  private final Lower lo;
  private final Builder b;

  Loops(Lower lo) {
    this.lo = lo;
    this.b = lo.b;
  }

  Operand loop(Expr.Loop l, Builder.Life life) {
    Place result = lo.control.resultPlace(l, life);
    int head = b.newBlock();
    b.body.loopHeads.add(head);
    int exit = b.newBlock();
    b.goTo(head);
    b.enter(head);
    b.loops.add(new Builder.LoopCtx(l.id(), exit, head, b.scopeDepth(), result, Builder.head(l.span(), 4)));
    b.noteLoop(l.span(), Builder.head(l.span(), 4));
    b.pushTemps(Builder.lastChar(l.body().span()));
    lo.control.block(l.body(), Builder.Life.STATEMENT, null);
    b.popTemps();
    b.loops.remove(b.loops.size() - 1);
    b.goTo(head);
    b.enter(exit);
    if (!b.reached(exit)) b.diverge();
    return lo.control.resultOperand(result, l);
  }

  Operand whileLoop(Expr.While w) {
    int head = b.newBlock();
    b.body.loopHeads.add(head);
    int body = b.newBlock();
    int exit = b.newBlock();
    b.goTo(head);
    b.enter(head);
    b.pushScope(Builder.lastChar(w.body().span()));
    Span header = Builder.join(w.span(), w.cond().span());
    b.noteLoop(w.span(), header);
    b.loops.add(new Builder.LoopCtx(w.id(), exit, head, b.scopeDepth() - 1, null, header));
    if (w.cond() instanceof Expr.Let l) {
      Place scrut = lo.place(l.value(), Lower.Mode.READ, Builder.Life.STATEMENT);
      if (scrut != null) b.emit(new Statement.FakeRead(scrut, l.value().span()));
      b.goTo(exit);
      b.goTo(body);
      b.enter(body);
      if (scrut != null) {
        lo.patterns.declare(l.pattern());
        lo.patterns.bind(l.pattern(), scrut, lo.type(l.value()), l.value(), false);
      }
    } else {
      b.pushTemps(Builder.lastChar(w.cond().span()));
      lo.operand(w.cond());
      b.popTemps();
      b.goTo(exit);
      b.goTo(body);
      b.enter(body);
    }
    b.pushTemps(Builder.lastChar(w.body().span()));
    lo.control.block(w.body(), Builder.Life.STATEMENT, null);
    b.popTemps();
    b.popScope();
    b.loops.remove(b.loops.size() - 1);
    b.goTo(head);
    b.enter(exit);
    return Operand.CONST;
  }

  private Builder.LoopCtx target(int node) {
    Object t = lo.tables.res[node];
    for (int i = b.loops.size() - 1; i >= 0; i--) {
      Builder.LoopCtx c = b.loops.get(i);
      if (t instanceof Integer id && c.id() == id) return c;
    }
    return b.loops.isEmpty() ? null : b.loops.get(b.loops.size() - 1);
  }

  Operand breakExpr(Expr.Break br) {
    Builder.LoopCtx c = target(br.id());
    if (br.value() != null) {
      lo.control.into(c == null ? null : c.result(), br.value(), Builder.Life.STATEMENT, Operand.Why.PLAIN);
    }
    if (c != null) {
      b.exitScopesTo(c.scopeDepth());
      b.goTo(c.breakTo());
    }
    b.diverge();
    return Operand.CONST;
  }

  Operand continueExpr(Expr.Continue ce) {
    Builder.LoopCtx c = target(ce.id());
    if (c != null) {
      b.exitScopesTo(c.scopeDepth());
      b.goTo(c.continueTo());
    }
    b.diverge();
    return Operand.CONST;
  }

  /**
   * {@code for pat in iter { body }} as rustc desugars it: the iterable is moved into
   * {@code IntoIterator::into_iter}, and each iteration calls {@code next(&mut iter)} and binds the item.
   */
  Operand forLoop(Expr.For f) {
    Span iterSpan = f.iter().span();
    Span header = Builder.join(f.span(), iterSpan);
    b.noteLoop(f.span(), header);
    Ty iterable = lo.type(f.iter());
    Operand it = lo.evaluated(lo.operand(f.iter(), new Operand.Why(Operand.Why.Kind.FOR_LOOP, null, -1, null, header),
        Builder.Life.STATEMENT), iterSpan, true);
    int iter = b.newTemp(iterable, iterSpan, Builder.Life.STATEMENT);
    b.assign(Place.local(iter), new Rvalue.Call(List.of(it), CallFlow.all(1), iterSpan), iterable, iterSpan,
        Statement.AssignKind.TEMP);
    int head = b.newBlock();
    b.body.loopHeads.add(head);
    int body = b.newBlock();
    int exit = b.newBlock();
    b.goTo(head);
    b.enter(head);
    b.loops.add(new Builder.LoopCtx(f.id(), exit, head, b.scopeDepth(), null, header));
    Ty iterRef = new Ty.Ref(iterable, true);
    int r = lo.ref(Place.local(iter), true, iterSpan, Rvalue.RefKind.ITER, iterRef);
    Ty item = Builder.zonk(lo.tables.types[f.pattern().id()]);
    int next = b.newTemp(item, iterSpan, Builder.Life.STATEMENT);
    Operand recv = new Operand.Move(Place.local(r), iterSpan, iterRef, Operand.Why.PLAIN);
    // next(&mut iter) yields what the iterator holds, not a borrow of the iterator itself.
    b.assign(Place.local(next), new Rvalue.Call(List.of(recv), CallFlow.inner(1), iterSpan), item, iterSpan,
        Statement.AssignKind.TEMP);
    // The exit edge first: rustc's search for a later use of a borrow looks past the loop first.
    b.goTo(exit);
    b.goTo(body);
    b.enter(body);
    b.pushScope(Builder.lastChar(f.body().span()));
    lo.patterns.declare(f.pattern());
    lo.patterns.bind(f.pattern(), Place.local(next), item, null, false);
    b.pushTemps(Builder.lastChar(f.body().span()));
    lo.control.block(f.body(), Builder.Life.STATEMENT, null);
    b.popTemps();
    b.popScope();
    b.goTo(head);
    b.loops.remove(b.loops.size() - 1);
    b.enter(exit);
    return Operand.CONST;
  }
}
