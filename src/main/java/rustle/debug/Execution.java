package rustle.debug;

import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.SynchronousQueue;
import rustle.ast.Span;
import rustle.check.CheckedProgram;
import rustle.dump.Inspector;
import rustle.interp.Interpreter;
import rustle.interp.observe.FrameMap;
import rustle.interp.observe.Observer;
import rustle.interp.observe.Probes;
import rustle.interp.observe.RunView;
import rustle.interp.observe.StopPoint;

/**
 * One run of the program on its own thread, observed after every statement of the user's code. At
 * each stop the program thread asks the current {@link Rule} whether to stop; only then does it hand
 * control to the debugger's thread and wait for the next rule (or to be abandoned). Statements are
 * counted: step N of two runs of the same program is the same state, since programs are deterministic.
 */
final class Execution implements Observer {
  /** Decides on the program thread, at each stop, whether to give control back; returns why, or null. */
  interface Rule {
    String check(Execution x, long step, int line);
  }

  /** What a resumed run came to: a stop, or the end of the program. */
  sealed interface Event permits Stopped, Finished {}

  record Stopped(long step, int line, String why) implements Event {}

  record Finished(int code, String internal) implements Event {}

  /** Thrown on the program thread to end a run the debugger no longer needs; not a Rust panic, so nothing unwinds it. */
  private static final class Abandoned extends Error {
    Abandoned() {
      super(null, null, false, false);
    }
  }

  private static final Object ABANDON = new Object();
  /** As {@code rustle run}'s thread: the evaluator recurses once per Rust call and nested expression. */
  private static final long THREAD_STACK_BYTES = 2048L << 20;

  final Inspector inspector = new Inspector();
  final Output output = new Output();
  private final SynchronousQueue<Object> toProgram = new SynchronousQueue<>();
  private final SynchronousQueue<Event> toDebugger = new SynchronousQueue<>();
  private final Program program;
  private final StepLog log;
  private volatile boolean abandoned;
  private Thread thread;
  private Rule rule;
  private RunView run;
  long step;
  StopPoint point;
  boolean finished;

  /** A checked program and how to run it. */
  record Program(CheckedProgram checked, String path, String source, long stackSize, long heapSize) {}

  Execution(Program program, StepLog log) {
    this.program = program;
    this.log = log;
  }

  /** Starts the run (first call) or resumes it, and waits until it stops or ends. */
  Event resume(Rule r) {
    try {
      if (thread == null) {
        rule = r;
        thread = new Thread(null, this::body, "rustle-program", THREAD_STACK_BYTES);
        thread.setDaemon(true);
        thread.start();
      } else {
        toProgram.put(r);
      }
      Event e = toDebugger.take();
      if (e instanceof Finished) finished = true;
      return e;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Finished(Interpreter.INTERNAL, "interrupted");
    }
  }

  /** Ends a run paused at a stop, and waits for its thread to be gone. */
  void abandon() {
    if (thread == null || finished || abandoned) return;
    abandoned = true;
    try {
      toProgram.put(ABANDON);
      thread.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void body() {
    PrintWriter out = new PrintWriter(output.writer(false));
    PrintWriter err = new PrintWriter(output.writer(true));
    Event end;
    try {
      int code = Interpreter.run(program.checked(), program.path(), program.source(), program.stackSize(),
          program.heapSize(), out, err, new Probes(Map.of(), true, true), this);
      out.flush();
      err.flush();
      end = new Finished(code, null);
    } catch (Abandoned a) {
      return;
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      out.flush();
      end = new Finished(Interpreter.INTERNAL, e.toString());
    }
    try {
      toDebugger.put(end);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void start(RunView run) {
    this.run = run;
    inspector.start(run);
  }

  @Override
  public void enter(FrameMap map, int fp, Span callSite) {
    if (!abandoned) inspector.enter(map, fp, callSite);
  }

  @Override
  public void leave(FrameMap map, int fp) {
    if (!abandoned) inspector.leave(map, fp);
  }

  @Override
  public void stop(StopPoint p, int fp) {
    if (abandoned) throw new Abandoned();
    inspector.stop(p, fp);
    step++;
    point = p;
    log.record(step, p.line());
    String why = rule.check(this, step, p.line());
    if (why == null) return;
    run.flushOutput();
    try {
      toDebugger.put(new Stopped(step, p.line(), why));
      Object next = toProgram.take();
      if (next == ABANDON) throw new Abandoned();
      rule = (Rule) next;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new Abandoned();
    }
  }
}
