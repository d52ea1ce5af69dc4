package rustle.memory;

/**
 * What an observer of the heap is told as it happens: a block allocated or freed, by address. Lets an
 * observed run keep its allocation table without walking the heap; ordinary runs set no listener.
 */
public interface AllocationListener {
  void allocated(int addr);

  void freed(int addr);
}
