package rustle.interp;

import rustle.ast.Span;

/**
 * A construct the checker accepts but the evaluator cannot run faithfully yet, found while compiling
 * (before the program starts): reported as "not supported by rustle yet" with its span, never run with
 * a wrong meaning.
 */
final class Unsupported extends RuntimeException {
  final Span span;

  Unsupported(String what, Span span) {
    super(what, null, false, false);
    this.span = span;
  }
}
