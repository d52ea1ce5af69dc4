package rustle.memory;

/**
 * The call the running program is in, as the interpreter tells the allocator ({@link Allocator#caller}):
 * here only the mark an observer gives the blocks allocated while it runs; the interpreter's subclass
 * carries the rest (the call's span).
 *
 * <p>Made once per call site when the program is compiled, so that entering a call costs one store of
 * a reference it already holds, and a marked allocation one load of {@link #mark}.
 */
public class Caller {
  /** The mark of the blocks allocated while this call runs (see {@link Allocator#setMark}); 0: none. */
  public final int mark;

  protected Caller(int mark) {
    this.mark = mark;
  }
}
