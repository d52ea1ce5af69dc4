package rustle.dump;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import rustle.memory.Allocator;

/**
 * Why each live heap block was allocated and on which line, learned by comparing the allocator's live
 * blocks around the calls the user's code makes: a block that appears during {@code String::from} was
 * allocated by it; one that replaces a freed block during the same call is growth.
 */
final class Allocations {
  /** The call that allocated a block (null if not allocated by a call, e.g. {@code vec!}) and its line. */
  record Info(String why, int line, Object site) {}

  private final Allocator heap;
  private final Map<Integer, Info> infos = new HashMap<>();
  private long allocs;
  private long frees;

  /** Whether frees may be noted without a walk (not for the trace, which reports each free as it happens). */
  private final boolean lazyFrees;

  Allocations(Allocator heap, boolean lazyFrees) {
    this.heap = heap;
    this.lazyFrees = lazyFrees;
  }

  Info info(int address) {
    return infos.get(address);
  }

  /**
   * Brings the table up to date when the allocator's counters moved: blocks no longer live are
   * forgotten, new ones are put down to why (growth when the call also freed a block).
   */
  Set<Integer> scan(String why, int line, boolean freedDuringCall) {
    if (heap.allocations() == allocs && heap.frees() == frees) return Set.of();
    if (heap.allocations() == allocs + 1 && heap.frees() == frees) {
      // One block allocated and none freed since the last scan (a Box::new, a String::from): the
      // table holds every other live block already, so the walk of the whole heap is not needed.
      allocs++;
      int a = heap.lastAllocated();
      infos.put(a, new Info(why, line, heap.siteOf(a)));
      return Set.of(a);
    }
    if (lazyFrees && heap.allocations() == allocs) {
      // Only frees: the entries of freed blocks stay until a walk prunes them; a block later allocated
      // at the same address replaces its entry (or is told apart by its allocation site).
      frees = heap.frees();
      return Set.of();
    }
    allocs = heap.allocations();
    frees = heap.frees();
    Set<Integer> live = new HashSet<>();
    Set<Integer> fresh = new HashSet<>();
    heap.forEachLive((a, size, site) -> {
      live.add(a);
      Info known = infos.get(a);
      if (known == null || known.site() != site) fresh.add(a);
    });
    infos.keySet().retainAll(live);
    for (int a : fresh) {
      String w = why == null ? null : freedDuringCall ? why + " (growth)" : why;
      infos.put(a, new Info(w, line, heap.siteOf(a)));
    }
    return fresh;
  }

  long frees() {
    return heap.frees();
  }
}
