package rustle.cli;

/**
 * The process exit codes of rustle, named once: they follow what a Rust program or rustc would give in
 * the same situation (sysexits' EX_SOFTWARE for rustle's own bugs).
 */
public final class ExitCode {
  /** The program ran to completion, or the checks passed. */
  public static final int OK = 0;
  /** The compiler rejected the program (rustc exits 1 after reporting errors). */
  public static final int REJECTED = 1;
  /** The command line was malformed. */
  public static final int USAGE = 2;
  /** rustle itself failed: a bug, not the program's fault (EX_SOFTWARE). */
  public static final int INTERNAL = 70;
  /** The program panicked (Rust's exit status for a panic in main). */
  public static final int PANIC = 101;
  /** The program aborted, as Rust does on stack overflow or allocation failure (128 + SIGABRT). */
  public static final int ABORT = 134;

  private ExitCode() {}
}
