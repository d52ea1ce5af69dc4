package rustle.debug;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;

/**
 * Where commands come from and the debugger's output goes. The plain console reads line by line with no
 * prompt (a scripted session); with echo on, each command is written back after a prompt, so that a
 * transcript reads like the interactive session it stands for.
 */
interface Console {
  /** The next command line, or null at the end of input. */
  String readLine();

  PrintWriter writer();

  /** Reads commands from in, writes to out. */
  static Console plain(Reader in, PrintWriter out, boolean echo) {
    BufferedReader r = new BufferedReader(in);
    return new Console() {
      @Override
      public String readLine() {
        try {
          String line = r.readLine();
          if (line != null && echo) out.println(Debugger.PROMPT + line);
          return line;
        } catch (IOException e) {
          return null;
        }
      }

      @Override
      public PrintWriter writer() {
        return out;
      }
    };
  }
}
