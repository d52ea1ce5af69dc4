package rustle.fuzz;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import rustle.cli.Main;

/** Runs a program under rustle in this JVM, as `rustle run FILE` would, on a thread with a deep stack. */
final class Rustle {
  private final Path file;

  Rustle(Path dir) {
    file = dir.resolve("main.rs");
  }

  @SuppressWarnings({"deprecation", "removal"})
  Outcome run(String program, long timeoutMillis) throws IOException, InterruptedException {
    Files.writeString(file, program);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int[] exit = {-1};
    Thread t = new Thread(null, () -> exit[0] = Main.run(new String[] {"run", file.toString()},
        new PrintWriter(out), new PrintWriter(err)), "main", 1L << 29);
    t.start();
    // The limit is on the thread's CPU time: on a loaded machine wall time says little.
    java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
    long wallLimit = System.currentTimeMillis() + 30 * timeoutMillis;
    while (t.isAlive() && mx.getThreadCpuTime(t.getId()) / 1_000_000 < timeoutMillis
        && System.currentTimeMillis() < wallLimit) {
      t.join(50);
    }
    if (t.isAlive()) {
      // A hung evaluator: stop it (Java 17 still can) so the run goes on.
      t.stop();
      t.join(5000);
      return new Outcome(out.toString(), -1, err + "\n(rustle timed out)");
    }
    return new Outcome(out.toString(), exit[0], err.toString().replace(file.toString(), "main.rs"));
  }
}
