package rustle.memory;

import java.nio.ByteOrder;
import java.util.Objects;
import sun.misc.Unsafe;

/**
 * The whole simulated address space: little-endian bytes in which an address is the offset from the
 * start of one native block (a {@link Reservation}).
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
 * <p>The block is reserved for [0, heapLimit) at once but takes physical memory only for the pages the
 * program touches, and it never moves: growing the heap copies nothing, and the untouched parts of the
 * stack, the gap and the heap cost nothing. What is accessible is [0, {@link #end}): {@link
 * #ensureCapacity} raises end by half of its heap part as the allocator's high-water mark rises, so an
 * access past the heap in use fails as it did when the store was an array of that length.
 *
 * <p>Rules for the backing store: only this class touches it (through {@code sun.misc.Unsafe}); everyone
 * else goes through the accessors and the bulk methods ({@link #copyIn}, {@link #copyOut}, {@link
 * #compare}, ...). Every one of them checks the whole range it touches against end before touching it,
 * and the check must stay: a wild address of a buggy node or a dangling pointer of an unchecked run must
 * become an {@link IndexOutOfBoundsException} (reported as an error), never a read of the JVM's own
 * memory or a crash. The check is one unsigned compare that the JIT treats like an array bounds check.
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
  /** Highest possible heapLimit: below 2^31, so every address is a non-negative int. */
  public static final int MAX_ADDRESS = 0x7FFF_F000;

  /** How much heap is accessible before the first growth. */
  private static final int INITIAL_HEAP = 256 << 10;

  private static final Unsafe U = Reservation.U;
  /** Unsafe reads native order; the simulated memory is little-endian whatever the host is. */
  private static final boolean SWAP = ByteOrder.nativeOrder() != ByteOrder.LITTLE_ENDIAN;
  private static final long BYTES = Unsafe.ARRAY_BYTE_BASE_OFFSET;

  /** The backing store, covering [0, heapLimit); private to this class (see the class comment). */
  private final Reservation store;
  /** The native address of simulated address 0. */
  private final long base;
  /** End of the accessible part: addresses in [0, end) are valid, anything else fails the check. */
  private int end;

  private final int stackTop;
  private final int heapBase;
  private final int heapLimit;
  private final StaticData statics = new StaticData();

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
    end = heapBase + Math.min(INITIAL_HEAP, heapLimit - heapBase);
    store = Reservation.of(heapLimit);
    store.zero(0, end);
    this.base = store.address;
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
    return statics.top();
  }

  /** End of the accessible part of the space (see the class comment). */
  int end() {
    return end;
  }

  /**
   * Makes the accessible part reach at least endAddress (at most heapLimit), raising end by half of its
   * heap part at a time, as the array this store replaced grew. Nothing moves or is copied.
   */
  public void ensureCapacity(int endAddress) {
    if (endAddress <= end) {
      return;
    }
    if (endAddress > heapLimit) {
      throw new IllegalArgumentException(
          String.format("0x%x is past the heap limit 0x%x", endAddress, heapLimit));
    }
    long heapPart = end - (long) heapBase;
    int grown = (int) Math.min(heapLimit, Math.max(endAddress, end + Math.max(heapPart / 2, INITIAL_HEAP)));
    store.zero(end, grown);
    end = grown;
  }

  /**
   * Copies a literal's bytes into the static region and returns its address; identical contents share
   * one address, as rustc merges identical string constants.
   */
  public int internStatic(byte[] utf8) {
    return statics.intern(this, utf8);
  }

  /**
   * Reserves zeroed size bytes of static data at the given alignment (a vtable, a {@code static mut}
   * item) and returns the address; a vtable's contents are written once, before the program runs.
   */
  public int allocStatic(int size, int align) {
    return statics.alloc(size, align);
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

  // Every accessor checks its whole range against end with one unsigned compare (Objects.checkIndex,
  // which the JIT turns into the same range check as an array access) before it touches the store.

  /** The native address of [a, a + n), after checking that the range lies inside [0, end). */
  private long at(int a, int n) {
    return base + Objects.checkIndex(a, end - n + 1);
  }

  public long getLong(int a) {
    long v = U.getLong(at(a, 8));
    return SWAP ? Long.reverseBytes(v) : v;
  }

  public void putLong(int a, long v) {
    U.putLong(at(a, 8), SWAP ? Long.reverseBytes(v) : v);
  }

  public int getInt(int a) {
    int v = U.getInt(at(a, 4));
    return SWAP ? Integer.reverseBytes(v) : v;
  }

  public void putInt(int a, int v) {
    U.putInt(at(a, 4), SWAP ? Integer.reverseBytes(v) : v);
  }

  public short getShort(int a) {
    short v = U.getShort(at(a, 2));
    return SWAP ? Short.reverseBytes(v) : v;
  }

  public void putShort(int a, short v) {
    U.putShort(at(a, 2), SWAP ? Short.reverseBytes(v) : v);
  }

  public byte getByte(int a) {
    return U.getByte(at(a, 1));
  }

  public void putByte(int a, byte v) {
    U.putByte(at(a, 1), v);
  }

  public double getDouble(int a) {
    return Double.longBitsToDouble(getLong(a));
  }

  public void putDouble(int a, double v) {
    putLong(a, Double.doubleToRawLongBits(v));
  }

  public float getFloat(int a) {
    return Float.intBitsToFloat(getInt(a));
  }

  public void putFloat(int a, float v) {
    putInt(a, Float.floatToRawIntBits(v));
  }

  /** Reads a 1, 2, 4 or 8 byte integer, zero-extended. */
  public long getUnsigned(int addr, int size) {
    return switch (size) {
      case 1 -> getByte(addr) & 0xFFL;
      case 2 -> getShort(addr) & 0xFFFFL;
      case 4 -> getInt(addr) & 0xFFFF_FFFFL;
      case 8 -> getLong(addr);
      default -> throw badSize(size);
    };
  }

  /** Reads a 1, 2, 4 or 8 byte integer, sign-extended. */
  public long getSigned(int addr, int size) {
    return switch (size) {
      case 1 -> getByte(addr);
      case 2 -> getShort(addr);
      case 4 -> getInt(addr);
      case 8 -> getLong(addr);
      default -> throw badSize(size);
    };
  }

  /** Stores the low size bytes of v, for sizes 1, 2, 4 and 8. */
  public void putSized(int addr, int size, long v) {
    switch (size) {
      case 1 -> putByte(addr, (byte) v);
      case 2 -> putShort(addr, (short) v);
      case 4 -> putInt(addr, (int) v);
      case 8 -> putLong(addr, v);
      default -> throw badSize(size);
    }
  }

  private static IllegalArgumentException badSize(int size) {
    return new IllegalArgumentException("not an integer size: " + size);
  }

  /** Copies len bytes with memmove semantics: overlapping ranges are copied as if through a buffer. */
  public void copy(int src, int dst, int len) {
    // The commonest sizes (a word, a fat pointer) as loads then stores, which is memmove-safe; the
    // bulk copy costs more than the copy at these sizes.
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
    if (len == 0) {
      return;
    }
    long from = at(src, len);
    long to = at(dst, len);
    if (len <= 32) {
      NativeBytes.moveSmall(from, to, len);
      return;
    }
    // Unsafe.copyMemory is memmove ("conjoint"): overlapping ranges are safe.
    U.copyMemory(from, to, len);
  }

  public void fill(int addr, int len, byte b) {
    if (len != 0) U.setMemory(at(addr, len), len, b); // a negative len fails in setMemory
  }

  /** A copy of [addr, addr + len). */
  public byte[] read(int addr, int len) {
    byte[] out = new byte[len];
    copyOut(addr, out, 0, len);
    return out;
  }

  /** Copies [addr, addr + len) into dst[off, off + len). */
  public void copyOut(int addr, byte[] dst, int off, int len) {
    Objects.checkFromIndexSize(off, len, dst.length);
    if (len > 0) U.copyMemory(null, at(addr, len), dst, BYTES + off, len);
  }

  public void write(int addr, byte[] data) {
    copyIn(data, 0, addr, data.length);
  }

  /** Copies src[off, off + len) to [addr, addr + len). */
  public void copyIn(byte[] src, int off, int addr, int len) {
    Objects.checkFromIndexSize(off, len, src.length);
    if (len > 0) {
      long to = at(addr, len);
      if (len <= 32) {
        NativeBytes.inSmall(src, BYTES + off, to, len);
      } else {
        U.copyMemory(src, BYTES + off, null, to, len);
      }
    }
  }

  /**
   * Compares the len bytes at a with those at b as unsigned bytes, like memcmp: negative, zero or
   * positive as the first differing byte of a is below, equal to or above b's.
   */
  public int compare(int a, int b, int len) {
    return len <= 0 ? 0 : NativeBytes.compare(at(a, len), at(b, len), len);
  }

  /** Whether the len bytes at a equal those at b. */
  public boolean equal(int a, int b, int len) {
    return compare(a, b, len) == 0;
  }
}
