package rustle.check;

import java.util.List;
import rustle.ast.Expr;

/**
 * A checked closure: its expression, the bindings it declares (indexes [firstLocal, endLocal) of its
 * function's locals), the variables it captures, by reference or (for {@code move}) by value, and the
 * function it is written in; bound is the Fn trait a callee's parameter requires of it when it is written
 * as the argument ("Fn", "FnMut", "FnOnce"), or null. fieldCopies are the captures of a move closure
 * that only copies Copy fields of (FieldCaptures): not moved in, not dropped with the closure.
 */
public record ClosureInfo(Expr.Closure expr, int firstLocal, int endLocal, List<LocalVar> captures, boolean byMove,
    rustle.types.FnSig.Def owner, String bound, java.util.Set<LocalVar> fieldCopies) {}
