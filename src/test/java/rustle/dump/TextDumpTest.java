package rustle.dump;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import rustle.cli.Main;

/** The text format fits 80 columns; markers, breakpoints and the trace behave as documented. */
class TextDumpTest {
  static String[] run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Main.run(args, new PrintWriter(out), new PrintWriter(err));
    return new String[] {out.toString(), err.toString()};
  }

  @Test
  void everyBlessedDumpFitsEightyColumns() throws IOException {
    List<Path> dumps;
    try (Stream<Path> s = Files.walk(Path.of("programs"))) {
      dumps = s.filter(p -> p.toString().endsWith(".dump")).toList();
    }
    assertThat(dumps).isNotEmpty();
    for (Path p : dumps) {
      for (String line : Files.readAllLines(p, StandardCharsets.UTF_8)) {
        assertWithMessage("%s: %s", p, line).that(line.codePointCount(0, line.length())).isAtMost(80);
      }
    }
  }

  @Test
  void markersAreFoundAtLineEndsAndOnTheirOwnLines() {
    var m = Markers.find("let x = 1; // @dump\n    // @dump after x\nlet s = \"// @dump\";\n");
    assertThat(m.keySet()).containsExactly(1, 2);
    assertThat(m.get(1).name()).isNull();
    assertThat(m.get(2).name()).isEqualTo("after x");
  }

  @Test
  void breakDumpsAfterTheLineEveryTimeWithHitCounts() {
    String err = run("run", "--break", "6", "programs/vec_growth.rs")[1];
    assertThat(err).contains("snapshot 1: line 6\n".replace("\n", " "));
    assertThat(err).contains("line 6 (hit 10)");
  }

  @Test
  void dumpsComeAfterTheOutputPrintedBeforeThem() {
    String[] r = run("run", "--break", "5", "programs/two_locals.rs");
    assertThat(r[0]).startsWith("x = 42, y = 8\n");
    assertThat(r[1]).contains("x: i32 = 42");
  }

  @Test
  void unreachableBreakDumpsNothing() {
    String[] r = run("run", "--break", "999", "programs/memory/caller_ref.rs", "--out", "/dev/null");
    assertThat(r[1]).isEmpty();
  }

  @Test
  void traceReportsAllocationsWithWhyAndFreesAndStatsAtExit() {
    String err = run("run", "--trace", "--stats", "programs/memory/vec_realloc.rs", "--out", "/dev/null")[1];
    assertThat(err).contains("by Vec::with_capacity");
    assertThat(err).contains("by Vec::push (growth)");
    assertThat(err).contains("copy 16 bytes 0x01000000 -> 0x01000010");
    assertThat(err).contains("free 0x01000000 (16 bytes, the old buffer)");
    assertThat(err).contains("drop v (Vec<i32>): free 0x01000010 (32 bytes)");
    assertThat(err).contains("reallocations      1");
  }

  @Test
  void unitBlocksUsedAsValuesStillRunWhenEveryStatementStops() {
    String[] r = run("run", "--dump-all", "--out", "/dev/null", "src/test/resources/rustle/dump/block_value.rs");
    assertThat(r[1]).isEmpty();
    assertThat(r[0]).isEqualTo("1\n2\n()\n");
  }

  @Test
  void unknownFormatIsAUsageError() {
    String err = run("run", "--format", "yaml", "programs/two_locals.rs")[1];
    assertThat(err).contains("--format");
  }
}
