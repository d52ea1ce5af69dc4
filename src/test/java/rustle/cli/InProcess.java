package rustle.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Test helper: runs {@code rustle run FILE} in-process through {@link Main#run} on a thread with a large
 * stack, as {@link Main#main} does, and keeps the exit code and both outputs.
 */
public final class InProcess {
  /** The same order of magnitude as Main's worker thread: the checker and evaluator recurse per nesting. */
  private static final long STACK_BYTES = 1L << 30;

  /** What one run produced. */
  public record Result(int exit, String out, String err) {
    /** For assertion messages: everything the run produced. */
    public String describe() {
      return "exit " + exit + "\n--- stdout ---\n" + clip(out) + "\n--- stderr ---\n" + clip(err);
    }

    private static String clip(String s) {
      return s.length() <= 4000 ? s : s.substring(0, 4000) + "... (" + s.length() + " chars)";
    }
  }

  private InProcess() {}

  /** Writes {@code source} to {@code dir/name} and runs it. */
  public static Result runSource(Path dir, String name, String source) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, source);
    return run(file);
  }

  /** Writes raw bytes (possibly not UTF-8) to {@code dir/name} and runs them. */
  public static Result runBytes(Path dir, String name, byte[] bytes) throws IOException {
    Path file = dir.resolve(name);
    Files.write(file, bytes);
    return run(file);
  }

  /** Runs the program at {@code file} with the default options. */
  public static Result run(Path file) {
    return run(file, new String[0]);
  }

  /** Runs the program at {@code file} with the default options and these program arguments. */
  public static Result run(Path file, String... programArgs) {
    String[] line = new String[2 + programArgs.length];
    line[0] = "run";
    line[1] = file.toString();
    System.arraycopy(programArgs, 0, line, 2, programArgs.length);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int[] exit = {-1};
    Throwable[] escaped = {null};
    Thread t = new Thread(null, () -> {
      try {
        exit[0] = Main.run(line, new PrintWriter(out), new PrintWriter(err));
      } catch (Throwable e) { // Main.run promises to catch everything; a test must see it if it does not
        escaped[0] = e;
      }
    }, "main", STACK_BYTES);
    t.start();
    try {
      t.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted while running " + file, e);
    }
    if (escaped[0] != null) throw new AssertionError("Main.run let an exception escape", escaped[0]);
    return new Result(exit[0], out.toString(), err.toString());
  }
}
