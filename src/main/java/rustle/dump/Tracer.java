package rustle.dump;

import java.io.PrintWriter;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import rustle.ast.Span;
import rustle.interp.FrameMap;
import rustle.interp.RunView;

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
  private long allocs = -1;
  private long frees = -1;
  int peakDepth;
  long peakStack;
  int largest;
  int reallocations;

  Tracer(PrintWriter w, boolean trace) {
    this.w = w;
    this.trace = trace;
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
    int depth = 0;
    for (Frames.Entry e : frames.entries) if (!e.map().intrinsic) depth++;
    peakDepth = Math.max(peakDepth, depth);
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
    for (Map.Entry<Integer, Integer> e : live.entrySet()) {
      if (!now.containsKey(e.getKey()) || fresh.contains(e.getKey())) {
        emit(line, String.format("free 0x%08x (%d bytes)", e.getKey(), e.getValue()));
      }
    }
    for (Map.Entry<Integer, Integer> e : now.entrySet()) {
      if (live.containsKey(e.getKey()) && !fresh.contains(e.getKey())) continue;
      Allocations.Info info = table.info(e.getKey());
      String why = info == null || info.why() == null ? "" : " by " + info.why();
      if (why.endsWith("(growth)")) reallocations++;
      largest = Math.max(largest, e.getValue());
      emit(line, String.format("alloc 0x%08x (%d bytes)%s", e.getKey(), e.getValue(), why));
    }
    live.clear();
    live.putAll(now);
  }

  void stats(PrintWriter out) {
    var heap = run.heap();
    out.println("memory statistics:");
    out.printf("  allocations        %d%n", heap.allocations());
    out.printf("  frees              %d%n", heap.frees());
    out.printf("  reallocations      %d%n", reallocations);
    out.printf("  bytes allocated    %d%n", heap.bytesAllocated());
    out.printf("  peak heap bytes    %d%n", heap.peakLiveBytes());
    out.printf("  largest block      %d bytes%n", largest);
    out.printf("  peak stack depth   %d frames%n", peakDepth);
    out.printf("  peak stack bytes   %d%n", peakStack);
    out.flush();
  }
}
