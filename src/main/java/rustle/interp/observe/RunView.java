package rustle.interp.observe;

import rustle.interp.rt.Machine;
import rustle.memory.Allocator;
import rustle.memory.Memory;
import rustle.types.Layouts;

/** Read access to a running program for an {@link Observer}: its memory, heap, layouts and output. */
public final class RunView {
  private final Machine m;
  private final Layouts layouts;

  private final SiteNames sites;

  public RunView(Machine m, Layouts layouts, SiteNames sites) {
    this.m = m;
    this.layouts = layouts;
    this.sites = sites;
  }

  /** The user's call into std with this site id (a call mark's, see {@link HeapMarks}), or null. */
  public rustle.ast.Span callSite(int id) {
    return sites.byId(id);
  }

  /**
   * The user's operation an allocation site stands for ({@code String::from}, {@code vec!}), or
   * null; see {@link SiteNames}.
   */
  public String operation(Object site) {
    return sites.of(site);
  }

  /** The concrete type behind each vtable address, for showing trait objects. */
  public java.util.Map<Integer, rustle.types.Ty> vtableTypes = java.util.Map.of();

  public Memory memory() {
    return m.mem;
  }

  public Allocator heap() {
    return m.heap;
  }

  public Layouts layouts() {
    return layouts;
  }

  /** The lowest stack address in use. */
  public int stackPointer() {
    return m.sp;
  }

  /** Flushes what the program printed, so that what the observer writes comes after it. */
  public void flushOutput() {
    m.out.flush();
  }
}
