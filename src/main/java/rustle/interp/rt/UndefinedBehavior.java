package rustle.interp.rt;

import rustle.ast.Span;
import rustle.memory.Memory;

/**
 * A raw-pointer access rustc would compile to undefined behaviour: the run stops with Miri's kind of report
 * ({@code error: Undefined Behavior: ...}, exit 1) instead of reading or writing whatever is there. The one
 * place that decides which accesses are valid: {@link #check}.
 */
public final class UndefinedBehavior extends RuntimeException {
  public final Span span;

  UndefinedBehavior(String message, Span span) {
    super(message, null, false, false);
    this.span = span;
  }

  /**
   * Returns addr when {@code size} bytes there lie inside one live allocation: a live heap block, the live
   * part of the stack (a frame of a running function), or the static region; throws otherwise.
   */
  public static int check(Machine m, long addr, int size, Span span) {
    return check(m, addr, size, span, m.sp);
  }

  /**
   * As {@link #check(Machine, long, int, Span)}, with the live stack starting at stackFloor: a native body
   * passes its own frame pointer, so that its frame does not count as the caller's memory.
   */
  public static int check(Machine m, long addr, int size, Span span, int stackFloor) {
    if (size == 0) return (int) addr;
    String what = "attempting to access " + size + " byte" + (size == 1 ? "" : "s") + ", but got ";
    if (addr >= 0 && addr < Memory.STATIC_BASE) {
      throw new UndefinedBehavior("memory access failed: " + what
          + (addr == 0 ? "null pointer" : String.format("0x%x", addr))
          + ", which is a dangling pointer (it has no provenance)", span);
    }
    long end = addr + size;
    if (addr >= Memory.STATIC_BASE && end <= m.mem.staticTop()) return (int) addr;
    if (addr >= stackFloor && end <= m.mem.stackTop()) return (int) addr;
    if (addr >= m.mem.stackBase() && addr < m.mem.stackTop()) {
      throw new UndefinedBehavior("memory access failed: " + what + String.format("0x%x", addr)
          + ", which is in a stack frame that has returned (a dangling pointer)", span);
    }
    if (addr >= m.mem.heapBase() && addr < m.mem.heapLimit()) {
      // The live block starting closest below addr: the access must lie inside it.
      long[] hit = new long[] {-1, 0};
      m.heap.forEachLive((start, len, site) -> {
        if (start <= addr && start > hit[0]) {
          hit[0] = start;
          hit[1] = len;
        }
      });
      if (hit[0] >= 0 && end <= hit[0] + hit[1]) return (int) addr;
      if (hit[0] >= 0 && addr < hit[0] + ((hit[1] + 15) & ~15L)) {
        throw new UndefinedBehavior(String.format("memory access failed: %s0x%x, %d bytes into the heap block at "
            + "0x%x, which is only %d bytes long (out of bounds)", what, addr, addr - hit[0], hit[0], hit[1]), span);
      }
      throw new UndefinedBehavior("memory access failed: " + what + String.format("0x%x", addr)
          + ", which is not in any live heap block (freed or never allocated: a dangling pointer)", span);
    }
    throw new UndefinedBehavior("memory access failed: " + what + String.format("0x%x", addr)
        + ", which is outside every allocation (a dangling pointer)", span);
  }
}
