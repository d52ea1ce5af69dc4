package rustle.memory;

/**
 * The call the running program is in, as the interpreter tells the allocator ({@link Allocator#enter}):
 * here only the mark an observer gives the blocks allocated while it runs; the interpreter's subclass
 * carries the rest (the call's span).
 *
 * <p>Made once per call site when the program is compiled, so that entering a call costs a store of a
 * reference it already holds. A block allocated while a marked call runs gets its site marked with the
 * call's mark; the marked site is kept here for the last site seen, since a call's body allocates from
 * few places, so that marking it makes no object per allocation.
 */
public class Caller {
  /** The mark of the blocks allocated while this call runs (see {@link Allocator#markOf}); 0: none. */
  public final int mark;
  private MarkedSite last;

  protected Caller(int mark) {
    this.mark = mark;
  }

  /** site with this call's mark. */
  final MarkedSite marked(Object site) {
    MarkedSite m = last;
    if (m == null || m.site != site) last = m = new MarkedSite(site, mark);
    return m;
  }
}
