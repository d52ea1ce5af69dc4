package rustle.interp;

/**
 * Hands out the slots of one frame. The frame grows downward from its top (the caller's stack
 * pointer): each slot's offset is negative, and the first local declared gets the highest address.
 */
public final class FrameAlloc {
  private int depth;

  public int alloc(int size, int align) {
    int a = Math.max(1, align);
    depth = (depth + size + a - 1) & -a;
    if (size == 0) return -depth;
    return -depth;
  }

  int flag() {
    return alloc(1, 1);
  }

  int size() {
    return (depth + 15) & ~15;
  }
}
