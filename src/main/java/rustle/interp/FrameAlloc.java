package rustle.interp;

/**
 * Hands out the slots of one frame. The frame grows downward from its top (the caller's stack
 * pointer): each slot's offset is negative, and the first local declared gets the highest address.
 */
public final class FrameAlloc {
  private int depth;
  /** Every drop flag and moved flag handed out, in order: all are cleared when the frame is entered. */
  private final java.util.List<Integer> flags = new java.util.ArrayList<>();

  public int alloc(int size, int align) {
    int a = Math.max(1, align);
    depth = (depth + size + a - 1) & -a;
    if (size == 0) return -depth;
    return -depth;
  }

  public int flag() {
    int off = alloc(1, 1);
    flags.add(off);
    return off;
  }

  /** The flags handed out, except those in skip (set by the function's entry anyway). */
  int[] flagsExcept(java.util.Set<Integer> skip) {
    return flags.stream().filter(f -> !skip.contains(f)).mapToInt(Integer::intValue).toArray();
  }

  int size() {
    return (depth + 15) & ~15;
  }
}
