package rustle.interp.rt;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * The program's standard input as {@code std::io::stdin} reads it: bytes, a line (its {@code '\n'}
 * kept) or everything left at a time, buffered as std's {@code BufReader} is, so that nothing is read
 * before the program asks.
 */
public final class Stdin {
  private final InputStream in;
  /** Made at the first read: most programs never read, and every run makes a Stdin. */
  private byte[] buf;
  private int pos;
  private int end;

  public Stdin(InputStream in) {
    this.in = in;
  }

  /**
   * The next line with its '\n' (none at the end of input), or everything left when all; empty at the
   * end; null when the host's input failed.
   */
  public byte[] read(boolean all) {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    while (true) {
      try {
        if (!fill()) break;
      } catch (IOException e) {
        return null;
      }
      int i = pos;
      while (i < end && (all || buf[i] != '\n')) i++;
      boolean done = i < end;
      if (done) i++;  // the '\n'
      line.write(buf, pos, i - pos);
      pos = i;
      if (done) break;
    }
    return line.toByteArray();
  }

  /** Whether there are bytes in the buffer, reading more when it is empty. */
  private boolean fill() throws IOException {
    if (pos < end) return true;
    if (buf == null) buf = new byte[8192];
    int n = in.read(buf, 0, buf.length);
    pos = 0;
    end = Math.max(n, 0);
    return n > 0;
  }
}
