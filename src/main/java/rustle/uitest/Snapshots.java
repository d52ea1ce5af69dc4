package rustle.uitest;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The memory half of a test: a program with {@code // @dump} markers must produce the snapshots in
 * {@code NAME.dump} (text format); a {@code NAME.dump} beside a program without markers is an orphan.
 */
final class Snapshots {
  private Snapshots() {}

  /** Judges the snapshots of a test whose output already passed (earlier, the verdict so far). */
  static Outcome judge(OutputFiles files, boolean dumped, String actual, boolean bless, Outcome earlier)
      throws IOException {
    boolean exists = Files.exists(files.dumpFile());
    if (!dumped) {
      return exists ? Outcome.failed(files.dumpFile() + " has no `// @dump` marker in its program to compare"
          + " with; delete it or add markers\n") : earlier;
    }
    if (bless) {
      List<String> blessed = new ArrayList<>(earlier.blessed());
      files.bless(files.dumpFile(), actual).ifPresent(blessed::add);
      return Outcome.ok(blessed);
    }
    Optional<String> expected = files.read(files.dumpFile());
    if (expected.isEmpty()) {
      return Outcome.failed("the program has `// @dump` markers but no " + files.dumpFile()
          + " holds their snapshots (bless with `rustle test --bless`)\n");
    }
    String norm = files.normalize(actual);
    if (!expected.get().equals(norm)) {
      return Outcome.failed("memory snapshots differ from " + files.dumpFile() + " (bless with `rustle test"
          + " --bless` if the new snapshots are right):\n"
          + LineDiff.of(expected.get(), norm, files.dumpFile().toString(), "snapshots"));
    }
    return earlier;
  }
}
