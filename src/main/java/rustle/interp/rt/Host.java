package rustle.interp.rt;

import java.io.InputStream;
import java.util.List;

/**
 * What a run gets from outside the program: its command-line arguments after its name (what
 * {@code std::env::args} yields after it) and its standard input ({@code std::io::stdin}).
 */
public record Host(List<String> args, InputStream stdin) {
  /** No input: a read finds the end at once (in-process runs and tests that give none). */
  public static final InputStream NO_INPUT = InputStream.nullInputStream();
  /** No arguments and no input. */
  public static final Host NONE = new Host(List.of(), NO_INPUT);

  public Host {
    args = List.copyOf(args);
  }

  /** The same arguments, reading stdin. */
  public Host withStdin(InputStream in) {
    return new Host(args, in);
  }
}
