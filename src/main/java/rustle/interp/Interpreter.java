package rustle.interp;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import rustle.ast.Span;
import rustle.check.CheckedProgram;
import rustle.interp.drop.Leaks;
import rustle.interp.observe.Observer;
import rustle.interp.observe.Probes;
import rustle.interp.observe.RunView;
import rustle.interp.rt.ExitSignal;
import rustle.interp.rt.FnCode;
import rustle.interp.rt.Machine;
import rustle.interp.rt.PanicAbort;
import rustle.interp.rt.RustPanic;
import rustle.interp.rt.StackOverflow;
import rustle.memory.Memory;
import rustle.memory.OutOfMemory;

/**
 * Runs a checked program on a fresh simulated memory: compiles it to node trees, calls {@code main},
 * and turns the ways a run can end (return, panic, abort, exit) into output and an exit code. When
 * {@code main} returns the heap must be empty; a block left over is reported as rustle's own bug.
 */
public final class Interpreter {
  private Interpreter() {}

  public static final int OK = 0;
  public static final int INTERNAL = 70;
  public static final int PANIC = 101;
  public static final int ABORT = 134;

  public static int run(CheckedProgram program, String path, String source, long stackSize, long heapSize,
      PrintWriter out, PrintWriter err) {
    return run(program, path, source, stackSize, heapSize, out, err, null, null);
  }

  /**
   * Compiles the program once on a scratch memory to learn its call graph, so that the real compile
   * wraps only the calls that can lead to a stop point (see {@link Reach}).
   */
  static Reach discoverReach(CheckedProgram program, String source, Probes probes, Observer obs) {
    // A small scratch memory: the compile's nodes are thrown away, and the run's own memory (16 MiB
    // zero-filled up to the heap with the default stack) would cost this compile as much again.
    Compiler d = new Compiler(program, new Memory(64 << 10, 1L << 20));
    d.source = source;
    d.probes = probes;
    d.observer = obs;
    d.reach = Reach.discover();
    d.code(program.main(), List.of());
    d.drain();
    return d.reach.decide();
  }

  /**
   * What compiling the program finds that the checker could not: constructs the evaluator cannot run
   * faithfully yet ({@link Unsupported}), as diagnostics; empty when the program can run.
   */
  public static List<rustle.diag.Diagnostic> unsupported(CheckedProgram program) {
    Compiler c = new Compiler(program, new Memory(64 << 10, 1L << 20));
    try {
      c.code(program.main(), List.of());
      c.drain();
      return List.of();
    } catch (Unsupported u) {
      return List.of(rustle.diag.Errors.unsupported(u.getMessage(), u.span));
    }
  }

  /** Runs with probes compiled in and reported to obs (both null: an ordinary run). */
  public static int run(CheckedProgram program, String path, String source, long stackSize, long heapSize,
      PrintWriter out, PrintWriter err, Probes probes, Observer obs) {
    return run(program, path, source, stackSize, heapSize, out, err, probes, obs, false);
  }

  /**
   * As above; unchecked ({@code rustle run --unchecked}) compiles in the checks of accesses through
   * references and keeps freed heap blocks in quarantine, so that undefined behavior stops the run.
   */
  public static int run(CheckedProgram program, String path, String source, long stackSize, long heapSize,
      PrintWriter out, PrintWriter err, Probes probes, Observer obs, boolean unchecked) {
    return run(program, path, source, stackSize, heapSize, rustle.interp.rt.Host.NONE, out, err, probes, obs, unchecked);
  }

  /**
   * As above, with what the program gets from its host: std::env::args yields the source's path without
   * {@code .rs} (its "binary"), then the host's arguments; std::io::stdin reads the host's input.
   */
  public static int run(CheckedProgram program, String path, String source, long stackSize, long heapSize,
      rustle.interp.rt.Host host, PrintWriter out, PrintWriter err, Probes probes, Observer obs, boolean unchecked) {
    Compiler c;
    FnCode main;
    FnCode result = null;
    int resultSize = 0;
    try {
      c = compile(program, source, probes, obs, unchecked, stackSize, heapSize);
      main = c.code(program.main(), List.of());
      if (rustle.types.Infer.shallow(program.main().ret) instanceof rustle.types.Ty.Adt r
          && r.def().builtin == rustle.types.AdtDef.Builtin.RESULT) {
        // `fn main() -> Result<(), E>`: its value goes to the prelude's __main_result (std's Termination).
        result = c.code(program.items().fns.get("__main_result"), List.of(r.args().get(1)));
        resultSize = c.layouts.size(r);
        c.drain();
      }
    } catch (Unsupported u) {
      err.print(rustle.diag.Renderer.renderAll(List.of(rustle.diag.Errors.unsupported(u.getMessage(), u.span)),
          new rustle.diag.SourceFile(path, source == null ? "" : source)));
      err.flush();
      return 1;
    }
    Machine m = new Machine(c.mem, out, err);
    if (unchecked) {
      m.heap.quarantine(new rustle.memory.AllocTable());
      m.deadFrames = new rustle.interp.rt.DeadFrames();
    }
    m.path = path;
    List<String> argv = new java.util.ArrayList<>();
    argv.add(path.endsWith(".rs") ? path.substring(0, path.length() - 3) : path);
    argv.addAll(host.args());
    m.args = argv;
    m.stdin = new rustle.interp.rt.Stdin(host.stdin());
    try {
      int hold = 0;
      if (result != null) {
        m.pushFrame(resultSize);
        hold = m.sp;
      }
      int fp = m.pushFrame(main.frameSize);
      if (obs != null) {
        RunView view = new RunView(m, c.layouts, c.siteNames);
        view.vtableTypes = c.vtables.types;
        obs.start(view);
        obs.enter(main.map, fp, null);
      }
      main.callInto(m, fp, hold);
      if (obs != null) obs.leave(main.map, fp);
      if (result != null) {
        m.sp = hold;
        int rfp = m.pushFrame(result.frameSize);
        m.mem.copy(hold, rfp + result.paramOffs[0], resultSize);
        int code = (int) result.callLong(m, rfp);
        m.sp = hold;
        if (code != 0) {
          out.flush();
          err.flush();
          int leaks = leakCheck(m, path, err);
          return leaks == OK ? 1 : leaks;
        }
      }
    } catch (RustPanic p) {
      // Every frame has dropped its live values on the way out (unwinding): the heap must be empty.
      m.reportPanic(p);
      out.flush();
      int leaks = leakCheck(m, path, err, "after the panic unwound");
      return leaks == OK ? PANIC : leaks;
    } catch (rustle.memory.CapacityOverflow e) {
      // Raised inside the allocator's helpers, not unwound: no leak check.
      m.reportPanic(new RustPanic("capacity overflow", m.callerSpan()));
      return PANIC;
    } catch (PanicAbort a) {
      out.flush();
      return ABORT;
    } catch (StackOverflow | StackOverflowError so) {
      out.flush();
      err.print("\nthread 'main' has overflowed its stack\nfatal runtime error: stack overflow, aborting\n");
      err.flush();
      return ABORT;
    } catch (OutOfMemory oom) {
      out.flush();
      err.print("memory allocation of " + oom.size() + " bytes failed\n");
      err.flush();
      return ABORT;
    } catch (ExitSignal e) {
      out.flush();
      return e.code;
    } catch (rustle.interp.rt.UndefinedBehavior ub) {
      if (obs != null && m.heap.table() != null && ub.span != null) {
        // --unchecked with dumps: a last snapshot at the moment of the access, showing the dangling pointer.
        obs.stop(new rustle.interp.observe.StopPoint(ub.span.line(), "Undefined Behavior", "break"),
            m.mem.stackTop());
      }
      return undefined(ub, path, source, out, err);
    } catch (rustle.memory.InvalidFree bad) {
      // Only a program the ownership checker rejected can free twice; otherwise it is rustle's own bug.
      if (m.heap.table() == null) throw bad;
      Object here = m.heap.table().here;
      return undefined(rustle.interp.rt.UndefinedBehavior.badFree(m, bad.address(), here instanceof Span s ? s : null),
          path, source, out, err);
    }
    out.flush();
    return leakCheck(m, path, err);
  }

  /**
   * Compiles program for a run observed as probes ask (null: a plain run) on a fresh memory of the run's
   * sizes. Observed, it decides which calls to wrap (Reach): a marker in main needs one compile that
   * wraps none; other stops a discovery compile first.
   */
  static Compiler compile(CheckedProgram program, String source, Probes probes, Observer obs, boolean unchecked,
      long stackSize, long heapSize) {
    Compiler c = compiler(program, rustle.memory.Prepared.take((int) stackSize, heapSize), source, probes, obs,
        unchecked);
    if (probes != null && !probes.everyFrame()) {
      c.reach = noStopInOtherFns(program, probes) ? Reach.optimistic() : discoverReach(program, source, probes, obs);
    }
    FnCode main = c.code(program.main(), List.of());
    c.drain();
    if (c.reach != null && !c.reach.fits(main)) {
      // Rare: a stop in a closure of main, or main called again. The compile just made recorded the
      // call graph; compile again on a fresh memory, wrapping the calls that can reach a stop.
      Reach decided = c.reach.decide();
      c = compiler(program, new Memory((int) stackSize, heapSize), source, probes, obs, unchecked);
      c.reach = decided;
      c.code(program.main(), List.of());
      c.drain();
    }
    return c;
  }

  private static Compiler compiler(CheckedProgram program, Memory mem, String source, Probes probes, Observer obs,
      boolean unchecked) {
    Compiler c = new Compiler(program, mem);
    c.unchecked = unchecked;
    c.source = source;
    c.probes = probes;
    c.observer = obs;
    return c;
  }

  /**
   * Whether no stop line lies in the body of a function of the user's other than main (the stops are
   * in main, or on lines holding no function, as a `--break` past the end): then most likely nothing
   * but main can reach a stop (nothing calls main), and one compile that wraps no call
   * (Reach.optimistic) is the real one.
   */
  private static boolean noStopInOtherFns(CheckedProgram program, Probes probes) {
    for (rustle.types.FnSig.Def def : program.items().bodies) {
      if (def.fromPrelude || def == program.main() || def.item == null || !def.item.hasBody()) continue;
      Span body = def.item.body().span();
      for (int line : probes.stops().keySet()) {
        if (line >= body.line() && line <= body.endLine()) return false;
      }
    }
    return true;
  }

  private static int undefined(rustle.interp.rt.UndefinedBehavior ub, String path, String source, PrintWriter out,
      PrintWriter err) {
    out.flush();
    err.print(rustle.diag.Renderer.render(ub.diagnostic(Leaks::spanOf),
        new rustle.diag.SourceFile(path, source == null ? "" : source)) + "\n");
    err.flush();
    return 1;
  }

  private static int leakCheck(Machine m, String path, PrintWriter err) {
    return leakCheck(m, path, err, "when `main` returned");
  }

  private static int leakCheck(Machine m, String path, PrintWriter err, String when) {
    if (m.heap.liveBlocks() == 0) return OK;
    if (Leaks.allOnPurpose(m, path, err)) return OK;
    List<String> blocks = new ArrayList<>();
    m.heap.forEachLive((addr, size, site) -> {
      Span s = Leaks.spanOf(site);
      String where = s != null ? path + ":" + s.line() + ":" + s.col() : "an unknown place";
      blocks.add(String.format("  block at 0x%08x (%d bytes) allocated at %s", addr, size, where));
    });
    err.println("error: internal error in rustle: the heap is not empty " + when + " ("
        + blocks.size() + " block" + (blocks.size() == 1 ? "" : "s") + " leaked)");
    for (String b : blocks) err.println(b);
    err.println("note: this is a bug in rustle, not in your program");
    err.flush();
    return INTERNAL;
  }
}
