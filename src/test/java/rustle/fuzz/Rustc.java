package rustle.fuzz;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The oracle: compiles programs with rustc and runs them. Many programs go into one crate as modules
 * (rustc's fixed cost per crate dominates), with a main that runs the one named by its argument; panic
 * locations are mapped back to the program's own lines.
 */
final class Rustc {
  private final Path dir;
  private int batches;

  Rustc(Path dir) {
    this.dir = dir;
  }

  /** Exit code of the outcome of a program rustc rejected; its stderr holds rustc's errors. */
  static final int REJECTED = -2;

  /** The outcome of each program (exit {@link #REJECTED} for one rustc rejected). */
  List<Outcome> run(List<String> programs) throws IOException, InterruptedException {
    List<Outcome> out = new ArrayList<>();
    List<Integer> pending = new ArrayList<>();
    for (int i = 0; i < programs.size(); i++) {
      out.add(null);
      pending.add(i);
    }
    // Compile what is left; drop the programs rustc's errors point into, and try again.
    while (!pending.isEmpty()) {
      List<String> batch = new ArrayList<>();
      pending.forEach(i -> batch.add(programs.get(i)));
      Batch b = compile(batch);
      for (int k : b.failedAt) {
        out.set(pending.get(k), new Outcome("", REJECTED, b.error));
      }
      if (b.failedAt.isEmpty()) {
        for (int k = 0; k < pending.size(); k++) {
          out.set(pending.get(k), b.outcomes.get(k));
        }
        break;
      }
      List<Integer> rest = new ArrayList<>();
      for (int k = 0; k < pending.size(); k++) {
        if (!b.failedAt.contains(k)) {
          rest.add(pending.get(k));
        }
      }
      if (rest.size() == pending.size()) {
        // An error rustc did not place in any program: compile them one by one.
        for (int i : pending) {
          Batch one = compile(List.of(programs.get(i)));
          out.set(i, one.outcomes.isEmpty() ? new Outcome("", REJECTED, one.error) : one.outcomes.get(0));
        }
        break;
      }
      pending = rest;
    }
    return out;
  }

  /** A compiled batch's outcomes, or which of its programs rustc's errors point into. */
  private record Batch(List<Outcome> outcomes, java.util.Set<Integer> failedAt, String error) {}

  private Batch compile(List<String> programs) throws IOException, InterruptedException {
    int id = batches++;
    StringBuilder src = new StringBuilder();
    List<Integer> modLine = new ArrayList<>();
    int line = 1;
    src.append("#![allow(unused, arithmetic_overflow, unconditional_panic, unreachable_code)]\n");
    line++;
    for (int i = 0; i < programs.size(); i++) {
      String body = stripCrateAttr(programs.get(i)).replace("\nfn main() {", "\npub fn main() {");
      src.append("mod p").append(i).append(" {\n");
      modLine.add(line);
      line++;
      src.append(body);
      line += (int) body.chars().filter(c -> c == '\n').count();
      src.append("}\n");
      line++;
    }
    src.append("fn main() {\n    let which: usize = std::env::args().nth(1).unwrap().parse().unwrap();\n");
    src.append("    match which {\n");
    for (int i = 0; i < programs.size(); i++) {
      src.append("        ").append(i).append(" => p").append(i).append("::main(),\n");
    }
    src.append("        _ => {}\n    }\n}\n");
    String name = "batch" + id + ".rs";
    Path file = dir.resolve(name);
    Path exe = dir.resolve("batch" + id);
    Files.writeString(file, src);
    Proc compiled = Proc.run(dir, 300, "rustc", "--edition", "2021", "-C", "debug-assertions=on", "-C",
        "overflow-checks=on", "-o", exe.getFileName().toString(), name);
    List<Outcome> out = new ArrayList<>();
    java.util.Set<Integer> failed = new java.util.TreeSet<>();
    if (compiled.exit() != 0) {
      java.util.regex.Matcher m = java.util.regex.Pattern.compile("--> " + java.util.regex.Pattern.quote(name)
          + ":(\\d+):").matcher(compiled.stderr());
      while (m.find()) {
        int l = Integer.parseInt(m.group(1));
        for (int i = modLine.size() - 1; i >= 0; i--) {
          if (l > modLine.get(i)) {
            failed.add(i);
            break;
          }
        }
      }
      if (programs.size() == 1) {
        failed.add(0);
      }
      Files.deleteIfExists(file);
      return new Batch(out, failed, compiled.stderr());
    }
    for (int i = 0; i < programs.size(); i++) {
      Proc p = Proc.run(dir, 120, exe.toString(), String.valueOf(i));
      // The program's line L sits at batch line modLine + L (its crate attribute line is left empty).
      out.add(new Outcome(p.stdout(), p.exit(), remap(p.stderr(), name, modLine.get(i))));
    }
    Files.deleteIfExists(exe);
    Files.deleteIfExists(file);
    return new Batch(out, failed, "");
  }

  private static String stripCrateAttr(String program) {
    return program.startsWith("#![") ? program.substring(program.indexOf('\n')) : "\n" + program;
  }

  private static String remap(String stderr, String file, int modLine) {
    String marker = "panicked at " + file + ":";
    int at = stderr.indexOf(marker);
    if (at < 0) {
      return stderr;
    }
    int start = at + marker.length();
    int end = stderr.indexOf(':', start);
    int batchLine = Integer.parseInt(stderr.substring(start, end));
    return stderr.substring(0, at) + "panicked at main.rs:" + (batchLine - modLine) + stderr.substring(end);
  }

  /** A finished process. */
  record Proc(int exit, String stdout, String stderr) {
    static Proc run(Path dir, int timeoutSeconds, String... cmd) throws IOException, InterruptedException {
      ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile());
      pb.environment().remove("RUST_BACKTRACE");
      Path o = Files.createTempFile(dir, "out", ".txt");
      Path e = Files.createTempFile(dir, "err", ".txt");
      pb.redirectOutput(o.toFile()).redirectError(e.toFile());
      Process p = pb.start();
      int exit;
      if (p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
        exit = p.exitValue();
      } else {
        p.destroyForcibly().waitFor();
        exit = -1;
      }
      Proc r = new Proc(exit, Files.readString(o, StandardCharsets.UTF_8), Files.readString(e, StandardCharsets.UTF_8));
      Files.delete(o);
      Files.delete(e);
      return r;
    }
  }
}
