package rustle.interp.rt;

import rustle.ast.Span;

/** The standard library's panic messages, word for word. */
public final class Panics {
  private Panics() {}

  public static RustPanic indexOutOfBounds(long len, long index, Span span) {
    return new RustPanic("index out of bounds: the len is " + len + " but the index is " + Long.toUnsignedString(index),
        span);
  }

  public static RustPanic overflow(String op, Span span) {
    return new RustPanic("attempt to " + op + " with overflow", span);
  }

  public static RustPanic divideByZero(Span span) {
    return new RustPanic("attempt to divide by zero", span);
  }

  public static RustPanic remainderByZero(Span span) {
    return new RustPanic("attempt to calculate the remainder with a divisor of zero", span);
  }
}
