package rustle.dump;

import java.util.Arrays;
import java.util.Set;
import rustle.memory.AllocationListener;
import rustle.memory.Allocator;

/**
 * Why each live heap block was allocated and on which line: the allocator tells this table of every
 * allocation and free as it happens, and the observer's scans around the calls the user's code makes put
 * the blocks allocated since the previous scan down to that call ({@code String::from}); one allocated
 * while the same call also freed a block is growth.
 *
 * <p>Nothing here walks the heap: an observed run costs per allocation, not per live block, so a stop
 * point that is never reached leaves a program's speed almost as it was.
 */
final class Allocations implements AllocationListener {
  /** The call that allocated a block (null if not allocated by a call, e.g. {@code vec!}) and its line. */
  record Info(String why, int line) {}

  private final Allocator heap;
  private final int base;
  /** Stands for "no call" in whys (a block allocated outside any call, e.g. by {@code vec!}). */
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
  /** Each call's name with " (growth)" added, made once (the names are the frame maps' own strings). */
  private final java.util.Map<String, String> growthNames = new java.util.IdentityHashMap<>();

  Allocations(Allocator heap, int heapBase) {
    this.heap = heap;
    this.base = heapBase;
    heap.listen(this);
  }

  Info info(int address) {
    int g = (address - base) >>> 4;
    if (g < 0 || g >= whys.length || whys[g] == null) return null;
    return new Info(whys[g] == NO_CALL ? null : whys[g], lines[g]);
  }

  @Override
  public void allocated(int addr) {
    int g = (addr - base) >>> 4;
    if (g >= whys.length) {
      whys = Arrays.copyOf(whys, Math.max(g + 1, 2 * whys.length));
      lines = Arrays.copyOf(lines, whys.length);
    }
    whys[g] = null;
    if (freshLen == fresh.length) compact();
    fresh[freshLen++] = addr;
  }

  @Override
  public void freed(int addr) {
    whys[(addr - base) >>> 4] = null;
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
   * Puts the blocks allocated since the last scan and still live down to why (growth when the call
   * also freed a block) at line; adds their addresses to into unless it is null (only the trace asks).
   */
  void scan(String why, int line, boolean freedDuringCall, Set<Integer> into) {
    if (freshLen == 0) return;
    String w = why == null ? NO_CALL : freedDuringCall ? growth(why) : why;
    for (int i = 0; i < freshLen; i++) {
      int a = fresh[i];
      int g = (a - base) >>> 4;
      // Freed since, or listed twice (freed and allocated again at the same address) and put down already.
      if (whys[g] != null || !heap.isLive(a)) continue;
      whys[g] = w;
      lines[g] = line;
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
