package rustle.memory;

/**
 * Rust's heap-owning std types in simulated memory: {@code Vec<T>}, {@code String} (a {@code Vec<u8>})
 * and {@code Box<T>}, with the growth rules of the standard library (RawVec, rustc 1.95).
 *
 * <p>A Vec or String value is 24 bytes at address v, laid out as rustc 1.95 lays it out: {@code cap} at
 * v+0, {@code ptr} at v+8 and {@code len} at v+16, each 8 bytes (see {@link #CAP}). With no
 * allocation the pointer is dangling: the element alignment, as {@code NonNull::dangling()} gives, and
 * cap is 0. Zero-sized elements never allocate; their capacity reads as usize::MAX, as in Rust.
 *
 * <p>Growth is {@code RawVec::grow_amortized}: {@code max(2 * cap, len + additional, minNonZeroCap)}.
 * Reallocation is modelled as allocate, copy the old buffer, free the old block, so every move shows in
 * the allocator's counters. Sizes that no Layout can describe raise {@link CapacityOverflow}; sizes the
 * heap cannot hold raise {@link OutOfMemory}.
 */
public final class HeapTypes {
  /** Size of a Vec or String value. */
  public static final int VEC_SIZE = 24;
  /**
   * Offsets of the header's fields: every reader and writer of a Vec/String header uses these. rustc 1.95
   * puts RawVec's capacity first (its type, usize restricted to 0..=isize::MAX, holds the niche that
   * enums such as {@code Option<String>} use), then the pointer, then the length; rustc does not
   * promise this order, but rustle shows memory as rustc lays it out.
   */
  public static final int CAP = 0;
  public static final int PTR = 8;
  public static final int LEN = 16;

  private final Memory mem;
  private final Allocator alloc;

  public HeapTypes(Memory mem, Allocator alloc) {
    this.mem = mem;
    this.alloc = alloc;
  }

  public static int ptr(Memory m, int v) {
    return (int) m.getLong(v + PTR);
  }

  /** The stored capacity field (0 for zero-sized elements; see {@link #capacity}). */
  public static long cap(Memory m, int v) {
    return m.getLong(v + CAP);
  }

  public static long len(Memory m, int v) {
    return m.getLong(v + LEN);
  }

  public static void setLen(Memory m, int v, long len) {
    m.putLong(v + LEN, len);
  }

  /** What {@code Vec::capacity()} returns: usize::MAX (-1 here) for zero-sized elements. */
  public static long capacity(Memory m, int v, int elemSize) {
    return elemSize == 0 ? -1L : m.getLong(v + CAP);
  }

  /** RawVec's smallest non-zero capacity: 8 for bytes, 4 up to 1 KiB elements, else 1. */
  public static long minNonZeroCap(int elemSize) {
    return elemSize == 1 ? 8 : elemSize <= 1024 ? 4 : 1;
  }

  private void set(int v, int ptr, long cap, long len) {
    mem.putLong(v + PTR, ptr);
    mem.putLong(v + CAP, cap);
    mem.putLong(v + LEN, len);
  }

  /** {@code Vec::new()}: dangling pointer, no allocation. */
  public void initEmpty(int v, int align) {
    set(v, align, 0, 0);
  }

  /** {@code String::new()}. */
  public void initEmpty(int v) {
    set(v, 1, 0, 0);
  }

  /** {@code Vec::with_capacity(cap)}: exactly cap elements; cap 0 or zero-sized elements allocate nothing. */
  public void withCapacity(int v, long cap, int elemSize, int align, Object site) {
    if (cap == 0 || elemSize == 0) {
      set(v, align, 0, 0);
    } else {
      set(v, allocate(cap, elemSize, align, site), cap, 0);
    }
  }

  /** {@code Vec::reserve(additional)}: room for additional more elements, growing amortized. */
  public void reserve(int v, long additional, int elemSize, int align, Object site) {
    long len = len(mem, v);
    if (elemSize == 0) {
      checkedAdd(len, additional);
    } else if (Long.compareUnsigned(additional, cap(mem, v) - len) > 0) {
      grow(v, len, additional, elemSize, align, site, true);
    }
  }

  /** {@code Vec::reserve_exact(additional)}: grows to exactly len + additional when short of room. */
  public void reserveExact(int v, long additional, int elemSize, int align, Object site) {
    long len = len(mem, v);
    if (elemSize == 0) {
      checkedAdd(len, additional);
    } else if (Long.compareUnsigned(additional, cap(mem, v) - len) > 0) {
      grow(v, len, additional, elemSize, align, site, false);
    }
  }

  /**
   * {@code Vec::push}: grows if full, bumps len and returns the new element's address for the caller
   * to write.
   */
  public int pushSlot(int v, int elemSize, int align, Object site) {
    Memory m = mem;
    long len = m.getLong(v + LEN);
    if (elemSize == 0) {
      checkedAdd(len, 1);
    } else if (len == m.getLong(v + CAP)) {
      grow(v, len, 1, elemSize, align, site, true);
    }
    m.putLong(v + LEN, len + 1);
    return (int) m.getLong(v + PTR) + (int) len * elemSize;
  }

  /** {@code Vec::pop}: shortens len by one and returns the popped element's address, or -1 if empty. */
  public int popSlot(int v, int elemSize) {
    long len = len(mem, v);
    if (len == 0) {
      return -1;
    }
    setLen(mem, v, len - 1);
    return ptr(mem, v) + (int) (len - 1) * elemSize;
  }

  /** {@code Vec::truncate}: never changes capacity; dropping the cut elements is the caller's job. */
  public void truncate(int v, long newLen) {
    if (Long.compareUnsigned(newLen, len(mem, v)) < 0) {
      setLen(mem, v, newLen);
    }
  }

  /** {@code Vec::clear}. */
  public void clear(int v) {
    setLen(mem, v, 0);
  }

  /** {@code Vec::shrink_to_fit}: reallocates to exactly len; len 0 frees and goes dangling. */
  public void shrinkToFit(int v, int elemSize, int align, Object site) {
    long cap = cap(mem, v);
    long len = len(mem, v);
    if (elemSize == 0 || cap <= len) {
      return;
    }
    int old = ptr(mem, v);
    if (len == 0) {
      set(v, align, 0, 0);
    } else {
      int fresh = allocate(len, elemSize, align, site);
      mem.copy(old, fresh, (int) len * elemSize);
      set(v, fresh, len, len);
      alloc.freeMoved(old, fresh);
      return;
    }
    alloc.free(old);
  }

  /** {@code String::push_str} / {@code extend_from_slice} of bytes; src may lie in v's own buffer. */
  public void pushBytes(int v, int src, int n, Object site) {
    Memory m = mem;
    long len = m.getLong(v + LEN);
    long cap = m.getLong(v + CAP);
    int p = (int) m.getLong(v + PTR);
    if (n > cap - len) {
      src = growBytes(v, p, cap, len, n, src, site);
      p = (int) m.getLong(v + PTR);
    }
    m.copy(src, p + (int) len, n);
    m.putLong(v + LEN, len + n);
  }

  /**
   * {@link #grow} of v's byte buffer p of capacity cap holding len bytes, for a push of n bytes from src,
   * from the header the caller read; returns where src's bytes are afterwards (they move with the buffer
   * when they are v's own).
   */
  private int growBytes(int v, int p, long cap, long len, int n, int src, Object site) {
    long need = len + n;
    long newCap = Math.max(Math.max(2 * cap, need), 8);
    if (need > Integer.MAX_VALUE || newCap > Integer.MAX_VALUE) {
      grow(v, len, n, 1, 1, site, true); // the layout checks and their panics
    } else {
      int fresh = alloc.allocate((int) newCap, 1, site);
      if (cap > 0) {
        mem.copy(p, fresh, (int) cap);
        alloc.freeMoved(p, fresh);
      }
      mem.putLong(v + PTR, fresh);
      mem.putLong(v + CAP, newCap);
    }
    return cap > 0 && src >= p && src < p + cap ? src + ptr(mem, v) - p : src;
  }

  /** {@code String::push}: appends the UTF-8 encoding of a Unicode scalar value. */
  public void pushChar(int v, int c, Object site) {
    if (c < 0 || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) {
      throw new IllegalArgumentException("not a char: " + Integer.toHexString(c));
    }
    int n = c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
    reserve(v, n, 1, 1, site);
    long len = len(mem, v);
    int at = ptr(mem, v) + (int) len;
    if (n == 1) {
      mem.putByte(at, (byte) c);
    } else {
      int lead = n == 2 ? 0xC0 : n == 3 ? 0xE0 : 0xF0;
      mem.putByte(at, (byte) (lead | c >>> (6 * (n - 1))));
      for (int i = 1; i < n; i++) {
        mem.putByte(at + i, (byte) (0x80 | (c >>> (6 * (n - 1 - i)) & 0x3F)));
      }
    }
    setLen(mem, v, len + n);
  }

  /** {@code String::from}, {@code to_string}, {@code clone}: a fresh buffer of capacity exactly n. */
  public void fromBytes(int v, int src, int n, Object site) {
    if (n == 0) {
      set(v, 1, 0, 0);
      return;
    }
    int p = alloc.allocate(n, 1, site);
    mem.copy(src, p, n);
    set(v, p, n, n);
  }

  /** Frees the buffer when there is one (cap > 0 and elements are not zero-sized); v is left as is. */
  public void freeBuffer(int v, int elemSize) {
    if (elemSize > 0 && cap(mem, v) != 0) {
      alloc.free(ptr(mem, v));
    }
  }

  /** {@code Box::new}'s allocation: zero-sized values get the dangling pointer align. */
  public int boxNew(int size, int align, Object site) {
    return size == 0 ? align : alloc.allocate(size, align, site);
  }

  /** Frees a Box's allocation, if it has one. */
  public void boxFree(int ptr, int size) {
    if (size > 0) {
      alloc.free(ptr);
    }
  }

  /** RawVec growth from cap to hold len + additional; amortized or exact. */
  private void grow(int v, long len, long additional, int elemSize, int align, Object site,
      boolean amortized) {
    Memory m = mem;
    long cap = m.getLong(v + CAP);
    long newCap = amortized ? amortizedCap(cap, len, additional, elemSize) : checkedAdd(len, additional);
    int fresh = allocate(newCap, elemSize, align, site);
    if (cap > 0) {
      moveBuffer(v, fresh, (int) cap * elemSize);
    }
    m.putLong(v + PTR, fresh);
    m.putLong(v + CAP, newCap);
  }

  /** The second half of a reallocation: v's old buffer of the given bytes is copied to fresh, then freed. */
  private void moveBuffer(int v, int fresh, int bytes) {
    int old = (int) mem.getLong(v + PTR);
    mem.copy(old, fresh, bytes);
    alloc.freeMoved(old, fresh);
  }

  /** RawVec::grow_amortized's capacity: max(2 * cap, len + additional, minNonZeroCap). */
  private static long amortizedCap(long cap, long len, long additional, int elemSize) {
    long newCap = checkedAdd(len, additional);
    // Unsigned: a required capacity past isize::MAX must win here and fail the layout check.
    long floor = Math.max(2 * cap, minNonZeroCap(elemSize));
    return Long.compareUnsigned(floor, newCap) > 0 ? floor : newCap;
  }


  /** Allocates cap elements after Layout::array's check (at most isize::MAX bytes once padded). */
  private int allocate(long cap, int elemSize, int align, Object site) {
    long bytes = cap * elemSize;
    // Below 2^31 elements of below 2^31 bytes the product is exact and far below isize::MAX, so the
    // layout check (a division) is needed only past that.
    if ((cap >>> 31) != 0 || bytes > Integer.MAX_VALUE) {
      return layoutFailed(cap, elemSize, align);
    }
    return alloc.allocate((int) bytes, align, site);
  }

  /** The Layout::array check failed or the size exceeds the simulated address space: which error. */
  private static int layoutFailed(long cap, int elemSize, int align) {
    long maxCap = (Long.MAX_VALUE - (align - 1)) / elemSize;
    if (Long.compareUnsigned(cap, maxCap) > 0) {
      throw new CapacityOverflow();
    }
    throw new OutOfMemory(cap * elemSize);
  }

  /** len + additional as usize, panicking with capacity overflow on wrap-around. */
  private static long checkedAdd(long len, long additional) {
    long sum = len + additional;
    if (Long.compareUnsigned(sum, len) < 0) {
      throw new CapacityOverflow();
    }
    return sum;
  }
}
