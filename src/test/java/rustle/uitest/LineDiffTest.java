package rustle.uitest;

import static com.google.common.truth.Truth.assertThat;

import org.junit.jupiter.api.Test;

class LineDiffTest {
  @Test
  void equalTextsHaveNoDiff() {
    assertThat(LineDiff.of("a\nb\n", "a\nb\n", "x", "y")).isEmpty();
  }

  @Test
  void aChangedLineShowsWithThreeLinesOfContext() {
    String expected = "1\n2\n3\n4\n5\n6\n7\n8\n9\n";
    String actual = "1\n2\n3\n4\n5!\n6\n7\n8\n9\n";
    assertThat(LineDiff.of(expected, actual, "a.run.stdout", "stdout")).isEqualTo(String.join("\n",
        "--- a.run.stdout",
        "+++ stdout",
        "@@ -2,7 +2,7 @@",
        " 2", " 3", " 4", "-5", "+5!", " 6", " 7", " 8",
        ""));
  }

  @Test
  void farApartChangesMakeSeparateHunks() {
    String expected = "a\n1\n2\n3\n4\n5\n6\n7\n8\nb\n";
    String actual = "A\n1\n2\n3\n4\n5\n6\n7\n8\nB\nextra\n";
    assertThat(LineDiff.of(expected, actual, "e", "a")).isEqualTo(String.join("\n",
        "--- e", "+++ a",
        "@@ -1,4 +1,4 @@", "-a", "+A", " 1", " 2", " 3",
        "@@ -7,4 +7,5 @@", " 6", " 7", " 8", "-b", "+B", "+extra",
        ""));
  }

  @Test
  void linesOnlyOneSideHasAreAddedOrRemoved() {
    assertThat(LineDiff.of("", "x\n", "e", "a")).isEqualTo("--- e\n+++ a\n@@ -1,0 +1,1 @@\n+x\n");
    assertThat(LineDiff.of("x\ny\n", "y\n", "e", "a")).isEqualTo("--- e\n+++ a\n@@ -1,2 +1,1 @@\n-x\n y\n");
  }

  @Test
  void aMissingFinalNewlineShows() {
    assertThat(LineDiff.of("x\n", "x", "e", "a")).contains("+x\\ (no newline at end)\n");
  }
}
