package rustle.dump;

import java.util.Arrays;
import java.util.Set;
import rustle.ast.Span;
import rustle.interp.observe.RunView;
import rustle.interp.observe.SiteNames;
import rustle.memory.AllocationListener;
import rustle.memory.Allocator;

/**
 * Why each live heap block was allocated and on which line, learnt from the allocation itself: the
 * allocator tells this table of every allocation and reallocation as it happens.
 *
 * <p>The rules, in order: a block whose site is one of the user's operations ({@code vec!},
 * {@code format!}, a call the user's code makes into std such as {@code String::from} when the std
 * code hands its span on, a clone) is put down to that operation and its line; otherwise, a block
 * allocated while a call from the user's code into std runs its body ({@link RunView#userCall}) is put
 * down to that call ({@code collect}); otherwise it is put down to "no call" at the line of the next
 * scan (a stop, or a wrapped call's entry or exit) after its allocation. A block that took over a freed
 * block's contents (a reallocation) is its operation's growth ({@code Vec::push (growth)}). Arguments
 * are evaluated before a call counts as running, so a {@code vec!} in an argument is the macro's, not
 * the call's.
 *
 * <p>An allocation records only what would be lost later, in arrays by granule: the user's call running
 * (the site itself stays in the allocator's table while the block lives), the number of the next scan,
 * and whether it was a reallocation. Names are looked up when a dump asks ({@link #info}), and a scan
 * only notes its call and line: an observed run costs a few array stores per allocation, nothing per
 * call and nothing per live block, so a stop point that is never reached leaves a program's speed
 * almost as it was.
 */
final class Allocations implements AllocationListener {
  /** The call that allocated a block (null if not allocated by a call, e.g. {@code vec!}) and its line. */
  record Info(String why, int line) {}

  private final RunView run;
  private final Allocator heap;
  private final int base;
  /** Every allocation goes to the fresh list, which only the trace reads; null when not tracing. */
  private int[] fresh;
  private int freshLen;
  /** Stands for "no call" in the scan log. */
  private static final String NO_CALL = new String("");
  /** By granule ((address - heap base) / 16), like the allocator's own tables: the user's call running. */
  private Object[] calls = new Object[256];
  /** By granule: the number of the first scan after the allocation, times 2, plus 1 for a reallocation. */
  private int[] stamps = new int[256];
  /** Scans so far that had allocations before them (the numbers stamps hold), and what each said. */
  private int scans;
  private boolean allocatedSinceScan;
  private String[] scanWhys = new String[16];
  private int[] scanLines = new int[16];
  /** Each operation's name with " (growth)" added, made once (the names are the compiler's own strings). */
  private final java.util.Map<String, String> growthNames = new java.util.IdentityHashMap<>();

  Allocations(RunView run, boolean listAll) {
    this(run.heap(), run.memory().heapBase(), run, listAll);
  }

  /**
   * A table of heap's blocks; run null: no operation is known, every block waits for a scan. listAll:
   * keep the addresses allocated between scans, for {@link #scan(String, int, boolean, Set)} (the trace).
   */
  Allocations(Allocator heap, int heapBase, RunView run, boolean listAll) {
    this.run = run;
    this.heap = heap;
    this.base = heapBase;
    this.fresh = listAll ? new int[16] : null;
    heap.listen(this);
  }

  /** Why the live block at address was allocated, or null when no rule has put it down yet. */
  Info info(int address) {
    int g = (address - base) >>> 4;
    if (g < 0 || g >= stamps.length || !heap.isLive(address)) return null;
    if (run != null) {
      Object site = heap.siteOf(address);
      String why = run.operation(site);
      int line = 0;
      if (why != null) {
        line = SiteNames.span(site).line();
      } else if (calls[g] instanceof Span call && (why = run.operation(call)) != null) {
        line = call.line();
      }
      if (why != null) return new Info((stamps[g] & 1) != 0 ? growth(why) : why, line);
    }
    int scan = stamps[g] >>> 1;
    if (scan >= scans) return null;
    return new Info(scanWhys[scan] == NO_CALL ? null : scanWhys[scan], scanLines[scan]);
  }

  @Override
  public void allocated(int addr, Object site) {
    int g = (addr - base) >>> 4;
    if (g >= stamps.length) grow(g);
    calls[g] = run == null ? null : run.userCall();
    stamps[g] = scans << 1;
    allocatedSinceScan = true;
    if (fresh != null) {
      if (freshLen == fresh.length) compact();
      fresh[freshLen++] = addr;
    }
  }

  private void grow(int g) {
    calls = Arrays.copyOf(calls, Math.max(g + 1, 2 * calls.length));
    stamps = Arrays.copyOf(stamps, calls.length);
  }

  /** Nothing to do: a dump asks the allocator which blocks are live. */
  @Override
  public void freed(int addr) {}

  @Override
  public void reallocated(int addr) {
    stamps[(addr - base) >>> 4] |= 1;
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
    if (!allocatedSinceScan) return;
    allocatedSinceScan = false;
    if (scans == scanWhys.length) {
      scanWhys = Arrays.copyOf(scanWhys, 2 * scans);
      scanLines = Arrays.copyOf(scanLines, 2 * scans);
    }
    scanWhys[scans] = why == null ? NO_CALL : freedDuringCall ? growth(why) : why;
    scanLines[scans] = line;
    scans++;
    if (fresh == null) return;
    for (int i = 0; i < freshLen; i++) {
      if (into != null && heap.isLive(fresh[i])) into.add(fresh[i]);
    }
    freshLen = 0;
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
