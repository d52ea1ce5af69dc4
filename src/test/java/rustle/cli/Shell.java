package rustle.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs {@link Main} in-process over a backend and keeps what it printed. */
final class Shell {
  final FakeBackend backend = new FakeBackend();
  boolean debug;
  String out;
  String err;

  int run(String... args) {
    StringWriter o = new StringWriter();
    StringWriter e = new StringWriter();
    int code = new Main(backend, debug).execute(args, new PrintWriter(o), new PrintWriter(e));
    out = o.toString();
    err = e.toString();
    return code;
  }
}
