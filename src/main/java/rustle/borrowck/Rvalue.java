package rustle.borrowck;

import java.util.List;
import rustle.ast.Span;

/** The right-hand side of an assignment, as in MIR. */
sealed interface Rvalue {
  record Use(Operand op) implements Rvalue {}

  /**
   * A borrow of place; loan is its index in the {@link BorrowSet}, or -1 when rustc would not
   * track it (a place behind a shared reference). kind says what wrote the borrow; a two-phase
   * borrow (a method's {@code &mut self} autoref) is taken after the arguments are evaluated and
   * activation is the call that activates it.
   */
  record Ref(boolean mutable, Place place, int loan, Span span, RefKind kind, Span activation) implements Rvalue {
    Ref(boolean mutable, Place place, int loan, Span span, RefKind kind) {
      this(mutable, place, loan, span, kind, null);
    }
  }

  /** What produced a borrow (for messages): {@code &e}, a method autoref, a format argument, ... */
  enum RefKind { EXPLICIT, AUTOREF, TWO_PHASE, FORMAT, PATTERN, INDEX, REBORROW, ITER,
    /** A closure's capture; CLOSURE_ASSIGN one the body assigns to (its mutability error is E0594). */
    CLOSURE, CLOSURE_ASSIGN,
    /** Not a borrow: what a reference parameter points to, held by it from entry (see Body.paramLoans). */
    PARAM }

  /** Builds a value from operands (tuples, structs, arrays, operators, casts). */
  record Aggregate(List<Operand> ops) implements Rvalue {}

  /**
   * A call; callee is the span of the function path (or method name), flow tells which arguments
   * may leave references in the result or behind {@code &mut} arguments.
   */
  record Call(List<Operand> args, CallFlow flow, Span callee) implements Rvalue {}
}
