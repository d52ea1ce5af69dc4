package rustle.memory;

import java.util.Arrays;

/**
 * The heap allocator: first fit over an indexed set of free blocks, with splitting, coalescing and a
 * wilderness that grows the heap.
 *
 * <p>The heap is cut into 16-byte granules; granule g is at {@code heapBase + 16 * g}. Requests are
 * rounded up to whole granules, so every block starts 16-aligned, like malloc's. The blocks tile
 * {@code [0, top)} with no gaps; above {@code top} lies the wilderness, not yet handed out.
 *
 * <p>Bookkeeping lives beside the memory, never inside it, so the simulated bytes are exactly what the
 * program wrote. All of it is in arrays indexed by granule (no per-block objects or boxing):
 *
 * <ul>
 *   <li>{@code tag}: boundary tags, written at a block's first and last granule: its length in granules,
 *       positive if live, negative if free. The tag just below a block tells whether its left neighbour is
 *       free and where it starts, so coalescing is O(1).
 *   <li>{@code requested}: at a block's first granule, the size asked for while live (its complement,
 *       below {@link #FREED}, once the block took over a freed block's contents: {@link #freeMoved}), and
 *       {@link #FREED} once freed, which is how a double free is recognised.
 *   <li>{@code sites}: the opaque allocation site of each live block, for leak reports, or in an observed
 *       run that site with the block's mark ({@link #markOf}).
 *   <li>{@link FreeBlocks}: a bitmap of free-block starts and a max tree of free-block lengths over it.
 * </ul>
 *
 * <p>Allocation takes the lowest-addressed free block that can hold the request at the requested
 * alignment (first fit); the unused part below the aligned start and the remainder above the block stay
 * free. The max tree finds that block in O(log heap) however many small holes lie below it, where a walk
 * of the free blocks in address order would visit every one. If no free block fits, the block is carved
 * from the wilderness and the backing array is grown. Freeing merges the block with free neighbours; a
 * free block that would end at {@code top} is returned to the wilderness instead, so a loop that
 * allocates and frees reuses one block.
 *
 * <p>In front of all this sits a {@link Tcache}, as in glibc's malloc: a freed block of up to 1 KiB is kept
 * whole (up to seven per size) and handed out again, last freed first, to the next request of its size
 * in granules, before any first-fit search; only a block it has no room for is merged and indexed.
 */
public final class Allocator {
  /** Every block address and size is a multiple of this. */
  public static final int GRANULE = 16;
  /** Largest supported alignment: the heap base is aligned to it. */
  public static final int MAX_ALIGN = Memory.HEAP_ALIGN;

  private static final int SHIFT = 4;
  private static final int FREED = -1;
  private static final int NONE = FreeBlocks.NONE;

  private final Memory mem;
  private final int base;
  private final int limit;
  private final FreeBlocks free;
  /** Freed small blocks kept for reuse by size, as glibc's tcache; empty and unused in quarantine. */
  private final Tcache tcache;
  private int top;
  /**
   * The wilderness can be cut up to this granule without growing anything: the memory's accessible end,
   * the tables and the free index all reach it (one compare on the path that cuts the wilderness).
   */
  private int ready;
  private int[] tag;
  private int[] requested;
  private Object[] sites;
  /** Told of each allocation when set (a traced run's list of fresh blocks); null otherwise. */
  private AllocationListener listener;
  /**
   * The call the program is in, as the interpreter tells (the user's call into std whose body runs), or
   * null. The interpreter keeps it here, and only here ({@link #enter}, or a plain store for a caller
   * with no mark): it reads it for std's panics (their location), and while a call with a mark runs,
   * the blocks allocated get its mark.
   */
  public Caller caller;
  /** Whether {@link #listener} or {@link #table} is set. */
  private boolean told;
  /**
   * Whether {@link #told}, or a {@link #caller} with a mark runs: the one flag the allocation path reads.
   * Outside such a call an observed run's allocation does exactly what a plain run's does; its blocks
   * are marked later, when the observer asks ({@link #markUnmarked}).
   */
  private boolean watched;
  /** Set by {@link #quarantine}: freed blocks stay out of reuse and are recorded here; null normally. */
  private AllocTable table;

  private long allocations;
  private long frees;
  private long reallocations;
  private int largestBlock;
  private long bytesAllocated;
  private long liveBytes;
  private long peakLiveBytes;

  public Allocator(Memory mem) {
    this(mem, Tcache.MAX_GRANULES);
  }

  /** An allocator whose tcache keeps blocks of up to tcacheGranules granules: 0 makes it first fit alone. */
  Allocator(Memory mem, int tcacheGranules) {
    this.mem = mem;
    this.tcache = new Tcache(tcacheGranules);
    this.base = mem.heapBase();
    this.limit = (mem.heapLimit() - base) >>> SHIFT;
    int initial = Math.min(limit, 4096);
    tag = new int[initial];
    requested = new int[initial];
    sites = new Object[initial];
    free = new FreeBlocks();
  }

  /**
   * Allocates size bytes aligned to align (a power of two) and returns the block's address.
   *
   * @throws OutOfMemory when the heap limit cannot hold the block
   */
  public int allocate(int size, int align, Object site) {
    // The common request (at most malloc's 16-byte alignment) takes the short path: a first fit at any
    // granule, no alignment gaps. Everything else, and every bad argument, goes out of line.
    if (size <= 0 || align <= 0 || align > GRANULE || (align & (align - 1)) != 0) {
      return allocateAligned(size, align, site);
    }
    int n = ((size - 1) >>> SHIFT) + 1;
    int g = tcache.take(n);
    if (g == NONE) {
      g = free.firstFit(n, tag);
      if (g != NONE) {
        take(g, n);
      } else {
        g = fromWildernessOrReclaim(n, 1, size);
      }
    }
    return allocated(g, size, site);
  }

  /** Allocations aligned past a granule, and the argument checks. */
  private int allocateAligned(int size, int align, Object site) {
    if (size <= 0) {
      throw new IllegalArgumentException(
          "allocation of " + size + " bytes; zero-sized values use dangling pointers");
    }
    if (align <= 0 || align > MAX_ALIGN || (align & (align - 1)) != 0) {
      throw new IllegalArgumentException("bad alignment " + align);
    }
    int n = ((size - 1) >>> SHIFT) + 1;
    int step = align <= GRANULE ? 1 : align >>> SHIFT;
    int g = firstFit(n, step);
    if (g == NONE) {
      g = fromWildernessOrReclaim(n, step, size);
    }
    return allocated(g, size, site);
  }

  /** Records the new live block at granule g and returns its address. */
  private int allocated(int g, int size, Object site) {
    requested[g] = size;
    sites[g] = site;
    if (size > largestBlock) {
      largestBlock = size;
    }
    allocations++;
    bytesAllocated += size;
    if ((liveBytes += size) > peakLiveBytes) {
      peakLiveBytes = liveBytes;
    }
    int addr = base + (g << SHIFT);
    if (watched) {
      watch(g, addr, size, site);
    }
    return addr;
  }

  /**
   * Marks the block with its call's mark and tells the quarantine table and the listener of it (out of
   * line, and one flag on the path: allocated must stay small enough for the JIT to inline it where it
   * is hot).
   */
  private void watch(int g, int addr, int size, Object site) {
    Caller c = caller;
    if (c != null && c.mark != 0) {
      sites[g] = c.marked(site);
    }
    if (table != null) {
      table.allocated(addr, size, site);
    }
    if (listener != null) {
      listener.allocated(addr, site);
    }
  }

  /** Tells listener of every later allocation (one listener at a time; null stops telling). */
  public void listen(AllocationListener listener) {
    this.listener = listener;
    told = listener != null || table != null;
    watched = told || caller != null && caller.mark != 0;
  }

  /**
   * Enters call c (the interpreter's call from the user's code into std, while its body runs); returns
   * the caller to give {@link #leave}. While a call with a mark runs, each block allocated gets its mark.
   */
  public Caller enter(Caller c) {
    Caller saved = caller;
    caller = c;
    if (c.mark != 0) watched = true;
    return saved;
  }

  /** Leaves call c, entered by {@link #enter} when saved was the caller. */
  public void leave(Caller c, Caller saved) {
    caller = saved;
    if (c.mark != 0) watched = told || saved != null && saved.mark != 0;
  }

  /**
   * The mark of the live block at addr: its call's (it was allocated while a call with a mark ran), or
   * the one {@link #markUnmarked} or {@link #remark} gave it; 0 when none. What a mark means is the
   * observer's business.
   */
  public int markOf(int addr) {
    int g = liveGranule(addr);
    return g == NONE ? 0 : MarkedSite.mark(sites[g]);
  }

  /** Gives the live block at addr the mark m (not 0). */
  public void remark(int addr, int m) {
    int g = liveGranule(addr);
    if (g != NONE) {
      sites[g] = new MarkedSite(MarkedSite.site(sites[g]), m);
    }
  }

  /** Gives the live block at addr the mark m (not 0) unless it has one. */
  public void markIfUnmarked(int addr, int m) {
    int g = liveGranule(addr);
    if (g != NONE && !(sites[g] instanceof MarkedSite)) {
      sites[g] = new MarkedSite(sites[g], m);
    }
  }

  /**
   * Gives every live block with no mark the mark m (not 0): those allocated, outside a marked call,
   * since the last time. A walk of the live blocks, for an observer that looks at them all anyway.
   */
  public void markUnmarked(int m) {
    MarkedSite last = null;
    for (int s = 0; s < top; s += Math.abs(tag[s])) {
      if (tag[s] > 0 && live(requested[s]) && !(sites[s] instanceof MarkedSite)) {
        if (last == null || last.site != sites[s]) last = new MarkedSite(sites[s], m);
        sites[s] = last;
      }
    }
  }

  /** Whether the live block at addr took over a freed block's contents ({@link #freeMoved}). */
  public boolean movedInto(int addr) {
    int g = liveGranule(addr);
    return g != NONE && requested[g] < FREED;
  }

  /** Whether a {@link #requested} entry is a live block's. */
  private static boolean live(int r) {
    return r > 0 || r < FREED;
  }

  /** The size a live block's {@link #requested} entry holds (its complement once moved into). */
  private static int size(int r) {
    return r >= 0 ? r : ~r;
  }

  private int firstFit(int n, int step) {
    int s = free.firstFit(n, step, tag);
    if (s == NONE) {
      return NONE;
    }
    int a = (s + step - 1) & -step;
    carve(s, s - tag[s], a, n);
    return a;
  }

  /** Turns the first n granules of the free block at s live; the rest of it stays free. */
  private void take(int s, int n) {
    int len = -tag[s];
    free.remove(s);
    if (len > n) {
      setFree(s + n, len - n);
      free.add(s + n, len - n);
    }
    setLive(s, n);
  }

  /** Turns [a, a+n) of the free block [s, end) live; what is left on either side stays free. */
  private void carve(int s, int end, int a, int n) {
    int rest = a + n;
    if (rest < end) {
      setFree(rest, end - rest);
      free.add(rest, end - rest);
    }
    if (a > s) {
      setFree(s, a - s); // shorter, so the index's bound for it still holds
    } else {
      free.remove(s);
    }
    setLive(a, n);
  }

  private int fromWilderness(int n, int step, int size) {
    int a = (top + step - 1) & -step;
    int end = a + n;
    if (end > ready) {
      prepare(a, n, size);
    }
    if (a > top) {
      // The alignment gap below the block becomes an ordinary free block.
      setFree(top, a - top);
      free.add(top, a - top);
    }
    setLive(a, n);
    top = end;
    return a;
  }

  /**
   * Makes the memory, the tables and the free index reach the block [a, a+n) about to be cut from the
   * wilderness, and raises {@link #ready} to what they all reach.
   */
  private void prepare(int a, int n, int size) {
    if ((long) a + n > limit) {
      throw new OutOfMemory(size);
    }
    int end = a + n;
    try {
      mem.ensureCapacity(base + (end << SHIFT));
    } catch (OutOfMemoryError e) {
      throw new OutOfMemory(size);
    }
    if (end > tag.length) {
      growTables(end);
    }
    free.cover(end);
    ready = Math.min(Math.min(tag.length, free.covered()), (mem.end() - base) >>> SHIFT);
  }

  /**
   * Cuts the block from the wilderness. A heap too full for it first gives back the freed blocks it
   * holds on to and tries again: the tcache's, as glibc's malloc does before it fails, and in
   * quarantine every freed block, so that the run goes on (a dangling pointer into a block reused from
   * then on is no longer recognised).
   */
  private int fromWildernessOrReclaim(int n, int step, int size) {
    try {
      return fromWilderness(n, step, size);
    } catch (OutOfMemory full) {
      if (table == null) {
        if (tcache.isEmpty()) throw full;
        tcache.drain(g -> release(g, tag[g]));
      } else {
        java.util.List<Integer> freed = new java.util.ArrayList<>();
        for (int s = 0; s < top; s += Math.abs(tag[s])) {
          if (tag[s] > 0 && requested[s] == FREED) freed.add(s);
        }
        if (freed.isEmpty()) throw full;
        for (int s : freed) release(s, tag[s]);
      }
      int g = firstFit(n, step);
      return g != NONE ? g : fromWilderness(n, step, size);
    }
  }

  private void growTables(int needed) {
    int len = (int) Math.min(limit, Math.max(needed, 2L * tag.length));
    tag = Arrays.copyOf(tag, len);
    requested = Arrays.copyOf(requested, len);
    sites = Arrays.copyOf(sites, len);
  }

  private void setLive(int g, int n) {
    tag[g] = n;
    tag[g + n - 1] = n;
  }

  private void setFree(int g, int len) {
    tag[g] = -len;
    tag[g + len - 1] = -len;
  }

  /**
   * Frees the live block old whose contents were just copied into the block fresh: the second half of
   * a reallocation, which a marked block records ({@link #movedInto}).
   */
  public void freeMoved(int old, int fresh) {
    free(old);
    reallocations++;
    int g = (fresh - base) >>> SHIFT;
    // Every run, not only an observed one: one store in a line the allocation just wrote, no flag to test.
    requested[g] = ~requested[g];
  }

  /**
   * Frees the live block starting at addr.
   *
   * @throws InvalidFree when addr is not the start of a live block
   */
  public void free(int addr) {
    int g = liveGranule(addr);
    if (g == NONE) {
      throw invalidFree(addr);
    }
    liveBytes -= size(requested[g]);
    frees++;
    requested[g] = FREED;
    sites[g] = null;
    if (table != null) {
      // Quarantine: the block keeps its granules (its tags stay "in use"), so its address is never
      // handed out again and every later access through a dangling pointer is recognised.
      table.freed(addr);
      return;
    }
    int n = tag[g];
    if (!tcache.keep(g, n)) {
      release(g, n);
    }
  }

  /**
   * Switches to quarantine for the rest of the run ({@code rustle run --unchecked}): freed blocks are
   * never reused, and every block is recorded in table with its allocation id and sites.
   */
  public void quarantine(AllocTable table) {
    tcache.drain(g -> release(g, tag[g]));
    this.table = table;
    told = watched = true;
  }

  /** The table given to {@link #quarantine}, or null in an ordinary run. */
  public AllocTable table() {
    return table;
  }

  /** Makes [g, g+n) free, merging it with free neighbours or with the wilderness. */
  private void release(int g, int n) {
    int end = g + n;
    int left = leftStart(g);
    if (end == top) {
      toWilderness(g, left);
      return;
    }
    int right = tag[end];
    if (right < 0) {
      free.remove(end);
      end -= right;
    }
    setFree(left, end - left);
    if (left < g) {
      free.grew(left, end - left);
    } else {
      free.add(g, end - g);
    }
  }

  /** Where the free block ending just below granule g starts, or g when that granule is live or g is 0. */
  private int leftStart(int g) {
    int below = g > 0 ? tag[g - 1] : 0;
    return below < 0 ? g + below : g;
  }

  /** The block at g, with its free left neighbour starting at left (g if none), joins the wilderness. */
  private void toWilderness(int g, int left) {
    if (left < g) {
      free.remove(left);
    }
    top = left;
  }


  /** The granule of the live block starting at addr, or NONE. */
  private int liveGranule(int addr) {
    int off = addr - base;
    int g = off >> SHIFT;
    if (off < 0 || (off & (GRANULE - 1)) != 0 || g >= top || !live(requested[g])) {
      return NONE;
    }
    return g;
  }

  private InvalidFree invalidFree(int addr) {
    int off = addr - base;
    int g = off >> SHIFT;
    if (off < 0 || off >= limit << SHIFT) {
      return new InvalidFree(addr, false, "not a heap address");
    }
    for (int s = 0; s < top; s += Math.abs(tag[s])) {
      if (tag[s] > 0 && live(requested[s]) && g > s && g < s + tag[s]) {
        return new InvalidFree(addr, false,
            String.format("points inside the live block at 0x%x, not to its start", base + (s << SHIFT)));
      }
    }
    if ((off & (GRANULE - 1)) == 0 && g < requested.length && requested[g] == FREED) {
      return new InvalidFree(addr, true, "the block was already freed");
    }
    return new InvalidFree(addr, false, "no block was allocated at this address");
  }

  public boolean isLive(int addr) {
    return liveGranule(addr) != NONE;
  }

  /** The requested size of the live block at addr. */
  public int sizeOf(int addr) {
    int g = liveGranule(addr);
    if (g == NONE) {
      throw new IllegalArgumentException(String.format("0x%x is not the start of a live heap block", addr));
    }
    return size(requested[g]);
  }

  /** The allocation site passed for the live block at addr. */
  public Object siteOf(int addr) {
    int g = liveGranule(addr);
    return g == NONE ? null : MarkedSite.site(sites[g]);
  }

  /** Where the wilderness begins: every heap byte below is in some block, live or free. */
  public int topAddress() {
    return base + (top << SHIFT);
  }

  public void forEachLive(BlockVisitor v) {
    for (int s = 0; s < top; s += Math.abs(tag[s])) {
      if (tag[s] > 0 && live(requested[s])) {
        v.visit(base + (s << SHIFT), size(requested[s]), MarkedSite.site(sites[s]));
      }
    }
  }

  public void forEachFree(FreeVisitor v) {
    for (int s = free.nextStart(0); s != NONE; s = free.nextStart(s + 1)) {
      v.visit(base + (s << SHIFT), -tag[s] << SHIFT);
    }
  }

  public long allocations() {
    return allocations;
  }

  public long frees() {
    return frees;
  }

  /** Total bytes ever requested. */
  public long bytesAllocated() {
    return bytesAllocated;
  }

  public long liveBytes() {
    return liveBytes;
  }

  public long peakLiveBytes() {
    return peakLiveBytes;
  }

  /** How many blocks took over a freed block's contents ({@link #freeMoved}). */
  public long reallocations() {
    return reallocations;
  }

  /** The largest size ever requested. */
  public int largestBlock() {
    return largestBlock;
  }

  public int liveBlocks() {
    return (int) (allocations - frees);
  }
}
