package rustle.dump;

import java.util.Arrays;
import java.util.Set;
import rustle.ast.Span;
import rustle.interp.observe.RunView;
import rustle.interp.observe.SiteNames;
import rustle.interp.observe.HeapMarks;
import rustle.memory.Allocator;

/**
 * Why each live heap block was allocated and on which line, learnt from the mark the allocator keeps
 * with each block ({@link HeapMarks}) and from its site.
 *
 * <p>The rules, in order: a block whose site is one of the user's operations ({@code vec!},
 * {@code format!}, a call the user's code makes into std such as {@code String::from} when the std
 * code hands its span on, a clone) is put down to that operation and its line; otherwise, a block
 * allocated while a call from the user's code into std runs its body is put down to that call
 * ({@code collect}); otherwise it is put down to "no call" at the line of the next scan (a stop, or a
 * wrapped call's entry or exit) after its allocation. A block that took over a freed block's contents
 * (a reallocation) is its operation's growth ({@code Vec::push (growth)}). Arguments are evaluated
 * before a call counts as running, so a {@code vec!} in an argument is the macro's, not the call's.
 *
 * <p>Rule 1's site stays in the allocator's table while the block lives; rules 2 and 3 need the block's
 * mark: the call running, which the allocator gives a block allocated while a call with a mark runs
 * (the machine's caller, which the call node sets anyway), or the id of the scan the block was allocated
 * before, which a scan gives every block still unmarked; and the allocator's bit for a reallocation. A
 * scan fills in its call and line once, and names are looked up only when a dump asks ({@link #info}).
 *
 * <p>Until a scan, then, an observed run's allocation outside a call into std does what a plain run's
 * does, and nothing runs per free or per call: a stop that is never reached leaves a program's speed
 * as it was. A scan finds the unmarked blocks by walking the live ones, as the dump it comes before
 * does, once: from then on the table lists the blocks allocated between two scans ({@link #listFresh};
 * from the start for the trace), one call per allocation, and a scan marks only those, so that a stop
 * reached a million times, or a scan at every call, does not walk the heap each time.
 */
final class Allocations {
  /** The call that allocated a block (null if not allocated by a call, e.g. {@code vec!}) and its line. */
  record Info(String why, int line) {}

  /** The first scan's id (0 is no scan: blocks allocated before the table began); scan k has id FIRST_SCAN + k. */
  private static final int FIRST_SCAN = 1;

  private final RunView run;
  private final Allocator heap;
  /** The blocks allocated since the last scan, live or not, once {@link #listFresh} was asked; null before. */
  private int[] fresh;
  private int freshLen;
  /** The next scan walks every live block: until the first scan, the fresh list (if any) misses some. */
  private boolean walkAll = true;
  /** Each scan's call (null: none) and line by id - FIRST_SCAN, up to the pending one (not done yet). */
  private String[] scanWhy = new String[64];
  private int[] scanLine = new int[64];
  /** The id of the scan the blocks allocated from now on (outside a call) wait for. */
  private int pending = FIRST_SCAN;
  /** The allocator's allocation count at the last scan: a scan with no allocation before it does nothing. */
  private long allocationsAtScan;
  /** Each operation's name with " (growth)" added, made once (the names are the compiler's own strings). */
  private final java.util.Map<String, String> growthNames = new java.util.IdentityHashMap<>();

  Allocations(RunView run, boolean listAll) {
    this(run.heap(), run, listAll);
  }

  /**
   * A table of heap's blocks; run null: no operation is known, every block waits for a scan. listAll:
   * keep the addresses allocated between scans, for {@link #scan(String, int, boolean, Set)} (the trace).
   */
  Allocations(Allocator heap, RunView run, boolean listAll) {
    this.run = run;
    this.heap = heap;
    heap.markUnmarked(HeapMarks.NONE); // the blocks allocated before the table began
    this.allocationsAtScan = heap.allocations();
    if (listAll) listFresh();
  }

  /**
   * Lists the blocks allocated from now on, so that a scan marks only those: after the first scan (or
   * from the start for the trace), where a walk of the live blocks at each scan would grow with the heap.
   */
  private void listFresh() {
    if (fresh != null) return;
    fresh = new int[16];
    heap.listen(this::listed);
  }

  /** Why the live block at address was allocated, or null when no rule has put it down yet. */
  Info info(int address) {
    if (!heap.isLive(address)) return null;
    int mark = heap.markOf(address);
    int id = HeapMarks.id(mark);
    boolean grown = heap.movedInto(address);
    if (run != null) {
      Object site = heap.siteOf(address);
      String why = run.operation(site);
      int line = 0;
      if (why != null) {
        line = SiteNames.span(site).line();
      } else if (HeapMarks.isCall(mark)) {
        Span call = run.callSite(id);
        if (call != null && (why = run.operation(call)) != null) line = call.line();
      }
      if (why != null) return new Info(grown ? growth(why) : why, line);
    }
    if (HeapMarks.isCall(mark) || id < FIRST_SCAN || id >= pending) return null; // none, or its scan is to come
    return new Info(scanWhy[id - FIRST_SCAN], scanLine[id - FIRST_SCAN]);
  }

  /** The listener of a traced run: keeps each allocated address for the next scan's list. */
  private void listed(int addr, Object site) {
    if (freshLen == fresh.length) compact();
    fresh[freshLen++] = addr;
  }

  /** Drops the entries of blocks no longer live; grows the list if that does not make room. */
  private void compact() {
    int n = 0;
    for (int i = 0; i < freshLen; i++) {
      if (heap.isLive(fresh[i])) fresh[n++] = fresh[i];
    }
    freshLen = n;
    if (n > fresh.length / 2) fresh = Arrays.copyOf(fresh, fresh.length * 2);
  }

  /**
   * Puts the blocks allocated since the last scan, still live and not put down by their operation,
   * down to why (growth when the call also freed a block) at line; adds the addresses of all of them to
   * into unless it is null (only the trace asks, and its table lists every allocation).
   */
  void scan(String why, int line, boolean freedDuringCall, Set<Integer> into) {
    long n = heap.allocations();
    if (n == allocationsAtScan) return;
    allocationsAtScan = n;
    int mark = HeapMarks.scanMark(pending);
    if (walkAll) {
      heap.markUnmarked(mark);
      // A stop reached once is often reached again (in a loop, or stepping): list what is allocated
      // from now on, so that a scan costs what came since the last one, not the whole heap.
      listFresh();
      walkAll = false;
    } else {
      for (int i = 0; i < freshLen; i++) heap.markIfUnmarked(fresh[i], mark);
    }
    int k = pending - FIRST_SCAN;
    scanWhy[k] = why == null ? null : freedDuringCall ? growth(why) : why;
    scanLine[k] = line;
    pending++;
    if (k + 1 == scanWhy.length) renumber();
    if (fresh == null) return;
    for (int i = 0; i < freshLen; i++) {
      if (into != null && heap.isLive(fresh[i])) into.add(fresh[i]);
    }
    freshLen = 0;
  }

  /**
   * Makes room for more scans: keeps only the scans some live block waits for or was put down to,
   * renumbered in order, and doubles the room when they fill more than half of it. Ids would otherwise
   * grow with the run (a trace scans at every call); this walks the live blocks once per many scans.
   */
  private void renumber() {
    int done = pending - FIRST_SCAN;
    int[] to = new int[done];
    int[] used = {0};
    heap.forEachLive((addr, size, site) -> {
      int mark = heap.markOf(addr);
      if (HeapMarks.isCall(mark) || HeapMarks.id(mark) < FIRST_SCAN) return;
      int k = HeapMarks.id(mark) - FIRST_SCAN;
      if (to[k] == 0) to[k] = ++used[0];
      heap.remark(addr, HeapMarks.scanMark(to[k] - 1 + FIRST_SCAN));
    });
    String[] why = scanWhy;
    int[] line = scanLine;
    int room = used[0] + 1 > why.length / 2 ? 2 * why.length : why.length;
    scanWhy = new String[room];
    scanLine = new int[room];
    for (int k = 0; k < done; k++) {
      if (to[k] == 0) continue;
      scanWhy[to[k] - 1] = why[k];
      scanLine[to[k] - 1] = line[k];
    }
    pending = used[0] + FIRST_SCAN;
  }

  /** As {@link #scan(String, int, boolean, Set)}, without collecting the addresses. */
  void scan(String why, int line, boolean freedDuringCall) {
    scan(why, line, freedDuringCall, null);
  }

  /** why + " (growth)", made once per name. */
  private String growth(String why) {
    return growthNames.computeIfAbsent(why, w -> w + " (growth)");
  }
}
