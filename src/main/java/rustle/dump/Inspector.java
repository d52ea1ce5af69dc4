package rustle.dump;

import rustle.ast.Span;
import rustle.interp.observe.FrameMap;
import rustle.interp.observe.RunView;
import rustle.interp.observe.StopPoint;

/**
 * What an interactive tool (the debugger) needs of a paused run: the shadow call stack and the
 * allocation table kept up to date as the {@link rustle.interp.observe.Observer} calls arrive, and, at a
 * stop, snapshots in the text format and the places a user names ({@code v}, {@code *r},
 * {@code v[1]}, {@code p.name}, {@code s.len()}). The caller forwards its observer calls here.
 */
public final class Inspector {
  private final Frames frames = new Frames();
  private RunView run;
  private Allocations allocs;
  private Reader reader;

  public void start(RunView run) {
    this.run = run;
    this.allocs = new Allocations(run, false);
    this.reader = new Reader(run, allocs);
  }

  public void enter(FrameMap map, int fp, Span callSite) {
    if (callSite != null) allocs.scan(null, callSite.line(), false);
    frames.push(map, fp, callSite, run.heap().frees());
  }

  public void leave(FrameMap map, int fp) {
    int i = frames.find(fp);
    if (map.userCode && map.endLine > 0) allocs.scan(null, map.endLine, false);
    if (i >= 0 && frames.calledFromUser(i)) {
      Frames.Entry e = frames.entries.get(i);
      int line = e.callSite() == null ? 0 : e.callSite().line();
      allocs.scan(map.function, line, run.heap().frees() != e.freesAtEnter());
    }
    frames.pop(fp);
  }

  public void stop(StopPoint point, int fp) {
    allocs.scan(null, point.line(), false);
    frames.stoppedAt(fp, point.line());
  }

  /** How many calls are in progress (the depth `next` and `finish` compare). */
  public int depth() {
    return frames.depth;
  }

  /** The frame top of the index-th call in progress (0: main), or -1 past the top. */
  public int frameTop(int index) {
    return index < frames.entries.size() ? frames.entries.get(index).fp() : -1;
  }

  /** How many calls are in progress, natively implemented ones included (indexes of {@link #frameTop}). */
  public int frameCount() {
    return frames.entries.size();
  }

  /** The memory as it is now, at a stop on point's line. */
  public Snapshot snapshot(StopPoint point, int index) {
    return reader.read(index, point, 1, "", frames);
  }

  /** A snapshot in the text format, without the comparison with an earlier one. */
  public static String text(Snapshot s) {
    String t = TextFormat.render(s);
    int changed = t.lastIndexOf("\nCHANGED ");
    return changed < 0 ? t : t.substring(0, changed + 1);
  }

  /** A place the user named, evaluated in the innermost frame of the snapshot. */
  public Place place(Snapshot s, String expr) {
    return new Places(new Decoder(run.memory(), run.layouts()), run.memory(), s, frames).eval(expr);
  }

  /** Whether address lies in the stack region (a place there dies with its frame). */
  public boolean onStack(int address) {
    return run.memory().regionOf(address) == rustle.memory.Region.STACK;
  }

  /** The value now stored at a place found earlier, in Debug notation. */
  public String show(Place p) {
    return new Decoder(run.memory(), run.layouts()).show(p.ty(), p.address());
  }

  /** The bytes now stored at a place found earlier, in hex. */
  public String bytes(Place p) {
    return Locals.hex(run.memory(), p.address(), p.size());
  }

  /**
   * An evaluated place: its text as typed, its type, where it is and how big (address -1 for a value
   * computed by a method like len()), and the lines print shows.
   */
  public record Place(String expr, rustle.types.Ty ty, int address, int size, String report) {}
}
