package rustle.uitest;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import rustle.diag.SourceFile;

/**
 * One test file put through what its directive promises: run or checked in-process, its exit status,
 * errors and output compared with the annotations and expected files (or, when blessing, written to them).
 */
final class UiTest {
  private final Pipeline pipeline;
  private final boolean bless;

  UiTest(Pipeline pipeline, boolean bless) {
    this.pipeline = pipeline;
    this.bless = bless;
  }

  /** Runs the test at {@code file}, a path with a parent directory, named in messages as written. */
  Outcome run(Path file) {
    String path = file.toString();
    String text;
    try {
      text = read(file);
    } catch (IOException e) {
      return Outcome.failed(path + ": cannot read the test: " + e + "\n");
    }
    TestSpec spec = TestSpec.parse(text);
    if (spec.ignored().isPresent()) {
      return Outcome.ignored(spec.ignored().get());
    }
    if (!spec.problems().isEmpty()) {
      StringBuilder why = new StringBuilder("the test's directives or annotations are malformed:\n");
      spec.problems().forEach(p -> why.append("  ").append(path).append(", ").append(p).append('\n'));
      return Outcome.failed(why.toString());
    }
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    StringWriter dumps = new StringWriter();
    PrintWriter outWriter = new PrintWriter(out);
    PrintWriter errWriter = new PrintWriter(err);
    PrintWriter dumpWriter = new PrintWriter(dumps);
    boolean dumped = spec.mode().runs && !rustle.dump.Markers.find(text).isEmpty();
    int status;
    try {
      SourceFile source = new SourceFile(path, text);
      status = !spec.mode().runs ? pipeline.check(source, errWriter)
          : dumped ? pipeline.run(source, outWriter, errWriter, dumpWriter)
          : pipeline.run(source, outWriter, errWriter);
    } catch (Throwable t) { // rustle's own bug: this test fails, the others still run
      errWriter.flush();
      return Outcome.failed(path + ": rustle crashed: " + t + "\n" + section("stderr", err.toString()));
    } finally {
      outWriter.flush();
    }
    errWriter.flush();
    dumpWriter.flush();
    try {
      Outcome o = judge(file, spec, status, out.toString(), err.toString());
      return o.status() == Outcome.Status.OK ? Snapshots.judge(new OutputFiles(file), dumped, dumps.toString(), bless, o) : o;
    } catch (IOException e) {
      return Outcome.failed(path + ": cannot read or write its expected output: " + e + "\n");
    }
  }

  private Outcome judge(Path file, TestSpec spec, int status, String out, String err) throws IOException {
    OutputFiles files = new OutputFiles(file);
    StringBuilder why = new StringBuilder();
    Mode mode = spec.mode();
    boolean rejected = status == Mode.CHECK_FAIL.exitStatus;
    if (status != mode.exitStatus) {
      why.append("expected the program to ").append(mode.promise).append(", but ")
          .append(ended(status, mode)).append('\n');
      if (!rejected) {
        why.append(section("stderr", files.normalize(err)));
      }
    }
    if (mode == Mode.CHECK_FAIL || rejected) {
      ErrorMatch match = ErrorMatch.of(spec.errors(), ReportedError.parse(err, file.toString()));
      if (!match.ok()) {
        why.append(mode == Mode.CHECK_FAIL ? "the reported errors differ from the annotations:\n"
            : "the static checks reported errors:\n");
        why.append(errorLines(file.toString(), match));
      }
    }
    if (why.length() > 0) {
      return Outcome.failed(bless ? why + "(nothing blessed: the test fails before its output is compared)\n"
          : why.toString());
    }
    if (bless) {
      List<String> blessed = new ArrayList<>();
      files.bless(files.stdoutFile(), out).ifPresent(blessed::add);
      files.bless(files.stderrFile(), err).ifPresent(blessed::add);
      return Outcome.ok(blessed);
    }
    compare(files.stdoutFile(), files.read(files.stdoutFile()).orElse(""), files.normalize(out), "stdout", why);
    Optional<String> expectedErr = files.read(files.stderrFile());
    if (expectedErr.isPresent()) {
      compare(files.stderrFile(), expectedErr.get(), files.normalize(err), "stderr", why);
    }
    return why.length() > 0 ? Outcome.failed(why.toString()) : Outcome.ok(List.of());
  }

  private static void compare(Path file, String expected, String actual, String stream, StringBuilder why) {
    if (!expected.equals(actual)) {
      why.append(stream).append(" differs from ").append(file).append(" (bless with `rustle test --bless`"
          + " if the new output is right):\n").append(LineDiff.of(expected, actual, file.toString(), stream));
    }
  }

  /** The unmatched errors on both sides, in line order, each naming file and line. */
  private static String errorLines(String path, ErrorMatch match) {
    record Line(int line, String text) {}
    List<Line> lines = new ArrayList<>();
    for (ExpectedError e : match.missing()) {
      lines.add(new Line(e.line(), "  " + path + ":" + e.line() + ": expected " + e.describe()
          + ", but none was reported on this line\n"));
    }
    for (ReportedError r : match.unexpected()) {
      lines.add(r.line() == ReportedError.NO_LINE
          ? new Line(Integer.MAX_VALUE, "  " + path + ": unexpected error without a line in this file: "
              + r.header() + "\n")
          : new Line(r.line(), "  " + path + ":" + r.line() + ": unexpected " + r.header()
              + " (no annotation matches it)\n"));
    }
    lines.sort(Comparator.comparingInt(Line::line));
    StringBuilder out = new StringBuilder();
    lines.forEach(l -> out.append(l.text()));
    return out.toString();
  }

  /** What happened, completing "expected the program to ..., but ...". */
  private static String ended(int status, Mode mode) {
    if (status == 0) {
      return mode.runs ? "it ran to completion (exit status 0)" : "the static checks accepted it";
    }
    if (status == Mode.CHECK_FAIL.exitStatus) {
      return "the static checks rejected it";
    }
    return "it ended with " + Mode.describe(status);
  }

  private static String section(String name, String text) {
    return text.isEmpty() ? "" : "--- " + name + " ---\n" + text + (text.endsWith("\n") ? "" : "\n")
        + "------\n";
  }

  /**
   * The file's text as rustle reads a program (see {@code rustle.cli.SourceReader}): UTF-8 only, a
   * leading byte order mark dropped, CRLF line ends made LF.
   */
  static String read(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw new IOException("stream did not contain valid UTF-8", e);
    }
    text = text.startsWith("\uFEFF") ? text.substring(1) : text;
    return text.replace("\r\n", "\n");
  }
}
