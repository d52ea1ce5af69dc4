package rustle.driver;

import java.io.PrintWriter;
import java.util.List;
import rustle.check.CheckedProgram;
import rustle.diag.Diagnostic;
import rustle.diag.Renderer;
import rustle.diag.SourceFile;
import rustle.dump.DumpOptions;
import rustle.interp.Interpreter;

/**
 * {@code rustle run --unchecked}: a program that only the ownership checker rejects is run anyway, after
 * its errors, so that a learner sees what they protect against; the run stops at the first undefined
 * behavior with Miri's kind of report (rustle.interp.rt.UndefinedBehavior).
 */
final class Unchecked {
  private Unchecked() {}

  /** Prints the ownership errors as rustc would, then says they were overridden instead of aborting. */
  static void overridden(List<Diagnostic> errors, SourceFile file, PrintWriter err) {
    StringBuilder sb = new StringBuilder();
    for (Diagnostic d : errors) sb.append(Renderer.render(d, file)).append('\n');
    int n = errors.size();
    sb.append("warning: running the program despite ").append(n == 1 ? "1 previous error" : n + " previous errors")
        .append(", because of `--unchecked`\n")
        .append("  = note: what it does from here on may be undefined behavior: rustle stops it at the first "
            + "invalid access it detects\n\n");
    err.print(sb);
    err.flush();
  }

  static int run(CheckedProgram program, SourceFile file, Driver.Options options, DumpOptions dump, PrintWriter out,
      PrintWriter err, PrintWriter dumps) {
    if (dump == DumpOptions.NONE && !rustle.dump.Markers.mayHave(file.text())) {
      return Interpreter.run(program, file.path(), file.text(), options.stackSize(), options.heapSize(),
          options.host(), out, err, null, null, true);
    }
    return rustle.dump.Dumper.run(program, file.path(), file.text(), options.stackSize(), options.heapSize(),
        options.host(), out, err, dump, dumps, true);
  }
}
