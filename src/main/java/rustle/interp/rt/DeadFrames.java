package rustle.interp.rt;

import java.util.ArrayDeque;
import rustle.ast.Span;

/**
 * The stack frames a {@code --unchecked} run has popped, newest first (a bounded few): a dangling pointer
 * into the stack is explained by the local that lived at its address in the last frame popped there.
 * Without provenance this names the most recent frame at that address, which is the one a pointer
 * returned by the callee points into unless another call has used the same memory since.
 */
public final class DeadFrames {
  /** What a function instance's frame holds: its named locals (offsets from the frame top) and its end. */
  public record Layout(String function, int size, String[] names, int[] offsets, int[] sizes, Span[] decls,
      Span end) {}

  private record Popped(Layout layout, int top) {}

  private static final int KEEP = 64;
  private final ArrayDeque<Popped> popped = new ArrayDeque<>();
  /**
   * Locals of running frames whose block has ended (their slots stay in the frame): start address to the
   * scope that buried them and the index of the local in it.
   */
  private final java.util.TreeMap<Integer, Buried> buried = new java.util.TreeMap<>();

  private record Buried(Layout scope, int index, int end) {}

  /** The block described by scope (its let-bound locals, its closing brace) was entered in frame fp. */
  public void revive(Layout scope, int fp) {
    for (int off : scope.offsets()) buried.remove(fp + off);
  }

  /** The block described by scope has ended in frame fp: its locals are dead until it is entered again. */
  public void bury(Layout scope, int fp) {
    for (int i = 0; i < scope.names().length; i++) {
      int start = fp + scope.offsets()[i];
      buried.put(start, new Buried(scope, i, start + Math.max(1, scope.sizes()[i])));
    }
  }

  /** A frame [sp, fp) was pushed: whatever was buried there belonged to frames popped before. */
  public void pushed(int sp, int fp) {
    if (!buried.isEmpty()) buried.subMap(sp, fp).clear();
  }

  /** Throws when [addr, addr+size) of the live stack touches a local whose block has ended. */
  void checkLive(long addr, int size, rustle.ast.Span span, String what) {
    if (buried.isEmpty()) return;
    java.util.Map.Entry<Integer, Buried> e = buried.floorEntry((int) (addr + size - 1));
    if (e == null || e.getValue().end() <= addr) return;
    Buried b = e.getValue();
    Layout l = b.scope();
    String name = l.names()[b.index()];
    java.util.List<rustle.diag.Diagnostic.Sub> subs = new java.util.ArrayList<>();
    if (l.decls()[b.index()] != null) {
      subs.add(rustle.diag.Diagnostic.Sub.help("`" + name + "` was declared here:", l.decls()[b.index()], null));
    }
    if (l.end() != null) {
      subs.add(rustle.diag.Diagnostic.Sub.help("`" + name + "` was deallocated here, at the end of its block:",
          l.end(), null));
    }
    throw new UndefinedBehavior("memory access failed: " + what + String.format("0x%x", addr) + ", which is in `"
        + name + "`, a local variable whose block has ended (a dangling pointer)", span, subs);
  }

  /** The frame whose top was top, described by layout (null: not known), has just been popped. */
  public void popped(Layout layout, int top) {
    if (layout == null) return;
    if (popped.size() == KEEP) popped.removeLast();
    popped.addFirst(new Popped(layout, top));
  }

  /** The help lines of a report about addr: which local of which function lived there, and where it died. */
  java.util.List<rustle.diag.Diagnostic.Sub> explain(long addr) {
    for (Popped p : popped) {
      if (addr < p.top - p.layout.size() || addr >= p.top) continue;
      Layout l = p.layout;
      for (int i = 0; i < l.names().length; i++) {
        long start = p.top + l.offsets()[i];
        if (addr < start || addr >= start + Math.max(1, l.sizes()[i])) continue;
        java.util.List<rustle.diag.Diagnostic.Sub> subs = new java.util.ArrayList<>();
        String what = String.format("0x%x", addr) + (addr == start ? " is" : " points into") + " `" + l.names()[i]
            + "`, a local variable of `" + l.function() + "`";
        if (l.decls()[i] != null) subs.add(rustle.diag.Diagnostic.Sub.help(what + ", declared here:", l.decls()[i], null));
        if (l.end() != null) {
          subs.add(rustle.diag.Diagnostic.Sub.help("`" + l.names()[i] + "` was deallocated here, when `" + l.function()
              + "` returned and its stack frame was popped:", l.end(), null));
        }
        return subs;
      }
      return java.util.List.of(rustle.diag.Diagnostic.Sub.help(String.format("0x%x", addr) + " is in the stack frame "
          + "of `" + l.function() + "`, which was popped when it returned"));
    }
    return java.util.List.of();
  }
}
