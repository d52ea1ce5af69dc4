package rustle.interp.drop;

import java.io.PrintWriter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import rustle.ast.Span;
import rustle.interp.rt.Machine;
import rustle.types.SmartPtrs;

/**
 * Tells the leaks a program makes on purpose from rustle's own: blocks still live at exit are the user's
 * when they are reachable from an RcBox whose strong count is not 0 (a reference cycle) or from a value
 * passed to {@code mem::forget} / {@code Box::leak}. Reachability is conservative: every 8-byte word of a
 * reached block that holds the start address of a live block reaches that block.
 */
public final class Leaks {
  private Leaks() {}

  /** The allocation site of an RcBox, so that the leak check can find reference cycles. */
  public record RcBoxSite(Span span) implements rustle.interp.observe.SiteNames.Wrapped {}

  /**
   * The allocation site of a hash table's block: its control-byte pointer, the address a HashMap holds,
   * points ctrlOffset bytes into the block, so reachability maps that address back to the block.
   */
  public record TableSite(Span span, int ctrlOffset) implements rustle.interp.observe.SiteNames.Wrapped {}

  /** Where a block was allocated, whatever kind of site it was recorded with (null when unknown). */
  public static Span spanOf(Object site) {
    return rustle.interp.observe.SiteNames.span(site);
  }

  /** Records a word of a forgotten or leaked value: if it is a live block's address, that block is a root. */
  public static void root(Machine m, long word) {
    if (word <= 0 || word >= Integer.MAX_VALUE || !m.heap.isLive((int) word)) return;
    if (m.leakRoots == null) m.leakRoots = new ArrayList<>();
    m.leakRoots.add((int) word);
  }

  /** Whether every live block was leaked by the program itself; if so, names them on stderr. */
  public static boolean allOnPurpose(Machine m, String path, PrintWriter err) {
    List<Integer> live = new ArrayList<>();
    ArrayDeque<Integer> work = new ArrayDeque<>();
    java.util.Map<Integer, Integer> tables = new java.util.HashMap<>();
    m.heap.forEachLive((addr, size, site) -> {
      live.add(addr);
      if (site instanceof RcBoxSite && m.mem.getLong(addr + SmartPtrs.STRONG) > 0) work.add(addr);
      if (site instanceof TableSite t) tables.put(addr + t.ctrlOffset(), addr);
    });
    if (m.leakRoots != null) for (int r : m.leakRoots) if (m.heap.isLive(r)) work.add(r);
    if (work.isEmpty()) return false;
    Set<Integer> reached = new LinkedHashSet<>();
    while (!work.isEmpty()) {
      int b = work.poll();
      if (!reached.add(b)) continue;
      int size = m.heap.sizeOf(b);
      for (int off = 0; off + 8 <= size; off += 8) {
        long w = m.mem.getLong(b + off);
        if (w > 0 && w < Integer.MAX_VALUE && m.heap.isLive((int) w) && !reached.contains((int) w)) work.add((int) w);
        Integer table = w > 0 && w < Integer.MAX_VALUE ? tables.get((int) w) : null;
        if (table != null && !reached.contains(table)) work.add(table);
      }
    }
    if (reached.size() != live.size()) return false;
    err.println("note: " + live.size() + " heap block" + (live.size() == 1 ? " was" : "s were")
        + " leaked on purpose (an Rc reference cycle, mem::forget or Box::leak) and not freed at exit:");
    for (int b : live) {
      Object site = m.heap.siteOf(b);
      Span s = spanOf(site);
      String where = s == null ? "an unknown place" : path + ":" + s.line() + ":" + s.col();
      String what = site instanceof RcBoxSite ? String.format(" RcBox, strong %d, weak %d,",
          m.mem.getLong(b + SmartPtrs.STRONG), m.mem.getLong(b + SmartPtrs.WEAK) - 1) : "";
      err.println(String.format("  block at 0x%08x (%d bytes)%s allocated at %s", b, m.heap.sizeOf(b), what, where));
    }
    err.flush();
    return true;
  }
}
