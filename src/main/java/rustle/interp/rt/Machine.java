package rustle.interp.rt;

import java.io.PrintWriter;
import rustle.ast.Span;
import rustle.memory.Allocator;
import rustle.memory.HeapTypes;
import rustle.memory.Memory;

/**
 * The run-time state of one program run: the simulated memory and its allocator, the stack pointer,
 * the registers that carry return and break values and pending control transfers, and the output.
 */
public final class Machine {
  public final Memory mem;
  public final Allocator heap;
  public final HeapTypes heapTypes;
  public final PrintWriter out;
  public final PrintWriter err;
  public final StringBuilder line = new StringBuilder();
  /**
   * The text each live std::fmt::Formatter writes to, indexed by the handle in the Formatter's buf word:
   * the print line or a format!/to_string buffer. Entries live while a user fmt impl runs.
   */
  public final java.util.ArrayList<FmtSink> sinks = new java.util.ArrayList<>();
  /** Lowest address in use on the stack; frames are pushed below it. */
  public int sp;
  final int stackLimit;
  public long retLong;
  public double retDouble;
  public long breakLong;
  public double breakDouble;
  /** Status and target loop of a control transfer carried through a value context by {@link JumpSignal}. */
  public int pendingStatus;
  public int target;
  /** Heap blocks the program leaked on purpose (mem::forget, Box::leak); null until it does. */
  public java.util.List<Integer> leakRoots;
  public int depth;
  /** The frames popped so far, kept only by a {@code --unchecked} run to explain dangling stack pointers. */
  public DeadFrames deadFrames;

  /**
   * Where user code called into the prelude, while the call's body runs: the location std reports for
   * its panics (track_caller), or null. Kept as the allocator's caller ({@link Allocator#caller}), where
   * an observed run's allocations find its mark; whoever sets it there (the call nodes, the direct std
   * nodes) restores it when the call returns.
   */
  public Span callerSpan() {
    rustle.memory.Caller c = heap.caller;
    return c == null ? null : ((CallerSite) c).span;
  }

  public Machine(Memory mem, PrintWriter out, PrintWriter err) {
    this.mem = mem;
    this.heap = new Allocator(mem);
    this.heapTypes = new HeapTypes(mem, heap);
    this.out = out;
    this.err = err;
    this.sp = mem.stackTop();
    this.stackLimit = mem.stackBase();
  }

  /** Reserves a frame of the given size below the stack pointer; returns the frame's top (its fp). */
  public int pushFrame(int size) {
    int fp = sp;
    int nsp = (fp - size) & ~15;
    if (nsp < stackLimit) throw new StackOverflow();
    sp = nsp;
    if (deadFrames != null) deadFrames.pushed(nsp, fp);
    return fp;
  }

  /** The source path panic messages name (set by the interpreter). */
  public String path = "";
  /** The program's command-line arguments, its own name first (std::env::args). */
  public java.util.List<String> args = java.util.List.of();
  /** The program's standard input (std::io::stdin). */
  public Stdin stdin = new Stdin(Host.NO_INPUT);

  /**
   * Prints a panic's message once, when unwinding starts (before any Drop impl runs, as Rust's panic
   * hook does); stdout is flushed first so the streams interleave as they would in a terminal.
   */
  public void reportPanic(RustPanic p) {
    if (p.reported) return;
    p.reported = true;
    out.flush();
    Span s = p.span == null ? Span.NONE : p.span;
    err.print("\nthread 'main' panicked at " + path + ":" + s.line() + ":" + s.col() + ":\n" + p.getMessage()
        + "\nnote: run with `RUST_BACKTRACE=1` environment variable to display a backtrace\n");
    err.flush();
  }

  /** A panic raised while unwinding: its message, then std's abort message; the run ends with 134. */
  public PanicAbort abortInCleanup(RustPanic second) {
    reportPanic(second);
    err.print("\nthread 'main' panicked at library/core/src/panicking.rs:233:5:\n"
        + "panic in a destructor during cleanup\nthread caused non-unwinding panic. aborting.\n");
    err.flush();
    return new PanicAbort();
  }

  RustPanic panic(String message, Span span) {
    return new RustPanic(message, span);
  }
}
