package rustle.interp.rt;

import rustle.ast.Span;
import rustle.memory.Caller;

/**
 * A call from the user's code into std, as the machine's caller ({@link Machine#callerSpan}) while its
 * body runs: the span std reports for its panics (track_caller) and, in an observed run, the heap mark
 * of the blocks the body allocates ({@link rustle.interp.observe.HeapMarks}), entered through
 * {@link rustle.memory.Allocator#enter}.
 */
public final class CallerSite extends Caller {
  public final Span span;

  /** mark: the call's heap mark in an observed run, 0 otherwise (its blocks keep the scan's mark). */
  public CallerSite(Span span, int mark) {
    super(mark);
    this.span = span;
  }
}
