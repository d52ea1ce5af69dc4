package rustle.memory;

/**
 * What an observer of the heap is told as it happens: a block allocated (with the site its allocator
 * was given), by address. Lets an observed run list the blocks allocated between two scans without
 * walking the heap (from its first scan on; a traced run from the start); a plain run, and an observed
 * one until its first scan, set no listener. Frees are not told: the allocator knows which blocks are
 * live, and a call per free cost an observed run time for nothing.
 */
public interface AllocationListener {
  void allocated(int addr, Object site);
}
