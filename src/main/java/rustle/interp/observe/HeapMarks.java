package rustle.interp.observe;

import rustle.memory.Allocator;

/**
 * Which mark an observed run's allocator gives each new block ({@link Allocator#setMark}): the user's
 * call into std while its body runs, else the scan to come (the heap table's rules 2 and 3).
 *
 * <p>The rules it keeps: a mark is even for a scan ({@code id << 1}) and odd for a call ({@code site id
 * << 1 | 1}, the id {@link SiteNames} gave the call's span). A scan's mark is set by the heap table at
 * each scan; a call's is the mark of the machine's caller ({@link rustle.interp.rt.CallerSite}, made with
 * the call node when an observed run is compiled), which the allocator takes instead of the scan's while
 * the call's body runs: nothing runs per call or per allocation but the allocator's one store.
 *
 * <p>Made by the {@link RunView} of an observed run.
 */
public final class HeapMarks {
  private final Allocator heap;

  public HeapMarks(Allocator heap) {
    this.heap = heap;
    heap.markBlocks();
  }

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

  /** Blocks allocated from now on, outside a call, wait for the scan with this id. */
  public void scan(int id) {
    heap.setMark(scanMark(id));
  }
}
