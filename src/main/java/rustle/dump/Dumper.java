package rustle.dump;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import rustle.check.CheckedProgram;
import rustle.interp.Interpreter;
import rustle.interp.observe.Probes;
import rustle.interp.observe.StopPoint;

/**
 * Runs a checked program under observation: stop points from {@code // @dump} markers and
 * {@code --break}, snapshots written in the chosen format, the event trace and statistics. With
 * nothing asked for it is an ordinary run, with no probe compiled in.
 */
public final class Dumper {
  private Dumper() {}

  /** Whether {@code --format} accepts name. */
  public static boolean knowsFormat(String name) {
    return Format.of(name) != null;
  }

  /** The formats {@code --format} accepts, for messages. */
  public static String formats() {
    return String.join(", ", Format.NAMES);
  }

  public static int run(CheckedProgram program, String path, String source, long stackSize, long heapSize,
      PrintWriter out, PrintWriter err, DumpOptions o) {
    return run(program, path, source, stackSize, heapSize, out, err, o, null);
  }

  /** As {@link #run}, with snapshots written to dumps when it is not null (`rustle test` compares them). */
  public static int run(CheckedProgram program, String path, String source, long stackSize, long heapSize,
      PrintWriter out, PrintWriter err, DumpOptions o, PrintWriter dumps) {
    return run(program, path, source, stackSize, heapSize, out, err, o, dumps, false);
  }

  /** As above; unchecked as {@code rustle run --unchecked} asks (see Interpreter.run). */
  public static int run(CheckedProgram program, String path, String source, long stackSize, long heapSize,
      PrintWriter out, PrintWriter err, DumpOptions o, PrintWriter dumps, boolean unchecked) {
    return run(program, path, source, stackSize, heapSize, rustle.interp.rt.Host.NONE, out, err, o, dumps, unchecked);
  }

  /** As above, with what the program gets from its host (its arguments, its standard input). */
  public static int run(CheckedProgram program, String path, String source, long stackSize, long heapSize,
      rustle.interp.rt.Host host, PrintWriter out, PrintWriter err, DumpOptions o, PrintWriter dumps, boolean unchecked) {
    Map<Integer, StopPoint> stops = new TreeMap<>(Markers.mayHave(source) ? Markers.find(source) : Map.of());
    for (int line : o.breaks()) stops.putIfAbsent(line, new StopPoint(line, null, "break"));
    if (stops.isEmpty() && !o.requested()) {
      return Interpreter.run(program, path, source, stackSize, heapSize, host, out, err, null, null, unchecked);
    }
    PrintWriter sink = dumps != null ? dumps : o.out() == null ? err : open(o.out(), err);
    PrintWriter traceSink = o.traceOut() == null ? err : open(o.traceOut(), err);
    if (sink == null || traceSink == null) return Interpreter.INTERNAL;
    StringBuilder printed = new StringBuilder();
    PrintWriter tee = new PrintWriter(new Tee(out, printed));
    Tracer tracer = o.trace() || o.stats() ? new Tracer(traceSink, o.trace()) : null;
    boolean snapshots = !stops.isEmpty() || o.all();
    Recorder rec = new Recorder(o.maxSnapshots(), snapshots ? Format.of(o.format()) : null, sink, printed, tracer,
        o.all());
    int code = Interpreter.run(program, path, source, stackSize, heapSize, host, tee, err,
        new Probes(stops, o.all() || o.trace(), o.all() || o.trace() || o.stats()), rec, unchecked);
    tee.flush();
    rec.finish(new Format.Program(path, source));
    if (tracer != null && o.stats()) tracer.stats(traceSink);
    if (sink != err && sink != dumps) sink.close();
    if (traceSink != err) traceSink.close();
    return code;
  }

  private static PrintWriter open(String file, PrintWriter err) {
    try {
      return new PrintWriter(new OutputStreamWriter(Files.newOutputStream(Path.of(file)), StandardCharsets.UTF_8));
    } catch (IOException | RuntimeException e) {
      err.println("error: cannot write " + file + ": " + e.getMessage());
      err.flush();
      return null;
    }
  }

  /** Passes the program's output on and keeps a copy (snapshots say what was printed so far). */
  private static final class Tee extends Writer {
    private final Writer out;
    private final StringBuilder copy;

    Tee(Writer out, StringBuilder copy) {
      this.out = out;
      this.copy = copy;
    }

    @Override
    public void write(char[] buf, int off, int len) throws IOException {
      out.write(buf, off, len);
      copy.append(buf, off, len);
    }

    @Override
    public void flush() throws IOException {
      out.flush();
    }

    @Override
    public void close() throws IOException {
      out.flush();
    }
  }
}
