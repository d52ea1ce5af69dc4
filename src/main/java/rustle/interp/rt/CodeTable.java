package rustle.interp.rt;

import rustle.interp.drop.Dropper;
import rustle.memory.Memory;

/**
 * The code region: the addresses that fn pointers and vtable entries hold. Every function instance
 * whose address is taken gets the next 16-byte slot from {@link Memory#CODE_BASE} up, in the order the
 * compiler first needs it, so the same program always gives the same addresses. The bytes there are
 * never read or written; the address only names the code, as a real fn pointer names machine code.
 */
public final class CodeTable {
  /** Distance between two code addresses. */
  public static final int STRIDE = 16;
  private static final int SHIFT = 4;

  /**
   * What lives at one code address: a compiled function (takesEnv when its first parameter is the
   * object's data pointer, as for trait methods and closures), or a type's drop glue
   * ({@code drop_in_place::<T>}).
   */
  public record Entry(FnCode code, boolean takesEnv, Dropper drop, String name) {}

  /** The entries by slot, in a plain array: every dynamic call looks its callee up here. */
  private Entry[] entries = new Entry[16];
  private int count;
  /**
   * The address a fn pointer's vtable as {@code dyn Fn*} holds in its call slots (0 until one is built):
   * the function to run is the fn pointer the object's data pointer points at, not a fixed one.
   */
  public long throughPointer;

  /** Registers the entry of {@link #throughPointer} (once) and returns its address; called the first time a fn pointer becomes a trait object. */
  public long throughPointerEntry() {
    if (throughPointer == 0) throughPointer = add(new Entry(null, false, null, "<fn pointer as Fn>::call"));
    return throughPointer;
  }

  /** Registers an entry and returns its address. */
  public int add(Entry e) {
    if (count >= (Memory.STACK_BASE - Memory.CODE_BASE) / STRIDE) {
      throw new IllegalStateException("code region full");
    }
    if (count == entries.length) entries = java.util.Arrays.copyOf(entries, count * 2);
    entries[count++] = e;
    return Memory.CODE_BASE + (count - 1) * STRIDE;
  }

  /** The entry at a code address, or null when nothing lives there. */
  public Entry at(long addr) {
    long d = addr - Memory.CODE_BASE;
    if (d < 0 || (d & (STRIDE - 1)) != 0 || (d >> SHIFT) >= count) return null;
    return entries[(int) (d >> SHIFT)];
  }

  /** The function at a code address; calling anything else is undefined behaviour rustle refuses. */
  public Entry fn(long addr) {
    Entry e = at(addr);
    if (e == null || e.code() == null) {
      throw new IllegalStateException(String.format("call through 0x%x, which is not a function's address", addr));
    }
    return e;
  }
}
