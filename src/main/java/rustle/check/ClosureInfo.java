package rustle.check;

import java.util.List;
import rustle.ast.Expr;

/**
 * A checked closure: its expression, the bindings it declares (indexes [firstLocal, endLocal) of its
 * function's locals), the variables it captures, by reference or (for {@code move}) by value, and the
 * function it is written in; bound is the Fn trait a callee's parameter requires of it when it is written
 * as the argument ("Fn", "FnMut", "FnOnce"), or null. fieldCopies are the captures of a move closure
 * that only copies Copy fields of (FieldCaptures): not moved in, not dropped with the closure. movedOut
 * are the captures the body moves out (ClosureMoves.movedOut): taken by value, and the closure is FnOnce.
 * fieldMoves are the by-value captures named only through fields whose other parts need no drop
 * (FieldMoves): held whole at run time, but the borrow checker moves only the non-Copy fields named.
 */
public record ClosureInfo(Expr.Closure expr, int firstLocal, int endLocal, List<LocalVar> captures, boolean byMove,
    rustle.types.FnSig.Def owner, String bound, java.util.Set<LocalVar> fieldCopies, java.util.Set<LocalVar> movedOut,
    java.util.Map<LocalVar, List<Expr>> fieldMoves) {
  /** Whether capture v is held by value (a move closure's, or one the body moves out). */
  public boolean byValue(LocalVar v) {
    return byMove || movedOut.contains(v);
  }

  /** Whether calling the closure consumes it: its body moves a capture out. */
  public boolean isFnOnce() {
    return !movedOut.isEmpty();
  }
}
