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
 * stays in the allocator's table while the block lives): one reference per block, in an array by
 * granule, to the user's call running if there is one, else to the scan to come; a reallocation sets
 * the block's flag in a byte array beside it. A scan fills in its call and line once, whatever the number
 * of blocks waiting for it, and names are looked up only when a dump asks ({@link #info}): an observed
 * run costs two array stores per allocation and one per reallocation, nothing per free, per call or per
 * live block, so a stop point that is never reached leaves a program's speed almost as it was.
 */
final class Allocations implements AllocationListener {
  /** The call that allocated a block (null if not allocated by a call, e.g. {@code vec!}) and its line. */
  record Info(String why, int line) {}

  /** The next scan, as the blocks allocated before it (outside any call into std) record it. */
  private static final class Scan {
    /** Set when the scan happens: its call (null: none) and line. */
    boolean done;
    String why;
    int line;
  }

  private final RunView run;
  private final Allocator heap;
  private final int base;
  /** Every allocation goes to the fresh list, which only the trace reads; null when not tracing. */
  private int[] fresh;
  private int freshLen;
  /** By granule ((address - heap base) / 16), like the allocator's own tables: a Span or a Scan. */
  private Object[] marks = new Object[256];
  /**
   * By granule: 1 when the block took over a freed block's contents (a reallocation), else 0. Apart from
   * the mark, so that a reallocation is one store that reads nothing and makes nothing: a String growing
   * from call to call would otherwise make a twin of the mark at each growth.
   */
  private byte[] grown = new byte[256];
  /** The scan the blocks allocated from now on wait for. */
  private Scan pending = new Scan();
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
    Object mark = marks[g];
    boolean grown = this.grown[g] != 0;
    if (run != null) {
      Object site = heap.siteOf(address);
      String why = run.operation(site);
      int line = 0;
      if (why != null) {
        line = SiteNames.span(site).line();
      } else if (mark instanceof Span call && (why = run.operation(call)) != null) {
        line = call.line();
      }
      if (why != null) return new Info(grown ? growth(why) : why, line);
    }
    return mark instanceof Scan s && s.done ? new Info(s.why, s.line) : null;
  }

  /** The stores of an allocation: the user's call into std running, else the scan to come; not grown. */
  @Override
  public void allocated(int addr, Object site) {
    int g = (addr - base) >>> 4;
    Object[] t = marks;
    if (g >= t.length) t = grow(g);
    Span call = run == null ? null : run.userCall();
    t[g] = call != null ? call : pending;
    grown[g] = 0;
  }

  private Object[] grow(int g) {
    int n = Math.max(g + 1, 2 * marks.length);
    grown = Arrays.copyOf(grown, n);
    return marks = Arrays.copyOf(marks, n);
  }

  /** Nothing to do: a dump asks the allocator which blocks are live. */
  @Override
  public void freed(int addr) {}

  /** The block just allocated at addr took over a freed block's contents: its operation's growth. */
  @Override
  public void reallocated(int addr) {
    grown[(addr - base) >>> 4] = 1;
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
    public void freed(int addr) {}

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
    Scan s = pending;
    s.why = why == null ? null : freedDuringCall ? growth(why) : why;
    s.line = line;
    s.done = true;
    pending = new Scan();
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
