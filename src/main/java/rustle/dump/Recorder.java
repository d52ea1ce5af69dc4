package rustle.dump;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import rustle.ast.Span;
import rustle.interp.observe.FrameMap;
import rustle.interp.observe.Observer;
import rustle.interp.observe.RunView;
import rustle.interp.observe.StopPoint;

/**
 * The {@link Observer} of a dumped run: keeps the shadow call stack and the allocation table, counts
 * hits of each stop point, and takes a snapshot at each (up to the limit), handing it to the format.
 */
final class Recorder implements Observer {
  private final Frames frames = new Frames();
  private final Map<StopPoint, int[]> hits = new IdentityHashMap<>();
  private final Map<Integer, int[]> lineHits = new java.util.HashMap<>();
  final List<Snapshot> taken = new ArrayList<>();
  private final int max;
  private final Format format;
  private final PrintWriter sink;
  private final StringBuilder stdout;
  private final Tracer tracer;
  int skipped;
  private RunView run;
  private Allocations allocs;
  private Reader reader;
  /** A second reader for the trace: its view between statements names the owners of freed blocks. */
  private Reader traceReader;

  private final boolean dumpAll;

  Recorder(int max, Format format, PrintWriter sink, StringBuilder stdout, Tracer tracer, boolean dumpAll) {
    this.dumpAll = dumpAll;
    this.max = max;
    this.format = format;
    this.sink = sink;
    this.stdout = stdout;
    this.tracer = tracer;
  }

  @Override
  public void start(RunView run) {
    this.run = run;
    this.allocs = new Allocations(run, tracer != null && tracer.tracing());
    if (tracer != null) {
      tracer.start(run);
      traceReader = new Reader(run, allocs);
    }
  }

  @Override
  public void enter(FrameMap map, int fp, Span callSite) {
    if (callSite != null) scan(null, callSite.line(), false);
    frames.push(map, fp, callSite, run.heap().frees());
    if (tracer != null && !map.intrinsic) tracer.push(frames, map, fp, callSite);
  }

  @Override
  public void leave(FrameMap map, int fp) {
    int i = frames.find(fp);
    if (map.userCode && map.endLine > 0) scan(null, map.endLine, false);
    if (i >= 0 && frames.calledFromUser(i)) {
      Frames.Entry e = frames.entries.get(i);
      int line = e.callSite() == null ? 0 : e.callSite().line();
      scan(map.function, line, run.heap().frees() != e.freesAtEnter());
    }
    if (tracer != null && !map.intrinsic) tracer.pop(frames, map, fp);
    frames.pop(fp);
  }

  private void scan(String why, int line, boolean growth) {
    // Statistics alone come from the allocator's counters: only the trace compares the live blocks.
    if (tracer == null || !tracer.tracing()) {
      allocs.scan(why, line, growth);
    } else {
      java.util.Set<Integer> fresh = new java.util.HashSet<>();
      allocs.scan(why, line, growth, fresh);
      tracer.heapChanged(allocs, fresh, line);
    }
  }

  @Override
  public void stop(StopPoint point, int fp) {
    scan(null, point.line(), false);
    frames.stoppedAt(fp, point.line());
    if (tracer != null) tracer.owners(traceReader.read(0, point, 1, "", frames));
    int hit = point.reason().equals("all")
        ? ++lineHits.computeIfAbsent(point.line(), k -> new int[1])[0]
        : ++hits.computeIfAbsent(point, k -> new int[1])[0];
    if (format == null || point.reason().equals("all") && !dumpAll) return;
    if (taken.size() + skipped >= max) {
      skipped++;
      return;
    }
    run.flushOutput();
    // Made at the first snapshot: a stop never reached loads none of the reading code.
    if (reader == null) reader = new Reader(run, allocs);
    Snapshot s = reader.read(taken.size(), point, hit, stdout.toString(), frames);
    taken.add(s);
    format.snapshot(s, sink);
    sink.flush();
  }

  /** Once the run is over: hands everything to the format. */
  void finish(Format.Program program) {
    if (format == null) return;
    format.end(program, taken, skipped, sink);
    sink.flush();
  }
}
