package rustle.memory;

/** The fixed regions of rustle's address space, for memory dumps and error messages. */
public enum Region {
  /** The first page; no valid pointer ever points here, so null dereferences are caught. */
  NULL,
  /** Read-only data: interned string literals. */
  STATIC,
  /** The call stack, grown downward from {@link Memory#stackTop()}. */
  STACK,
  /** Blocks handed out by the {@link Allocator}. */
  HEAP,
  /** Addresses outside every region. */
  UNMAPPED
}
