package rustle.memory;

/**
 * What an observer of the heap is told as it happens: a block allocated (with the site its allocator
 * was given), by address, and a reallocation. Lets an observed run keep its allocation table without
 * walking the heap; ordinary runs set no listener. Frees are not told: the allocator knows which
 * blocks are live, and a call per free cost an observed run time for nothing.
 */
public interface AllocationListener {
  void allocated(int addr, Object site);

  /**
   * The block just allocated at fresh took over the contents of a block that was then freed: a
   * reallocation (a Vec or String growing, a hash table resizing, a shrink_to_fit).
   */
  default void reallocated(int fresh) {}
}
