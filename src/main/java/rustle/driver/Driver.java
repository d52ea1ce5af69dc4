package rustle.driver;

import rustle.interp.rt.Host;
import java.io.PrintWriter;
import rustle.interp.rt.Host;
import java.util.List;
import rustle.interp.rt.Host;
import rustle.borrowck.BorrowChecker;
import rustle.interp.rt.Host;
import rustle.check.Checker;
import rustle.interp.rt.Host;
import rustle.lint.KnownPanics;
import rustle.interp.rt.Host;
import rustle.diag.Diagnostic;
import rustle.interp.rt.Host;
import rustle.diag.Renderer;
import rustle.interp.rt.Host;
import rustle.diag.SourceFile;
import rustle.interp.rt.Host;
import rustle.dump.DumpOptions;
import rustle.interp.rt.Host;
import rustle.dump.Dumper;
import rustle.interp.rt.Host;
import rustle.dump.Markers;
import rustle.interp.rt.Host;
import rustle.interp.Interpreter;
import rustle.interp.rt.Host;
import rustle.syntax.ParseResult;
import rustle.interp.rt.Host;
import rustle.syntax.Parser;

/**
 * The pipeline in one place: parse, resolve and type check, ownership check, evaluate; it stops at the
 * first phase that reports errors. Returns the process exit code.
 */
public final class Driver {
  /**
   * Run-time settings chosen on the command line; unchecked runs a program the ownership checker rejects,
   * with the run-time checks of undefined behavior that {@code rustle run --unchecked} adds.
   */
  /** host: the program's command-line arguments after its name and its standard input. */
  public record Options(long stackSize, long heapSize, boolean unchecked, Host host) {
    public static final Options DEFAULT = new Options(8L << 20, 1L << 30);

    public Options(long stackSize, long heapSize) {
      this(stackSize, heapSize, false);
    }

    public Options(long stackSize, long heapSize, boolean unchecked) {
      this(stackSize, heapSize, unchecked, Host.NONE);
    }

    /** The same options, the program reading in as its standard input. */
    public Options withStdin(java.io.InputStream in) {
      return new Options(stackSize, heapSize, unchecked, host.withStdin(in));
    }
  }

  public static final int OK = 0;
  public static final int REJECTED = 1;

  private Driver() {}

  /**
   * The result of the static phases: a program ready to run, or the diagnostics to show. With ownership
   * errors only, the program is kept too: {@code --unchecked} runs it anyway.
   */
  private record Checked(rustle.check.CheckedProgram program, List<Diagnostic> errors) {}

  private static Checked analyze(SourceFile file) {
    return analyze(file, null);
  }

  /**
   * As above; with runWith set, the memory the run will use is made on a second thread once the program
   * has parsed, while it is checked (see rustle.memory.Prepared).
   */
  private static Checked analyze(SourceFile file, Options runWith) {
    Phases.mark("start");
    // Two threads start first: one loads ANTLR's tables, one decodes the prelude and collects its items;
    // this thread parses the user's file meanwhile.
    Parser.prepare();
    PreludeJob prelude = PreludeJob.begin();
    int firstId = prelude.nodeCount();
    ParseResult user = Parser.parse(file, firstId);
    if (!user.errors().isEmpty()) return new Checked(null, user.errors());
    Phases.mark("parse");
    if (runWith != null) rustle.memory.Prepared.start((int) runWith.stackSize(), runWith.heapSize());
    Checker.PreludeItems preludeItems = prelude.get();
    Phases.mark("prelude");
    if (prelude.nodeCount() != firstId) user = Parser.parse(file, prelude.nodeCount()); // a stale cache
    Checker.Result checked = Checker.check(preludeItems, user.crate());
    Phases.mark("check");
    if (!checked.errors().isEmpty()) {
      // rustc finds missing lifetime specifiers while resolving names, so they come with type errors.
      List<Diagnostic> all = new java.util.ArrayList<>(BorrowChecker.lifetimeErrors(user.crate()));
      all.addAll(checked.errors());
      return new Checked(null, all);
    }
    List<Diagnostic> ownership = BorrowChecker.check(checked.program(), user.crate());
    Phases.mark("borrowck");
    List<Diagnostic> all = KnownPanics.check(checked.program(), ownership, file.text());
    Phases.mark("lint");
    if (all.size() > ownership.size()) return new Checked(null, all); // lints are not ownership errors
    if (!ownership.isEmpty()) return new Checked(checked.program(), ownership);
    return new Checked(checked.program(), List.of());
  }

  /**
   * Starts the start-up threads of {@link #analyze} (ANTLR's tables, the prelude) ahead of time: called
   * by the command line as soon as it knows a program will be checked, so that they overlap with reading
   * the source too. Harmless when no analysis follows (they are daemon threads).
   */
  public static void prestart() {
    Parser.prepare();
    PreludeJob.prestart();
  }

  private static int report(List<Diagnostic> errors, SourceFile file, PrintWriter err) {
    err.print(Renderer.renderAll(errors, file));
    err.flush();
    return REJECTED;
  }

  /**
   * Static checks only; diagnostics go to err. The program is compiled too (not run): what the evaluator
   * cannot run yet is found there, and is as much a reason not to run as a type error.
   */
  public static int check(SourceFile file, PrintWriter err) {
    Checked c = analyze(file);
    if (!c.errors().isEmpty()) return report(c.errors(), file, err);
    List<Diagnostic> unsupported = Interpreter.unsupported(c.program());
    if (!unsupported.isEmpty()) return report(unsupported, file, err);
    return OK;
  }

  /** The checked program, or null after writing its diagnostics to err (what `rustle debug` runs). */
  public static rustle.check.CheckedProgram checked(SourceFile file, PrintWriter err) {
    Checked c = analyze(file);
    if (!c.errors().isEmpty()) {
      report(c.errors(), file, err);
      return null;
    }
    return c.program();
  }

  /** Check, then run; program output goes to out, diagnostics and panics to err. */
  public static int run(SourceFile file, Options options, PrintWriter out, PrintWriter err) {
    return run(file, options, DumpOptions.NONE, out, err);
  }

  /**
   * Check, then run, observed as dump asks (and as the program's {@code // @dump} markers ask): with
   * neither, an ordinary run.
   */
  public static int run(SourceFile file, Options options, DumpOptions dump, PrintWriter out, PrintWriter err) {
    return run(file, options, dump, out, err, null);
  }

  /** Check, then run with the snapshots of its markers written to dumps (null: where dump says). */
  public static int run(SourceFile file, Options options, DumpOptions dump, PrintWriter out, PrintWriter err,
      PrintWriter dumps) {
    Checked c = analyze(file, options);
    if (options.unchecked() && c.program() != null) {
      if (!c.errors().isEmpty()) Unchecked.overridden(c.errors(), file, err);
      return Unchecked.run(c.program(), file, options, dump, out, err, dumps);
    }
    if (!c.errors().isEmpty()) return report(c.errors(), file, err);
    if (dump == DumpOptions.NONE && !Markers.mayHave(file.text())) {
      int code = Interpreter.run(c.program(), file.path(), file.text(), options.stackSize(), options.heapSize(),
          options.host(), out, err, null, null, false);
      Phases.mark("run");
      return code;
    }
    int code = Dumper.run(c.program(), file.path(), file.text(), options.stackSize(), options.heapSize(),
        options.host(), out, err, dump, dumps, false);
    Phases.mark("run");
    return code;
  }
}
