package rustle.memory;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The whole simulated address space: one little-endian byte array in which an address is the array index.
 *
 * <p>The layout is fixed and deterministic so that printed addresses are reproducible:
 *
 * <pre>
 *   [0, 0x1000)                  null page, never valid
 *   [0x1000, 0x10_0000)          static data: interned string literals, read-only
 *   [0x10_0000, stackTop)        stack of stackSize bytes; the interpreter grows it down from stackTop
 *   [stackTop, heapBase)         unmapped gap; heapBase is stackTop rounded up to 16 MiB
 *   [heapBase, heapLimit)        heap of heapSize bytes, managed by the Allocator
 * </pre>
 *
 * <p>The array covers the heap lazily: it starts a little past heapBase and {@link #ensureCapacity}
 * grows it by half as the allocator's high-water mark rises, so {@link #bytes} may be replaced and must
 * be re-read rather than cached. Accessors do no checks of their own: the JVM's array bounds check is the
 * only one, which keeps them small enough to inline on the interpreter's hot path.
 */
public final class Memory {
  /** Start of the static region; everything below is the null page. */
  public static final int STATIC_BASE = 0x1000;
  /**
   * Start of the code region, the top 64 KiB of the static region: the addresses fn pointers and
   * vtables hold (see rustle.interp.rt.CodeTable). Literals and vtables stay below it.
   */
  public static final int CODE_BASE = 0xF_0000;
  /** End of the static region and start of the stack region. */
  public static final int STACK_BASE = 0x10_0000;
  /** The heap starts on a multiple of this, so block alignments up to 16 MiB are plain granule math. */
  public static final int HEAP_ALIGN = 1 << 24;
  /** Highest possible heapLimit: below 2^31 and below the JVM's maximum array length. */
  public static final int MAX_ADDRESS = 0x7FFF_F000;

  /** How much heap the array covers before the first growth. */
  private static final int INITIAL_HEAP = 256 << 10;

  private static final VarHandle LONG = view(long[].class);
  private static final VarHandle INT = view(int[].class);
  private static final VarHandle SHORT = view(short[].class);
  private static final VarHandle DOUBLE = view(double[].class);
  private static final VarHandle FLOAT = view(float[].class);

  /** The backing store; replaced by a larger copy when the heap grows. */
  public byte[] bytes;

  private final int stackTop;
  private final int heapBase;
  private final int heapLimit;
  private final Map<String, Integer> interned = new HashMap<>();
  private int staticTop = STATIC_BASE;

  /**
   * Lays out a space with the given stack and heap sizes. The stack size is rounded up to 16 bytes so
   * stackTop is 16-aligned; the heap size is rounded down to 16 bytes and clamped so heapLimit stays at
   * or below {@link #MAX_ADDRESS}.
   */
  public Memory(int stackSize, long heapSize) {
    if (stackSize < 0 || heapSize < 0) {
      throw new IllegalArgumentException("negative stack or heap size");
    }
    long top = STACK_BASE + (((long) stackSize + 15) & ~15L);
    long base = (top + HEAP_ALIGN - 1) & -(long) HEAP_ALIGN;
    if (base >= MAX_ADDRESS) {
      throw new IllegalArgumentException("stack of " + stackSize + " bytes leaves no room for a heap");
    }
    stackTop = (int) top;
    heapBase = (int) base;
    heapLimit = heapBase + (int) (Math.min(heapSize, MAX_ADDRESS - base) & ~15L);
    bytes = new byte[heapBase + Math.min(INITIAL_HEAP, heapLimit - heapBase)];
  }

  private static VarHandle view(Class<?> arrayType) {
    return MethodHandles.byteArrayViewVarHandle(arrayType, ByteOrder.LITTLE_ENDIAN);
  }

  public int stackBase() {
    return STACK_BASE;
  }

  public int stackTop() {
    return stackTop;
  }

  public int heapBase() {
    return heapBase;
  }

  public int heapLimit() {
    return heapLimit;
  }

  /** End of the static data interned so far. */
  public int staticTop() {
    return staticTop;
  }

  /**
   * Makes the array reach at least endAddress (at most heapLimit), growing its heap part by half: the
   * old array lives on during the copy, so the JVM briefly holds both; halves rather than doubling keep
   * that peak (and the resident size) near 2.5 times the heap in use, for a few more copies.
   */
  public void ensureCapacity(int endAddress) {
    if (endAddress <= bytes.length) {
      return;
    }
    if (endAddress > heapLimit) {
      throw new IllegalArgumentException(
          String.format("0x%x is past the heap limit 0x%x", endAddress, heapLimit));
    }
    long heapPart = bytes.length - (long) heapBase;
    int grown = (int) Math.min(heapLimit, Math.max(endAddress, bytes.length + Math.max(heapPart / 2, INITIAL_HEAP)));
    try {
      bytes = Arrays.copyOf(bytes, grown);
    } catch (OutOfMemoryError e) {
      // The JVM cannot spare the grown array; the exact size may still fit.
      bytes = Arrays.copyOf(bytes, endAddress);
    }
  }

  /**
   * Copies a literal's bytes into the static region and returns its address; identical contents share
   * one address, as rustc merges identical string constants.
   */
  public int internStatic(byte[] utf8) {
    String key = new String(utf8, StandardCharsets.ISO_8859_1);
    Integer known = interned.get(key);
    if (known != null) {
      return known;
    }
    if (utf8.length > CODE_BASE - staticTop) {
      throw new IllegalStateException("static region full: no room for " + utf8.length + " more bytes");
    }
    int addr = staticTop;
    System.arraycopy(utf8, 0, bytes, addr, utf8.length);
    staticTop += utf8.length;
    interned.put(key, addr);
    return addr;
  }

  /**
   * Reserves zeroed size bytes of static data at the given alignment (a vtable, a {@code static mut}
   * item) and returns the address; a vtable's contents are written once, before the program runs.
   */
  public int allocStatic(int size, int align) {
    int addr = (staticTop + align - 1) & -align;
    if (size > CODE_BASE - addr) throw new IllegalStateException("static region full: no room for " + size + " more bytes");
    staticTop = addr + size;
    return addr;
  }

  /** The region an address falls in, by the fixed layout (not by whether anything lives there). */
  public Region regionOf(int addr) {
    if (addr < 0) {
      return Region.UNMAPPED;
    } else if (addr < STATIC_BASE) {
      return Region.NULL;
    } else if (addr < STACK_BASE) {
      return Region.STATIC;
    } else if (addr < stackTop) {
      return Region.STACK;
    } else if (addr >= heapBase && addr < heapLimit) {
      return Region.HEAP;
    }
    return Region.UNMAPPED;
  }

  public long getLong(int a) {
    return (long) LONG.get(bytes, a);
  }

  public void putLong(int a, long v) {
    LONG.set(bytes, a, v);
  }

  public int getInt(int a) {
    return (int) INT.get(bytes, a);
  }

  public void putInt(int a, int v) {
    INT.set(bytes, a, v);
  }

  public short getShort(int a) {
    return (short) SHORT.get(bytes, a);
  }

  public void putShort(int a, short v) {
    SHORT.set(bytes, a, v);
  }

  public byte getByte(int a) {
    return bytes[a];
  }

  public void putByte(int a, byte v) {
    bytes[a] = v;
  }

  public double getDouble(int a) {
    return (double) DOUBLE.get(bytes, a);
  }

  public void putDouble(int a, double v) {
    DOUBLE.set(bytes, a, v);
  }

  public float getFloat(int a) {
    return (float) FLOAT.get(bytes, a);
  }

  public void putFloat(int a, float v) {
    FLOAT.set(bytes, a, v);
  }

  /** Reads a 1, 2, 4 or 8 byte integer, zero-extended. */
  public long getUnsigned(int addr, int size) {
    return switch (size) {
      case 1 -> bytes[addr] & 0xFFL;
      case 2 -> (short) SHORT.get(bytes, addr) & 0xFFFFL;
      case 4 -> (int) INT.get(bytes, addr) & 0xFFFF_FFFFL;
      case 8 -> (long) LONG.get(bytes, addr);
      default -> throw badSize(size);
    };
  }

  /** Reads a 1, 2, 4 or 8 byte integer, sign-extended. */
  public long getSigned(int addr, int size) {
    return switch (size) {
      case 1 -> bytes[addr];
      case 2 -> (short) SHORT.get(bytes, addr);
      case 4 -> (int) INT.get(bytes, addr);
      case 8 -> (long) LONG.get(bytes, addr);
      default -> throw badSize(size);
    };
  }

  /** Stores the low size bytes of v, for sizes 1, 2, 4 and 8. */
  public void putSized(int addr, int size, long v) {
    switch (size) {
      case 1 -> bytes[addr] = (byte) v;
      case 2 -> SHORT.set(bytes, addr, (short) v);
      case 4 -> INT.set(bytes, addr, (int) v);
      case 8 -> LONG.set(bytes, addr, v);
      default -> throw badSize(size);
    }
  }

  private static IllegalArgumentException badSize(int size) {
    return new IllegalArgumentException("not an integer size: " + size);
  }

  /** Copies len bytes with memmove semantics: overlapping ranges are copied as if through a buffer. */
  public void copy(int src, int dst, int len) {
    // The commonest sizes (a word, a fat pointer) as loads then stores, which is memmove-safe; the
    // arraycopy stub costs more than the copy at these sizes.
    if (len == 8) {
      putLong(dst, getLong(src));
      return;
    }
    if (len == 16) {
      long a = getLong(src);
      long b = getLong(src + 8);
      putLong(dst, a);
      putLong(dst + 8, b);
      return;
    }
    System.arraycopy(bytes, src, bytes, dst, len);
  }

  /** Whether the len bytes at a and at b are equal (a bulk compare, as memcmp == 0). */
  public boolean sameBytes(int a, int b, int len) {
    return Arrays.equals(bytes, a, a + len, bytes, b, b + len);
  }

  public void fill(int addr, int len, byte b) {
    Arrays.fill(bytes, addr, addr + len, b);
  }

  public byte[] read(int addr, int len) {
    return Arrays.copyOfRange(bytes, addr, addr + len);
  }

  public void write(int addr, byte[] data) {
    System.arraycopy(data, 0, bytes, addr, data.length);
  }
}
