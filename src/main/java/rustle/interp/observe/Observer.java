package rustle.interp.observe;

import rustle.ast.Span;

/**
 * What a debugging tool is told while a program runs, when it asked for something ({@link Probes}):
 * frames pushed and popped, and the stop points reached. The evaluator knows nothing else about
 * debugging; with no probes requested none of these calls are compiled in.
 */
public interface Observer {
  /** Called once before {@code main} runs, with read access to the run. */
  void start(RunView run);

  /**
   * A call is about to push a frame whose top is fp (its locals lie below fp); callSite is where the
   * user's code made the call, null for {@code main} and for calls made inside the prelude. Natively implemented functions are reported too ({@link FrameMap#intrinsic}).
   */
  void enter(FrameMap map, int fp, Span callSite);

  /** The frame entered at fp is popped (normally or by a panic unwinding through it). */
  public void leave(FrameMap map, int fp);

  /** A requested stop point was reached in the frame whose top is fp. */
  void stop(StopPoint point, int fp);
}
