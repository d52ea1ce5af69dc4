package rustle.debug;

import java.io.PrintWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * What the program printed in one run, stdout and stderr in the order written, shown to the user with
 * every line marked ({@code [out] } or {@code [err] }) so that it cannot be mistaken for the debugger's
 * own output.
 */
final class Output {
  static final String OUT = "[out] ";
  static final String ERR = "[err] ";

  private final StringBuilder text = new StringBuilder();
  /** Where each switch between the streams happens: {start, 1 if stderr}. */
  private final List<int[]> switches = new ArrayList<>();

  Writer writer(boolean err) {
    return new Writer() {
      @Override
      public void write(char[] buf, int off, int len) {
        Output.this.append(err, buf, off, len);
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };
  }

  private synchronized void append(boolean err, char[] buf, int off, int len) {
    if (len == 0) return;
    if (switches.isEmpty() || (switches.get(switches.size() - 1)[1] == 1) != err) {
      switches.add(new int[] {text.length(), err ? 1 : 0});
    }
    text.append(buf, off, len);
  }

  synchronized int length() {
    return text.length();
  }

  synchronized String text(int from, int to) {
    return text.substring(from, to);
  }

  /** Shows the output from position from on, each line marked by its stream; returns the new end. */
  synchronized int show(int from, PrintWriter w) {
    boolean lineStart = true;
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (lineStart) w.print(isErr(i) ? ERR : OUT);
      w.print(c);
      lineStart = c == '\n';
    }
    if (!lineStart) w.println();
    return text.length();
  }

  private boolean isErr(int at) {
    boolean err = false;
    for (int[] s : switches) {
      if (s[0] > at) break;
      err = s[1] == 1;
    }
    return err;
  }
}
