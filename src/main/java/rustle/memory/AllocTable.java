package rustle.memory;

import java.util.Map;
import java.util.TreeMap;

/**
 * What {@code --unchecked} remembers of every heap block of a run, as Miri does: an allocation id, the site
 * that allocated it and, once freed, the site that freed it. The allocator keeps freed blocks out of reuse
 * while this table is attached (quarantine), so an address belongs to one block for the whole run and a
 * dangling pointer can always be traced back to its block.
 */
public final class AllocTable {
  /** One heap block: {@code alloc<id>} in reports. */
  public static final class Alloc {
    public final int id;
    public final int start;
    public final int size;
    public final Object allocatedAt;
    Object freedAt;
    boolean freed;

    Alloc(int id, int start, int size, Object allocatedAt) {
      this.id = id;
      this.start = start;
      this.size = size;
      this.allocatedAt = allocatedAt;
    }

    public boolean freed() {
      return freed;
    }

    /** The site that was current when the block was freed (see {@link AllocTable#here}); null while live. */
    public Object freedAt() {
      return freedAt;
    }

    /** Miri's name for the allocation. */
    public String name() {
      return "alloc" + id;
    }
  }

  private final TreeMap<Integer, Alloc> byStart = new TreeMap<>();
  private int nextId = 1;
  /**
   * Where the program is now (a source span, set by the evaluator as it goes): recorded as the site of
   * each free, since frees happen deep in drop glue that knows no spans of its own.
   */
  public Object here;

  void allocated(int start, int size, Object site) {
    byStart.put(start, new Alloc(nextId++, start, size, site));
  }

  void freed(int start) {
    Alloc a = byStart.get(start);
    if (a != null) {
      a.freed = true;
      a.freedAt = here;
    }
  }

  /** The block whose granules hold addr (live or freed), or null when none ever did. */
  public Alloc containing(long addr) {
    if (addr < Integer.MIN_VALUE || addr > Integer.MAX_VALUE) return null;
    Map.Entry<Integer, Alloc> e = byStart.floorEntry((int) addr);
    if (e == null) return null;
    Alloc a = e.getValue();
    long granules = ((long) a.size + Allocator.GRANULE - 1) & -(long) Allocator.GRANULE;
    return addr < a.start + granules ? a : null;
  }

  /** The block that starts at addr, or null. */
  public Alloc at(int addr) {
    return byStart.get(addr);
  }
}
