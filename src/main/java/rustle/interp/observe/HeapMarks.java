package rustle.interp.observe;

/**
 * What the marks an observed run's allocator keeps with its blocks mean ({@link
 * rustle.memory.Allocator#markOf}): the user's call into std whose body allocated the block, or the
 * scan the block was allocated before (the heap table's rules 2 and 3).
 *
 * <p>The rules it keeps: a mark is odd for a call ({@code site id << 1 | 1}, the id {@link SiteNames}
 * gave the call's span) and even for a scan ({@code id << 1}, id at least 1). A call's mark is given
 * when an observed run is compiled, to the machine's caller of the call node ({@link
 * rustle.interp.rt.CallerSite}), and the allocator marks the blocks allocated while the call runs with
 * it. Every other block is marked by the heap table at the first scan after its allocation, so nothing
 * runs per call or per allocation outside such a call. {@link #NONE}, the mark of a call with no site,
 * marks blocks allocated before the table began.
 */
public final class HeapMarks {
  private HeapMarks() {}

  /** The mark of blocks that no rule puts down (a call with no site id). */
  public static final int NONE = callMark(0);

  /** The mark of a call whose span has site id id. */
  public static int callMark(int id) {
    return id << 1 | 1;
  }

  public static boolean isCall(int mark) {
    return (mark & 1) != 0;
  }

  /** The scan id or the call's site id a mark holds. */
  public static int id(int mark) {
    return mark >>> 1;
  }

  /** The mark of the scan with this id. */
  public static int scanMark(int id) {
    return id << 1;
  }
}
