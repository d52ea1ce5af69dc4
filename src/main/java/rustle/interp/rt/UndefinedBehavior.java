package rustle.interp.rt;

import java.util.ArrayList;
import java.util.List;
import rustle.ast.Span;
import rustle.diag.Diagnostic;
import rustle.diag.Errors;
import rustle.memory.AllocTable;
import rustle.memory.Memory;

/**
 * An access rustc would compile to undefined behaviour: the run stops with Miri's kind of report
 * ({@code error: Undefined Behavior: ...}, exit 1) instead of reading or writing whatever is there. Raw
 * pointers are always checked; {@code rustle run --unchecked} also checks references and frees. The one
 * place that decides which accesses are valid is {@link #check}; the one report format is {@link #diagnostic}.
 */
public final class UndefinedBehavior extends RuntimeException {
  public final Span span;
  /** The heap block the report is about (its allocation and deallocation sites are shown), or null. */
  final AllocTable.Alloc alloc;

  UndefinedBehavior(String message, Span span) {
    this(message, span, (AllocTable.Alloc) null);
  }

  UndefinedBehavior(String message, Span span, AllocTable.Alloc alloc) {
    this(message, span, alloc, List.of());
  }

  /** Help lines known when the access failed (which local of a popped frame a stack address was). */
  private final List<Diagnostic.Sub> helps;

  UndefinedBehavior(String message, Span span, List<Diagnostic.Sub> helps) {
    this(message, span, null, helps);
  }

  private UndefinedBehavior(String message, Span span, AllocTable.Alloc alloc, List<Diagnostic.Sub> helps) {
    super(message, null, false, false);
    this.span = span;
    this.alloc = alloc;
    this.helps = helps;
  }

  /** This report located at span, when the code that found it knew no span of its own. */
  public UndefinedBehavior at(Span where) {
    return span != null || where == null ? this : new UndefinedBehavior(getMessage(), where, alloc, helps);
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
    String what = "attempting to access " + bytes(size) + ", but got ";
    if (addr >= 0 && addr < Memory.STATIC_BASE) {
      throw new UndefinedBehavior("memory access failed: " + what
          + (addr == 0 ? "null pointer" : String.format("0x%x", addr))
          + ", which is a dangling pointer (it has no provenance)", span);
    }
    long end = addr + size;
    if (addr >= Memory.STATIC_BASE && end <= m.mem.staticTop()) return (int) addr;
    if (addr >= stackFloor && end <= m.mem.stackTop()) {
      if (m.deadFrames != null) m.deadFrames.checkLive(addr, size, span, what);
      return (int) addr;
    }
    if (addr >= m.mem.stackBase() && addr < m.mem.stackTop()) {
      throw new UndefinedBehavior("memory access failed: " + what + String.format("0x%x", addr)
          + ", which is in a stack frame that has returned (a dangling pointer)", span, null,
          m.deadFrames == null ? List.of() : m.deadFrames.explain(addr));
    }
    if (addr >= m.mem.heapBase() && addr < m.mem.heapLimit()) {
      AllocTable table = m.heap.table();
      if (table != null) return checkBlock(table, addr, size, span, what);
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

  /** The heap part of {@link #check} when every block of the run is known by its allocation id (--unchecked). */
  private static int checkBlock(AllocTable table, long addr, int size, Span span, String what) {
    AllocTable.Alloc a = table.containing(addr);
    if (a == null) {
      throw new UndefinedBehavior("memory access failed: " + what + String.format("0x%x", addr)
          + ", which was never allocated (a dangling pointer)", span);
    }
    if (a.freed()) {
      throw new UndefinedBehavior("memory access failed: " + a.name() + " has been freed, so this pointer is "
          + "dangling", span, a);
    }
    long off = addr - a.start;
    if (off + size <= a.size) return (int) addr;
    String where = off >= a.size ? "which is at or beyond the end of the allocation of size " + bytes(a.size)
        : "which is only " + bytes(a.size - off) + " from the end of the allocation";
    throw new UndefinedBehavior(String.format("memory access failed: %s%s+0x%x, %s", what, a.name(), off, where),
        span, a);
  }

  /** A free that is not of a live block's start (--unchecked: a double free, or a pointer never allocated). */
  public static UndefinedBehavior badFree(Machine m, int addr, Span span) {
    AllocTable table = m.heap.table();
    AllocTable.Alloc a = table == null ? null : table.containing(addr);
    if (a != null && a.start == addr && a.freed()) {
      return new UndefinedBehavior("deallocating " + a.name() + ", which has already been freed (a double free)",
          span, a);
    }
    if (a != null) {
      return new UndefinedBehavior(String.format("deallocating %s+0x%x, which does not point to the beginning of "
          + "an allocation", a.name(), addr - a.start), span, a);
    }
    return new UndefinedBehavior(String.format("deallocating 0x%x, which was never allocated", addr), span);
  }

  private static String bytes(long n) {
    return n + (n == 1 ? " byte" : " bytes");
  }

  /**
   * The report: Miri's headline and help lines, with where the block was allocated and freed when known
   * (sites are resolved to spans by siteSpan, since the allocator stores opaque sites).
   */
  public Diagnostic diagnostic(java.util.function.Function<Object, Span> siteSpan) {
    boolean free = getMessage().startsWith("deallocating");
    Diagnostic d = Errors.error("Undefined Behavior: " + getMessage(), span == null ? Span.NONE : span,
        "Undefined Behavior occurred here").withNote("this is a bug in the program: Rust does not define what this "
        + (free ? "deallocation does; the compiled program could corrupt the allocator here"
            : "access does; the compiled program could read or write anything here"));
    for (Diagnostic.Sub h : helps) d = d.withSub(h);
    if (alloc == null) return d;
    List<Diagnostic.Sub> subs = new ArrayList<>();
    Span allocated = siteSpan.apply(alloc.allocatedAt);
    if (allocated != null) {
      subs.add(Diagnostic.Sub.help(String.format("%s (%s at 0x%08x) was allocated here:", alloc.name(),
          bytes(alloc.size), alloc.start), allocated, null));
    }
    Span freed = alloc.freed() ? siteSpan.apply(alloc.freedAt()) : null;
    if (freed != null) subs.add(Diagnostic.Sub.help(alloc.name() + " was deallocated here:", freed, null));
    for (Diagnostic.Sub s : subs) d = d.withSub(s);
    return d;
  }
}
