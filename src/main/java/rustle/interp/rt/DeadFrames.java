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
