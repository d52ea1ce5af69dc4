package rustle.borrowck;

import rustle.ast.Span;
import rustle.types.Ty;

/** A statement of a lowered body. */
sealed interface Statement {
  /** How an assignment was written, for E0384 and the spans of messages. */
  enum AssignKind { TEMP, INIT, USER, COMPOUND }

  /**
   * {@code dest = rv}; ty is the type of the value stored, span the source of the assignment and
   * target the span of the place assigned to (where dropping its old value happens).
   */
  record Assign(Place dest, Rvalue rv, Ty ty, Span span, Span target, AssignKind kind) implements Statement {}

  /** A binding comes into scope, uninitialized. */
  record StorageLive(int local) implements Statement {}

  /** A local goes out of scope (its value is dropped); span is where (a closing brace or a semicolon). */
  record StorageDead(int local, Span span) implements Statement {}

  /** An inspection of a place without using its value (a match scrutinee, {@code let _ = x}). */
  record FakeRead(Place place, Span span) implements Statement {}
}
