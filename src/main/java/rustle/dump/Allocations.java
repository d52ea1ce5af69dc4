package rustle.dump;

import java.util.Arrays;
import java.util.Set;
import rustle.ast.Span;
import rustle.interp.observe.RunView;
import rustle.memory.AllocationListener;
import rustle.memory.Allocator;

/**
 * Why each live heap block was allocated and on which line, learnt from the allocation itself: the
 * allocator tells this table of every allocation (with its site) and free as it happens.
 *
 * <p>The rules, in order: a block whose site is one of the user's operations ({@code vec!},
 * {@code format!}, a call the user's code makes into std such as {@code String::from} when the std
 * code hands its span on, a clone) is put down to that operation and its line; otherwise, a block
 * allocated while a call from the user's code into std runs its body ({@link RunView#userCall}) is put
 * down to that call ({@code collect}); otherwise it waits in the fresh list for the next scan (a stop,
 * or a wrapped call's entry or exit) to put it down to "no call" at that line. A block that took over a
 * freed block's contents (a reallocation) is its operation's growth ({@code Vec::push (growth)}).
 * Arguments are evaluated before a call counts as running, so a {@code vec!} in an argument is the
 * macro's, not the call's.
 *
 * <p>Nothing here walks the heap: an observed run costs per allocation, not per live block and not
 * per call, so a stop point that is never reached leaves a program's speed almost as it was.
 */
final class Allocations implements AllocationListener {
  /** The call that allocated a block (null if not allocated by a call, e.g. {@code vec!}) and its line. */
  record Info(String why, int line) {}

  private final RunView run;
  private final Allocator heap;
  private final int base;
  /** Every allocation also goes to the fresh list (the trace reads it), not only those not put down. */
  private final boolean listAll;
  /** Stands for "no call" in whys (a block no operation claimed, put down by a scan). */
  private static final String NO_CALL = new String("");
  /**
   * By granule ((address - heap base) / 16), like the allocator's own tables: why and on which line each
   * block was allocated; a null why: not put down yet, or not live. Arrays, so a scan allocates nothing.
   */
  private String[] whys = new String[256];
  private int[] lines = new int[256];
  /** Addresses allocated since the last scan, in order; some may have been freed (and reallocated) since. */
  private int[] fresh = new int[16];
  private int freshLen;
  /** The last site that named an operation, and what it named (sites are the compiler's objects). */
  private Object lastSite;
  private String lastWhy;
  private int lastLine;
  /** Each operation's name with " (growth)" added, made once (the names are the compiler's own strings). */
  private final java.util.Map<String, String> growthNames = new java.util.IdentityHashMap<>();

  Allocations(RunView run, boolean listAll) {
    this(run.heap(), run.memory().heapBase(), run, listAll);
  }

  /** A table of heap's blocks; run null: no operation is known, every block waits for a scan. */
  Allocations(Allocator heap, int heapBase, RunView run, boolean listAll) {
    this.run = run;
    this.heap = heap;
    this.base = heapBase;
    this.listAll = listAll;
    heap.listen(this);
  }

  Info info(int address) {
    int g = (address - base) >>> 4;
    if (g < 0 || g >= whys.length || whys[g] == null) return null;
    return new Info(whys[g] == NO_CALL ? null : whys[g], lines[g]);
  }

  @Override
  public void allocated(int addr, Object site) {
    int g = (addr - base) >>> 4;
    if (g >= whys.length) {
      whys = Arrays.copyOf(whys, Math.max(g + 1, 2 * whys.length));
      lines = Arrays.copyOf(lines, whys.length);
    }
    String why = null;
    int line = 0;
    if (site != null && site == lastSite) {
      // A loop allocates at the same site again and again: one comparison instead of a lookup.
      why = lastWhy;
      line = lastLine;
    } else if (run != null) {
      if ((why = run.operation(site)) != null) {
        line = rustle.interp.observe.SiteNames.span(site).line();
        lastSite = site;
        lastWhy = why;
        lastLine = line;
      } else {
        Span call = run.userCall();
        if (call != null && (why = run.operation(call)) != null) line = call.line();
      }
    }
    whys[g] = why;
    lines[g] = line;
    if (why == null || listAll) {
      if (freshLen == fresh.length) compact();
      fresh[freshLen++] = addr;
    }
  }

  @Override
  public void freed(int addr) {
    whys[(addr - base) >>> 4] = null;
  }

  @Override
  public void reallocated(int addr) {
    int g = (addr - base) >>> 4;
    if (whys[g] != null && whys[g] != NO_CALL) whys[g] = growth(whys[g]);
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
   * Puts the blocks allocated since the last scan, still live and not put down yet, down to why (growth
   * when the call also freed a block) at line; adds the addresses of all of them to into unless it is
   * null (only the trace asks).
   */
  void scan(String why, int line, boolean freedDuringCall, Set<Integer> into) {
    if (freshLen == 0) return;
    String w = why == null ? NO_CALL : freedDuringCall ? growth(why) : why;
    for (int i = 0; i < freshLen; i++) {
      int a = fresh[i];
      if (!heap.isLive(a)) continue;
      int g = (a - base) >>> 4;
      if (whys[g] == null) {
        whys[g] = w;
        lines[g] = line;
      }
      if (into != null) into.add(a);
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
