package rustle.interp.observe;

import rustle.memory.Allocator;

/**
 * Which mark an observed run's allocator gives each new block ({@link Allocator#setMark}): the user's
 * call into std while its body runs, else the scan to come (the heap table's rules 2 and 3).
 *
 * <p>The rules it keeps: a mark is even for a scan ({@code id << 1}) and odd for a call ({@code site id
 * << 1 | 1}, the id {@link SiteNames} gave the call's span). A scan's mark is set by the heap table at
 * each scan; a call's by the call node itself ({@link #enter} once its arguments are evaluated,
 * {@link #leave} after its body), so that nothing runs per allocation but the allocator's one store.
 * While a call runs, scans only change what the allocator gets once the call is left.
 *
 * <p>Made by the {@link RunView} of an observed run and kept on the machine ({@code Machine.marks}), where
 * the call nodes find it; a compile gives calls a mark only when it has an observer
 * ({@code Compiler.nameSite}), so a call with a mark never runs without it.
 */
public final class HeapMarks {
  private final Allocator heap;
  /** The mark of the scan to come. */
  private int scan;
  /** The mark of the user's call into std whose body runs, or 0. */
  private int call;

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
    scan = scanMark(id);
    if (call == 0) heap.setMark(scan);
  }

  /** A call with this mark starts running its body; returns what {@link #leave} restores. */
  public int enter(int mark) {
    int saved = call;
    call = mark;
    heap.setMark(mark);
    return saved;
  }

  /** The call entered last returned; saved is what its {@link #enter} returned. */
  public void leave(int saved) {
    call = saved;
    heap.setMark(saved != 0 ? saved : scan);
  }
}
