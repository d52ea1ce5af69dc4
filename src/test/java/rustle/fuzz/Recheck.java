package rustle.fuzz;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs saved programs again under both (rustc in one batch) and prints each one's kind of disagreement
 * now, and with println! arguments hoisted (see {@link Hoist}): {@code Recheck FILE.rs...}. For triage,
 * and to see which findings a fix has removed.
 */
public final class Recheck {
  private Recheck() {}

  public static void main(String[] args) throws Exception {
    Path work = Files.createTempDirectory("rustle-recheck");
    Rustc rustc = new Rustc(work);
    Rustle rustle = new Rustle(work);
    List<String> programs = new ArrayList<>();
    for (String a : args) {
      String p = Files.readString(Path.of(a));
      programs.add(p);
      programs.add(Hoist.apply(p));
    }
    List<Outcome> expected = rustc.run(programs);
    for (int i = 0; i < args.length; i++) {
      String[] kinds = new String[2];
      for (int k = 0; k < 2; k++) {
        Outcome e = expected.get(2 * i + k);
        String p = programs.get(2 * i + k);
        kinds[k] = String.valueOf(Verdict.classify(e, rustle.run(p, 20_000), p));
      }
      System.out.println(args[i] + ": " + kinds[0] + "; hoisted: " + kinds[1]);
    }
  }
}
