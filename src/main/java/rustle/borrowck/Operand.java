package rustle.borrowck;

import rustle.ast.Span;
import rustle.types.FnSig;
import rustle.types.Ty;

/** A value read by an rvalue: a copy of a place, a move out of a place, or a constant. */
sealed interface Operand {
  /** A read that leaves the place intact (Copy types, and places only inspected such as {@code a == b}). */
  record Copy(Place place, Span span) implements Operand {}

  /** A move out of place; why tells the diagnostics how the value was consumed. */
  record Move(Place place, Span span, Ty ty, Why why) implements Operand {}

  record Const() implements Operand {}

  Const CONST = new Const();

  /**
   * How a move happened, for rustc's labels and notes: the callee and parameter a value was passed
   * to, the method that took it as self (span: the method name and arguments), a for loop's
   * iterable, a pattern binding (span: the matched expression; star: its leading {@code *}, if any), the
   * call of an FnOnce value (span: the call; star: the closure's first move of a capture, if any).
   */
  record Why(Kind kind, FnSig.Def callee, int param, String method, Span span, Span star) {
    Why(Kind kind, FnSig.Def callee, int param, String method, Span span) {
      this(kind, callee, param, method, span, null);
    }

    enum Kind { PLAIN, LET_INIT, FN_ARG, METHOD_SELF, FOR_LOOP, BINDING, LET_BINDING, ONCE_CALL }

    static final Why PLAIN = new Why(Kind.PLAIN, null, -1, null, null);
    static final Why LET_INIT = new Why(Kind.LET_INIT, null, -1, null, null);
  }

  static Place placeOf(Operand o) {
    if (o instanceof Copy c) return c.place();
    if (o instanceof Move m) return m.place();
    return null;
  }

  static Span spanOf(Operand o) {
    if (o instanceof Copy c) return c.span();
    if (o instanceof Move m) return m.span();
    return null;
  }
}
