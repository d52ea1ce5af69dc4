package rustle.golden;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import rustle.cli.ExitCode;

/**
 * The golden corpus under {@code programs/}: each {@code NAME.rs} with its expected output in
 * {@code NAME.run.stdout} and/or {@code NAME.stderr}, what is wrong with the corpus as a whole, and how
 * expectations are rewritten from actual output ("blessed").
 */
final class GoldenCases {
  static final String SOURCE = ".rs";
  static final String STDOUT = ".run.stdout";
  static final String STDERR = ".stderr";
  /** The program's standard input, when it reads one (not an expectation: never blessed). */
  static final String STDIN = ".stdin";
  /** Expected memory snapshots (text format) of a program with `// @dump` markers. */
  static final String DUMP = ".dump";
  /** A program's first line starting with this gives options for its run (see {@link Case#runFlags}). */
  static final String RUN_FLAGS = "// run-flags:";
  /** What Rust prints on stderr for a panic; a .stderr without it is a rejected program's diagnostics. */
  static final String PANIC_MARK = "panicked at";

  private GoldenCases() {}

  /** One program and where its expectations live (whether or not they exist yet). */
  record Case(Path source) {
    Path stdoutFile() {
      return sibling(STDOUT);
    }

    Path stderrFile() {
      return sibling(STDERR);
    }

    Path dumpFile() {
      return sibling(DUMP);
    }

    /**
     * Extra options of `rustle run` for this program, from a first line {@code // run-flags: --unchecked}
     * (as compiletest's {@code //@ compile-flags}); none without it.
     */
    List<String> runFlags() {
      String text = read(source);
      String first = text.lines().findFirst().orElse("").strip();
      if (!first.startsWith(RUN_FLAGS)) return List.of();
      return List.of(first.substring(RUN_FLAGS.length()).strip().split("\\s+"));
    }

    /** Whether the program has `// @dump` markers, so that its snapshots are compared too. */
    boolean dumps() {
      return !rustle.dump.Markers.find(read(source)).isEmpty();
    }

    /** What stdout must be: the .run.stdout file, or nothing at all (a rejected program never starts). */
    String expectedStdout() {
      return Files.exists(stdoutFile()) ? read(stdoutFile()) : "";
    }

    Optional<String> expectedStderr() {
      return Files.exists(stderrFile()) ? Optional.of(read(stderrFile())) : Optional.empty();
    }

    /** 0 if the program runs, 101 if its .stderr shows a panic, 1 if its .stderr shows diagnostics. */
    int expectedExit() {
      return expectedStderr()
          .map(err -> err.contains(PANIC_MARK) ? ExitCode.PANIC : ExitCode.REJECTED)
          .orElse(ExitCode.OK);
    }

    /** What the program reads as its standard input: the bytes of NAME.stdin, none without it. */
    java.io.InputStream stdin() throws java.io.IOException {
      Path f = sibling(STDIN);
      return Files.exists(f) ? new java.io.ByteArrayInputStream(Files.readAllBytes(f))
          : rustle.interp.rt.Host.NO_INPUT;
    }

    /** Whether the program's header has the `//@ run-fail` directive `rustle test` reads. */
    boolean saysRunFail() {
      return read(source).lines().anyMatch(l -> l.strip().replace(" ", "").equals("//@run-fail"));
    }

    private Path sibling(String suffix) {
      String name = source.getFileName().toString();
      return source.resolveSibling(name.substring(0, name.length() - SOURCE.length()) + suffix);
    }
  }

  /** The cases found, and messages for every file that breaks the corpus' rules. */
  record Corpus(List<Case> cases, List<String> problems) {}

  /**
   * Every {@code *.rs} under root (none if root does not exist). A program without any expectation file
   * is a problem unless blessing, which will create them; an expectation file without its program is
   * always one.
   */
  static Corpus discover(Path root, boolean bless) throws IOException {
    if (!Files.isDirectory(root)) {
      return new Corpus(List.of(), List.of());
    }
    List<Path> files;
    try (Stream<Path> walk = Files.walk(root)) {
      files = walk.filter(Files::isRegularFile).sorted().collect(Collectors.toList());
    }
    List<Case> cases = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (Path file : files) {
      String name = file.getFileName().toString();
      if (name.endsWith(SOURCE)) {
        Case c = new Case(file);
        if (!bless && c.dumps() && !Files.exists(c.dumpFile())) {
          problems.add(file + " has `// @dump` markers but no " + c.dumpFile().getFileName()
              + ": bless it with `mvn test -Dtest=ProgramsTest -Dbless=true`");
        }
        if (!c.dumps() && Files.exists(c.dumpFile())) {
          problems.add(c.dumpFile() + " is an orphan: " + file.getFileName() + " has no `// @dump` marker");
        }
        if (!bless && c.expectedExit() == ExitCode.PANIC && !c.saysRunFail()) {
          // `rustle test` reads the mode from the header, not from the expectation files: without it
          // the same program passes here and fails there.
          problems.add(file + " panics (its " + c.stderrFile().getFileName() + " shows a panic) but has"
              + " no `//@ run-fail` line, so `rustle test` would expect it to run to completion");
        }
        if (bless || Files.exists(c.stdoutFile()) || Files.exists(c.stderrFile())) {
          cases.add(c);
        } else {
          problems.add(file + " has no expectation: add " + c.stdoutFile().getFileName() + " (it runs) or "
              + c.stderrFile().getFileName() + " (it is rejected or panics), or bless it with"
              + " `mvn test -Dtest=ProgramsTest -Dbless=true`");
        }
      } else {
        for (String suffix : List.of(STDOUT, STDERR, DUMP, STDIN)) {
          if (name.endsWith(suffix)) {
            Path source = file.resolveSibling(name.substring(0, name.length() - suffix.length()) + SOURCE);
            if (!Files.exists(source)) {
              problems.add(file + " is an orphan: its program " + source.getFileName()
                  + " does not exist; delete it or restore the program");
            }
          }
        }
      }
    }
    return new Corpus(List.copyOf(cases), List.copyOf(problems));
  }

  /**
   * Rewrites c's expectations so that they describe this outcome. Exit codes that the files cannot
   * express (rustle's own failures, aborts, usage errors) are refused: they are bugs to fix, not to record.
   */
  static void bless(Case c, int exit, String stdout, String stderr) throws IOException {
    boolean panicked = stderr.contains(PANIC_MARK);
    boolean expressible = exit == ExitCode.OK
        || (exit == ExitCode.PANIC && panicked)
        || (exit == ExitCode.REJECTED && !panicked);
    if (!expressible) {
      throw new AssertionError("cannot bless " + c.source() + ": exit code " + exit
          + " has no expectation file form; stderr was:\n" + stderr);
    }
    if (exit == ExitCode.OK || !stdout.isEmpty()) {
      Files.writeString(c.stdoutFile(), stdout, StandardCharsets.UTF_8);
    } else {
      Files.deleteIfExists(c.stdoutFile());
    }
    if (exit == ExitCode.OK) {
      Files.deleteIfExists(c.stderrFile());
    } else {
      Files.writeString(c.stderrFile(), stderr, StandardCharsets.UTF_8);
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
