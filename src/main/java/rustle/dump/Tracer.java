package rustle.dump;

import java.io.PrintWriter;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import rustle.ast.Span;
import rustle.interp.nodes.Block;
import rustle.interp.observe.FrameMap;
import rustle.interp.observe.RunView;

/**
 * The event trace ({@code --trace}) and the statistics ({@code --stats}): frame pushes and pops as
 * calls report them, allocations and frees as the allocator's live blocks change between the points
 * the observer sees (calls and statements), each with its source line.
 */
final class Tracer {
  private final PrintWriter w;
  private final boolean trace;
  private RunView run;
  private final Map<Integer, Integer> live = new java.util.TreeMap<>();
  /** Who owned each block when the program was last seen between statements: "s (String)". */
  private Map<Integer, String> owners = Map.of();
  private long allocs = -1;
  private long frees = -1;
  int peakDepth;
  long peakStack;

  Tracer(PrintWriter w, boolean trace) {
    this.w = w;
    this.trace = trace;
  }

  /** Whether events are written (--trace), not only the statistics (--stats). */
  boolean tracing() {
    return trace;
  }

  void start(RunView run) {
    this.run = run;
  }

  private void emit(int line, String what) {
    if (!trace) return;
    run.flushOutput();
    w.println((line > 0 ? String.format("[line %3d] ", line) : "[        ] ") + what);
    w.flush();
  }

  void push(Frames frames, FrameMap map, int fp, Span site) {
    peakDepth = Math.max(peakDepth, frames.depth);
    peakStack = Math.max(peakStack, run.memory().stackTop() - (fp - map.frameSize));
    if (map.userCode) {
      emit(site == null ? 0 : frames.userLine(), String.format("push frame %s at 0x%08x (%d bytes)",
          map.function, fp - map.frameSize, map.frameSize));
    }
  }

  void pop(Frames frames, FrameMap map, int fp) {
    if (map.userCode) emit(map.endLine, String.format("pop frame %s at 0x%08x", map.function, fp - map.frameSize));
  }

  /** Reports the blocks that appeared and disappeared since the last look. */
  void heapChanged(Allocations table, Set<Integer> fresh, int line) {
    var heap = run.heap();
    if (heap.allocations() == allocs && heap.frees() == frees) return;
    allocs = heap.allocations();
    frees = heap.frees();
    Map<Integer, Integer> now = new java.util.TreeMap<>();
    heap.forEachLive((a, size, site) -> now.put(a, size));
    java.util.List<Integer> freed = new java.util.ArrayList<>();
    for (Map.Entry<Integer, Integer> e : live.entrySet()) {
      if (!now.containsKey(e.getKey()) || fresh.contains(e.getKey())) freed.add(e.getKey());
    }
    java.util.List<Integer> grown = new java.util.ArrayList<>();
    for (Map.Entry<Integer, Integer> e : now.entrySet()) {
      if (live.containsKey(e.getKey()) && !fresh.contains(e.getKey())) continue;
      Allocations.Info info = table.info(e.getKey());
      if (info != null && info.why() != null && info.why().endsWith("(growth)")) grown.add(e.getKey());
    }
    // Growth is alloc + copy + free of the old buffer; one grown block and one freed block pair up.
    Integer old = grown.size() == 1 && !freed.isEmpty() ? freed.get(0) : null;
    for (int a : freed) {
      if (old != null && a == old) continue;
      String who = owners.get(a);
      emit(line, (who == null ? "" : "drop " + who + ": ")
          + String.format("free 0x%08x (%d bytes)", a, live.get(a)));
    }
    for (Map.Entry<Integer, Integer> e : now.entrySet()) {
      if (live.containsKey(e.getKey()) && !fresh.contains(e.getKey())) continue;
      Allocations.Info info = table.info(e.getKey());
      String why = info == null || info.why() == null ? "" : " by " + info.why();
      emit(line, String.format("alloc 0x%08x (%d bytes)%s", e.getKey(), e.getValue(), why));
      if (old != null && grown.contains(e.getKey())) {
        emit(line, String.format("copy %d bytes 0x%08x -> 0x%08x", live.get(old), old, e.getKey()));
        emit(line, String.format("free 0x%08x (%d bytes, the old buffer)", old, live.get(old)));
      }
    }
    live.clear();
    live.putAll(now);
  }

  /** The owners of the blocks now, from a snapshot taken between statements. */
  void owners(Snapshot s) {
    Map<Integer, String> m = new HashMap<>();
    for (Snapshot.Block b : s.heap()) {
      if (b.owners().isEmpty()) continue;
      String path = b.owners().get(0);
      String type = null;
      for (Snapshot.Frame f : s.frames()) {
        for (Snapshot.Local l : f.locals()) if (l.name().equals(path)) type = l.type();
      }
      m.put((int) Long.parseLong(b.address().substring(2), 16), path + " (" + (type == null ? b.type() : type) + ")");
    }
    owners = m;
  }

  void stats(PrintWriter out) {
    var heap = run.heap();
    out.println("memory statistics:");
    out.printf("  allocations        %d%n", heap.allocations());
    out.printf("  frees              %d%n", heap.frees());
    out.printf("  reallocations      %d%n", heap.reallocations());
    out.printf("  bytes allocated    %d%n", heap.bytesAllocated());
    out.printf("  peak heap bytes    %d%n", heap.peakLiveBytes());
    out.printf("  largest block      %d bytes%n", heap.largestBlock());
    out.printf("  peak stack depth   %d frames%n", peakDepth);
    out.printf("  peak stack bytes   %d%n", peakStack);
    out.flush();
  }
}
