package rustle.fuzz;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The differential fuzzer's command line: generates programs from consecutive seeds, runs each under
 * rustc (the oracle) and rustle (in this JVM), and writes every disagreement, reduced, to the out dir.
 * {@code Fuzz --seed S (--count N | --seconds T) --out DIR [--batch B] [--reduce K] [--reduce-seconds R]}
 */
public final class Fuzz {
  private Fuzz() {}

  public static void main(String[] args) throws Exception {
    long seed = 1;
    long count = Long.MAX_VALUE;
    long seconds = Long.MAX_VALUE / 2000;
    Path out = Path.of("fuzz-out");
    int batch = 40;
    int reducePerKind = 3;
    int reduceSeconds = 120;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--seed" -> seed = Long.parseLong(args[++i]);
        case "--count" -> count = Long.parseLong(args[++i]);
        case "--seconds" -> seconds = Long.parseLong(args[++i]);
        case "--out" -> out = Path.of(args[++i]);
        case "--batch" -> batch = Integer.parseInt(args[++i]);
        case "--reduce" -> reducePerKind = Integer.parseInt(args[++i]);
        case "--reduce-seconds" -> reduceSeconds = Integer.parseInt(args[++i]);
        default -> {
          System.err.println("usage: fuzz/run --seed S (--count N | --seconds T) --out DIR [--batch B] "
              + "[--reduce K (disagreements reduced per kind)] [--reduce-seconds R]");
          System.exit(2);
        }
      }
    }
    if (count == Long.MAX_VALUE && seconds == Long.MAX_VALUE / 2000) {
      count = 100;
    }
    Files.createDirectories(out);
    Path work = Files.createTempDirectory("rustle-fuzz");
    Rustc rustc = new Rustc(work);
    Rustle rustle = new Rustle(work);
    long start = System.currentTimeMillis();
    long end = start + seconds * 1000;
    Map<String, Integer> kinds = new TreeMap<>();
    Map<String, Integer> coverage = new TreeMap<>();
    long done = 0;
    long rustcMillis = 0;
    long rustleMillis = 0;
    long agreed = 0;
    long next = seed;
    // rustc compiles the next batch while rustle runs this one (still one rustc at a time).
    java.util.concurrent.ExecutorService bg = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, "rustc");
      t.setDaemon(true);
      return t;
    });
    Batch pending = null;
    String summary = "";
    while (done < count && System.currentTimeMillis() < end) {
      Batch cur = pending != null ? pending : Batch.start(bg, rustc, next, (int) Math.min(batch, count - done), coverage);
      next = cur.firstSeed + cur.seeds.size();
      long left = count - done - cur.seeds.size();
      long t0 = System.currentTimeMillis();
      List<Outcome> expected = cur.expected.get();
      rustcMillis += System.currentTimeMillis() - t0;
      pending = left > 0 && System.currentTimeMillis() < end
          ? Batch.start(bg, rustc, next, (int) Math.min(batch, left), coverage) : null;
      List<Long> seeds = cur.seeds;
      List<Code> codes = cur.codes;
      List<String> programs = cur.programs;
      int n = seeds.size();
      for (int i = 0; i < n; i++) {
        long t1 = System.currentTimeMillis();
        Outcome actual = rustle.run(programs.get(i), 20_000);
        rustleMillis += System.currentTimeMillis() - t1;
        String kind = Verdict.classify(expected.get(i), actual, programs.get(i));
        cur.coverage.get(i).forEach(f -> coverage.merge(f, 1, Integer::sum));
        done++;
        if (kind == null) {
          agreed++;
          continue;
        }
        if (kind.contains("stdout") && pending != null) {
          pending.expected.get(); // one rustc at a time
        }
        if (kind.contains("stdout") && reentrantPrint(rustc, rustle, programs.get(i))) {
          kind = "reentrant-print";
        }
        int seen = kinds.merge(kind, 1, Integer::sum);
        Code program = codes.get(i);
        String name = kind + "-" + seeds.get(i);
        boolean reduce = seen <= reducePerKind && !Verdict.generatorBug(kind) && !Verdict.known(kind);
        if (reduce) {
          if (pending != null) {
            pending.expected.get(); // one rustc at a time
          }
          Reducer red = new Reducer(rustc, rustle, kind, reduceSeconds * 1000L);
          program = red.reduce(program);
          String small = program.render();
          expected = replaceAt(expected, i, rustc.run(List.of(small)).get(0));
          actual = rustle.run(small, 20_000);
        }
        write(out, name, seeds.get(i), kind, program.render(), expected.get(i), actual, reduce);
      }
      long secs = (System.currentTimeMillis() - start) / 1000;
      System.out.printf("[%ds] %d programs (seeds %d..%d), %d agree, disagreements %s (rustc %ds, rustle %ds)%n",
          secs, done, seed, next - 1, agreed, kinds, rustcMillis / 1000, rustleMillis / 1000);
      summary = String.format("programs: %d (seeds %d..%d) in %d s%nagree: %d%ndisagreements by kind: %s%n"
          + "generator coverage (programs using each feature): %s%n", done, seed, next - 1, secs, agreed, kinds,
          coverage);
      Files.writeString(out.resolve("summary-" + seed + ".txt"), summary);
    }
    System.out.print(summary);
  }

  /** A batch of generated programs whose rustc outcomes are being computed in the background. */
  private static final class Batch {
    final long firstSeed;
    final List<Long> seeds = new ArrayList<>();
    final List<Code> codes = new ArrayList<>();
    final List<String> programs = new ArrayList<>();
    final List<java.util.Set<String>> coverage = new ArrayList<>();
    java.util.concurrent.Future<List<Outcome>> expected;

    private Batch(long firstSeed) {
      this.firstSeed = firstSeed;
    }

    static Batch start(java.util.concurrent.ExecutorService bg, Rustc rustc, long seed, int n,
        Map<String, Integer> coverage) {
      Batch b = new Batch(seed);
      for (int i = 0; i < n; i++) {
        Gen g = new Gen(seed + i);
        Code c = g.generate();
        b.coverage.add(g.coverage);
        b.seeds.add(seed + i);
        b.codes.add(c);
        b.programs.add(c.render());
      }
      b.expected = bg.submit(() -> rustc.run(b.programs));
      return b;
    }
  }

  /** Whether the disagreement goes away when println!'s arguments are evaluated before it (see Hoist). */
  private static boolean reentrantPrint(Rustc rustc, Rustle rustle, String program) throws Exception {
    String hoisted = Hoist.apply(program);
    if (hoisted.equals(program)) {
      return false;
    }
    Outcome expected = rustc.run(List.of(hoisted)).get(0);
    return expected.exit() != Rustc.REJECTED && Verdict.classify(expected, rustle.run(hoisted, 20_000), hoisted) == null;
  }

  private static List<Outcome> replaceAt(List<Outcome> xs, int i, Outcome o) {
    List<Outcome> copy = new ArrayList<>(xs);
    copy.set(i, o);
    return copy;
  }

  private static void write(Path out, String name, long seed, String kind, String program, Outcome rustc,
      Outcome rustle, boolean reduced) throws Exception {
    Files.writeString(out.resolve(name + ".rs"), program);
    StringBuilder sb = new StringBuilder();
    sb.append("seed: ").append(seed).append("\nkind: ").append(kind).append(reduced ? " (reduced)" : "")
        .append("\n\n=== rustc ===\n");
    sb.append(rustc.describe());
    sb.append("\n=== rustle ===\n").append(rustle.describe());
    Files.writeString(out.resolve(name + ".txt"), sb.toString());
  }
}
