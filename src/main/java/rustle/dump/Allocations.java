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
 * <p>An allocation records only what would be lost later, and only what rules 2 and 3 need (rule 1's site
 * stays in the allocator's table while the block lives): one int per block, in an array by granule, that
 * says "the user's call running" (kept beside it, the rare case of a block whose site is not that call),
 * or the id of the scan to come, or neither; a reallocation sets the int's low bit. A scan fills in its
 * call and line once, whatever the number of blocks waiting for it, and names are looked up only when a
 * dump asks ({@link #info}): an observed run costs one int store per allocation and one per
 * reallocation, nothing per free, per call or per live block, so a stop point that is never reached
 * leaves a program's speed almost as it was.
 */
final class Allocations implements AllocationListener {
  /** The call that allocated a block (null if not allocated by a call, e.g. {@code vec!}) and its line. */
  record Info(String why, int line) {}

  /** A mark's low bit: the block took over a freed block's contents (a reallocation). */
  private static final int GROWN = 1;
  /** A mark's id (mark >>> 1) when rule 2 or 3 cannot apply: rule 1 names the block, or nothing does. */
  private static final int NONE = 0;
  /** A mark's id when a call of the user's into std was running: the call is in {@link #calls}. */
  private static final int CALL = 1;
  /** The first scan's id; scan k of {@link #scanWhy} has id FIRST_SCAN + k. */
  private static final int FIRST_SCAN = 2;

  private final RunView run;
  private final Allocator heap;
  private final int base;
  /** Every allocation goes to the fresh list, which only the trace reads; null when not tracing. */
  private int[] fresh;
  private int freshLen;
  /**
   * By granule ((address - heap base) / 16), like the allocator's own tables: the block's mark, an id
   * shifted left by one (NONE, CALL or a scan's) and the {@link #GROWN} bit. Ints, not references: an
   * allocation is then one int store, where a reference store also marked the GC's card table.
   */
  private int[] marks = new int[256];
  /** By granule, for a block whose mark is CALL: the user's call into std that was running. */
  private Object[] calls = new Object[256];
  /** Each scan's call (null: none) and line by id - FIRST_SCAN, up to the pending one (not done yet). */
  private String[] scanWhy = new String[64];
  private int[] scanLine = new int[64];
  /** The scan the blocks allocated from now on wait for, as its mark (id shifted left by one). */
  private int pending = FIRST_SCAN << 1;
  /** The allocator's allocation count at the last scan: a scan with no allocation before it does nothing. */
  private long allocationsAtScan;
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
    this.allocationsAtScan = heap.allocations();
    if (listAll) {
      fresh = new int[16];
      heap.listen(new Listing());
    } else {
      heap.listen(this);
    }
  }

  /** Why the live block at address was allocated, or null when no rule has put it down yet. */
  Info info(int address) {
    int g = (address - base) >>> 4;
    if (g < 0 || g >= marks.length || !heap.isLive(address)) return null;
    int mark = marks[g];
    int id = mark >>> 1;
    boolean grown = (mark & GROWN) != 0;
    if (run != null) {
      Object site = heap.siteOf(address);
      String why = run.operation(site);
      int line = 0;
      if (why != null) {
        line = SiteNames.span(site).line();
      } else if (id == CALL && calls[g] instanceof Span call && (why = run.operation(call)) != null) {
        line = call.line();
      }
      if (why != null) return new Info(grown ? growth(why) : why, line);
    }
    if (id < FIRST_SCAN || id >= pending >>> 1) return null; // none, or its scan is still to come
    return new Info(scanWhy[id - FIRST_SCAN], scanLine[id - FIRST_SCAN]);
  }

  /**
   * The store of an allocation: its mark, not grown. The user's call into std running when it is not
   * the site itself (then rule 1 names the block if anything does), else the scan to come.
   */
  @Override
  public void allocated(int addr, Object site) {
    int g = (addr - base) >>> 4;
    int[] t = marks;
    if (g >= t.length) t = grow(g);
    Span call = run == null ? null : run.userCall();
    t[g] = call == null ? pending : call == site ? NONE : called(g, call);
  }

  /** Keeps the user's call running when a block whose site is something else was allocated (rare). */
  private int called(int g, Span call) {
    calls[g] = call;
    return CALL << 1;
  }

  private int[] grow(int g) {
    int n = Math.max(g + 1, 2 * marks.length);
    calls = Arrays.copyOf(calls, n);
    return marks = Arrays.copyOf(marks, n);
  }

  /** The block just allocated at addr took over a freed block's contents: its operation's growth. */
  @Override
  public void reallocated(int addr) {
    marks[(addr - base) >>> 4] |= GROWN;
  }

  /** The listener of a traced run: also keeps each allocated address for the next scan's list. */
  private final class Listing implements AllocationListener {
    @Override
    public void allocated(int addr, Object site) {
      Allocations.this.allocated(addr, site);
      if (freshLen == fresh.length) compact();
      fresh[freshLen++] = addr;
    }

    @Override
    public void reallocated(int addr) {
      Allocations.this.reallocated(addr);
    }
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
    int k = (pending >>> 1) - FIRST_SCAN;
    scanWhy[k] = why == null ? null : freedDuringCall ? growth(why) : why;
    scanLine[k] = line;
    pending += 2;
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
    int done = (pending >>> 1) - FIRST_SCAN;
    int[] to = new int[done];
    int[] used = {0};
    heap.forEachLive((addr, size, site) -> {
      int g = (addr - base) >>> 4;
      if (g >= marks.length) return;
      int id = marks[g] >>> 1;
      if (id < FIRST_SCAN) return;
      int k = id - FIRST_SCAN;
      if (to[k] == 0) to[k] = ++used[0];
      marks[g] = (to[k] - 1 + FIRST_SCAN) << 1 | (marks[g] & GROWN);
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
    pending = (used[0] + FIRST_SCAN) << 1;
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
