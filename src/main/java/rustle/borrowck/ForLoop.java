package rustle.borrowck;

import java.util.List;
import rustle.ast.Expr;
import rustle.ast.Span;
import rustle.types.Ty;

/**
 * Lowers {@code for pat in iter { body }} as rustc desugars it: the iterable is moved into
 * {@code IntoIterator::into_iter}, and each iteration calls {@code next(&mut iter)} and binds the item.
 */
final class ForLoop {
  private final Lower lo;
  private final Builder b;

  ForLoop(Lower lo) {
    this.lo = lo;
    this.b = lo.b;
  }

  Operand lower(Expr.For f) {
    Span iterSpan = f.iter().span();
    Span header = Builder.join(f.span(), iterSpan);
    b.noteLoop(f.span(), header);
    Ty iterable = lo.type(f.iter());
    Operand it = lo.operand(f.iter(), new Operand.Why(Operand.Why.Kind.FOR_LOOP, null, -1, null, header),
        Builder.Life.STATEMENT);
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
