package rustle.fuzz;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rustle.cli.Main;

/**
 * The fuzzer's generator without rustc: it is deterministic from its seed, and what it generates stays
 * inside rustle's subset and passes rustle's checker (the programs are well-typed and borrow-checked by
 * construction, so a rejection here is a bug of the generator or of the checker).
 */
class GeneratorTest {
  @Test
  void sameSeedSameProgram() {
    for (long seed = 0; seed < 20; seed++) {
      assertThat(Gen.program(seed).render()).isEqualTo(Gen.program(seed).render());
    }
  }

  @Test
  void differentSeedsDifferentPrograms() {
    Set<String> seen = new TreeSet<>();
    for (long seed = 0; seed < 20; seed++) {
      seen.add(Gen.program(seed).render());
    }
    assertThat(seen).hasSize(20);
  }

  @Test
  void sampleIsAcceptedByTheChecker(@TempDir Path dir) throws Exception {
    Set<String> features = new TreeSet<>();
    for (long seed = 1; seed <= 40; seed++) {
      Gen g = new Gen(seed * 7919);
      String program = g.generate().render();
      features.addAll(g.coverage);
      Path file = dir.resolve("p" + seed + ".rs");
      Files.writeString(file, program);
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      int exit = Main.run(new String[] {"check", file.toString()}, new PrintWriter(out), new PrintWriter(err));
      assertWithMessage("rustle check of the program for seed %s:\n%s\n%s", seed * 7919, err, program)
          .that(exit).isEqualTo(0);
    }
    // The sample exercises the features the fuzzer is for.
    assertThat(features).containsAtLeast("move", "borrow-mut", "borrow-shared", "shadow", "loop-break-value",
        "match-enum", "call", "explicit-panic", "block-value", "drop-call");
  }

  @Test
  void reducerInputRoundTrips() {
    String program = Gen.program(42).render();
    assertThat(Lines.parse(program).render().replace(" ", "")).isEqualTo(program.replace(" ", ""));
  }
}
