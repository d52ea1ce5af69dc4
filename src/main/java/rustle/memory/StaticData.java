package rustle.memory;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** The static region's bookkeeping: where its data ends and which literals it holds already. */
final class StaticData {
  private final Map<String, Integer> interned = new HashMap<>();
  private int top = Memory.STATIC_BASE;

  int top() {
    return top;
  }

  /** See {@link Memory#internStatic}. */
  int intern(Memory mem, byte[] utf8) {
    String key = new String(utf8, StandardCharsets.ISO_8859_1);
    Integer known = interned.get(key);
    if (known != null) {
      return known;
    }
    if (utf8.length > Memory.CODE_BASE - top) {
      throw full(utf8.length);
    }
    int addr = top;
    mem.write(addr, utf8);
    top += utf8.length;
    interned.put(key, addr);
    return addr;
  }

  /** See {@link Memory#allocStatic}: the region starts zeroed and nothing else writes there. */
  int alloc(int size, int align) {
    int addr = (top + align - 1) & -align;
    if (size > Memory.CODE_BASE - addr) {
      throw full(size);
    }
    top = addr + size;
    return addr;
  }

  private static IllegalStateException full(int size) {
    return new IllegalStateException("static region full: no room for " + size + " more bytes");
  }
}
