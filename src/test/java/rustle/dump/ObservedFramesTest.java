package rustle.dump;

import static com.google.common.truth.Truth.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Only calls that can reach a stop are reported to the observer; a snapshot must still show every
 * frame from main with its exact call line, however the stopping function was called.
 */
class ObservedFramesTest {
  @TempDir Path dir;

  private static final String PROGRAM = """
      trait Shape {
          fn area(&self) -> u32;
      }
      struct Sq {
          side: u32,
      }
      impl Shape for Sq {
          fn area(&self) -> u32 {
              leaf(self.side)
          }
      }
      fn leaf(x: u32) -> u32 {
          let y = x * x;
          y
      }
      fn mid(x: u32) -> u32 {
          let v = leaf(x);
          v
      }
      fn twice<T: Shape>(s: &T) -> u32 {
          s.area() * 2
      }
      fn apply<F: Fn(u32) -> u32>(f: F, x: u32) -> u32 {
          f(x)
      }
      fn fib(n: u32) -> u32 {
          if n < 2 { n } else { fib(n - 1) + fib(n - 2) }
      }
      fn main() {
          let a = fib(10) + mid(3);
          let b = apply(|z| mid(z), 4);
          let c = twice(&Sq { side: 5 });
          println!("{} {} {}", a, b, c);
      }
      """;

  /** Each snapshot's frames as "name@callLine" ("main" has none), in stack order. */
  private List<List<String>> stacks(String... args) throws IOException {
    Path file = dir.resolve("main.rs");
    Files.writeString(file, PROGRAM);
    List<String> argv = new ArrayList<>(List.of("run"));
    argv.addAll(List.of(args));
    argv.add(file.toString());
    String[] r = TextDumpTest.run(argv.toArray(new String[0]));
    assertThat(r[0]).isEqualTo("64 16 50\n");
    List<List<String>> out = new ArrayList<>();
    Pattern frame = Pattern.compile("^#\\d+ (\\S+) .*?(?:called from line (\\d+))?$", Pattern.MULTILINE);
    for (String snap : r[1].split("=== snapshot ")) {
      if (snap.isBlank()) continue;
      List<String> frames = new ArrayList<>();
      Matcher m = frame.matcher(snap);
      while (m.find()) frames.add(m.group(2) == null ? m.group(1) : m.group(1) + "@" + m.group(2));
      out.add(frames);
    }
    return out;
  }

  @Test
  void aBreakInALeafShowsEveryFrameFromMainHoweverItWasCalled() throws IOException {
    assertThat(stacks("--break", "14"))
        .containsExactly(
            List.of("main", "mid@30", "leaf@17"),
            // through a closure passed to a generic function
            List.of("main", "apply@31", "{closure}@24", "mid@31", "leaf@17"),
            // through a trait method called from a generic function
            List.of("main", "twice@32", "Sq::area@21", "leaf@9"))
        .inOrder();
  }

  @Test
  void aBreakInTheRecursiveFunctionShowsItsRecursion() throws IOException {
    // Line 28 holds no statement: fib stops there on entry, so the first ten stops descend to fib(1).
    List<List<String>> s = stacks("--break", "28");
    for (int k = 1; k <= 10; k++) {
      List<String> frames = s.get(k - 1);
      assertThat(frames).hasSize(k + 1);
      assertThat(frames.subList(0, 2)).containsExactly("main", "fib@30").inOrder();
      assertThat(frames.subList(2, frames.size())).containsExactlyElementsIn(Collections.nCopies(k - 1, "fib@27"));
    }
  }

  @Test
  void aBreakThatIsNeverReachedTakesNoSnapshot() throws IOException {
    assertThat(stacks("--break", "999")).isEmpty();
  }

  @Test
  void statisticsStillCountEveryFrame() throws IOException {
    Path file = dir.resolve("main.rs");
    Files.writeString(file, PROGRAM);
    String err = TextDumpTest.run("run", "--stats", file.toString())[1];
    // fib(10) descends to fib(1) below main: eleven frames.
    assertThat(err).contains("peak stack depth   11 frames");
  }
}
