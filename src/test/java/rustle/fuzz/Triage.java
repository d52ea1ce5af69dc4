package rustle.fuzz;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Reduces one program, given by seed or as a file, for as long as it is allowed:
 * {@code Triage (--seed S | --file F.rs) --out DIR [--seconds T]}. Writes NAME.rs and NAME.txt.
 */
public final class Triage {
  private Triage() {}

  public static void main(String[] args) throws Exception {
    Long seed = null;
    Path file = null;
    Path out = Path.of("fuzz-out");
    int seconds = 300;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--seed" -> seed = Long.parseLong(args[++i]);
        case "--file" -> file = Path.of(args[++i]);
        case "--out" -> out = Path.of(args[++i]);
        case "--seconds" -> seconds = Integer.parseInt(args[++i]);
        default -> throw new IllegalArgumentException(args[i]);
      }
    }
    Code program = seed != null ? Gen.program(seed) : Lines.parse(Files.readString(file));
    Files.createDirectories(out);
    Path work = Files.createTempDirectory("rustle-triage");
    Rustc rustc = new Rustc(work);
    Rustle rustle = new Rustle(work);
    String src = program.render();
    Outcome expected = rustc.run(List.of(src)).get(0);
    Outcome actual = rustle.run(src, 20_000);
    String kind = Verdict.classify(expected, actual, src);
    if (kind == null) {
      System.out.println("no disagreement");
      return;
    }
    Reducer red = new Reducer(rustc, rustle, kind, seconds * 1000L);
    Code small = red.reduce(program);
    String s = small.render();
    String name = kind + "-" + (seed != null ? seed : file.getFileName().toString().replace(".rs", ""));
    Outcome e2 = rustc.run(List.of(s)).get(0);
    Outcome a2 = rustle.run(s, 20_000);
    Files.writeString(out.resolve(name + ".rs"), s);
    Files.writeString(out.resolve(name + ".txt"), "kind: " + kind + " (reduced in " + red.tests + " tests)\n\n"
        + "=== rustc ===\n" + e2.describe() + "\n=== rustle ===\n" + a2.describe());
    System.out.println(out.resolve(name + ".rs") + ": " + kind + ", " + s.split("\n").length + " lines");
  }
}
