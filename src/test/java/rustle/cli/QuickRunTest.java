package rustle.cli;

import static com.google.common.truth.Truth.assertThat;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import rustle.driver.Driver;
import rustle.dump.DumpOptions;

/** The quick reader of {@code rustle run} reads every command line it accepts as picocli does. */
class QuickRunTest {
  /** What picocli makes of args, as the quick reader's fields: file, options, and the dump options. */
  private static List<Object> picocli(String... args) {
    RunCommand run = new RunCommand(new FakeBackend(), rustle.interp.rt.Host.NO_INPUT);
    new CommandLine(new RustleCommand()).addSubcommand(run).parseArgs(args);
    DumpOptions dump = new DumpOptions(List.copyOf(run.breaks), run.dumpAll, run.maxSnapshots, run.format, run.out,
        run.trace, run.traceOut, run.stats);
    return List.of(run.file, new Driver.Options(run.stackSize, run.heapSize, run.unchecked, new rustle.interp.rt.Host(run.args, rustle.interp.rt.Host.NO_INPUT)),
        dump);
  }

  private static List<Object> quick(String... args) {
    QuickRun q = QuickRun.parse(args);
    assertThat(q).isNotNull();
    return List.of(q.file, q.options, q.dump == null ? DumpOptions.NONE : q.dump);
  }

  @Test
  void readsWhatPicocliReads() {
    String[][] lines = {
        {"run", "a.rs"},
        {"run", "--break", "7", "a.rs"},
        {"run", "a.rs", "--break", "7", "--break=9", "--format", "json", "--out", "d.json"},
        {"run", "--dump-all", "--max-snapshots", "5", "--stats", "a.rs"},
        {"run", "--trace", "--trace-out=t.txt", "a.rs"},
        {"run", "--stack-size", "1M", "--heap-size=64M", "--unchecked", "a.rs"},
        {"run", "--format=html", "--out", "x.html", "--break", "-1", "a.rs"},
        {"run", "a.rs", "b", "c d"},
        {"run", "--stats", "a.rs", "x", "--break", "3", "y"},
        {"run", "a.rs", "--", "--break", "-x", ""},
        {"run", "--", "a.rs", "--stats"},
    };
    for (String[] line : lines) {
      assertThat(quick(line)).isEqualTo(picocli(line));
    }
  }

  @Test
  void leavesToPicocliWhatItDoesNotTakeAsItIs() {
    String[][] lines = {
        {"run"}, {"run", "--help"}, {"run", "--break", "a.rs"}, {"run", "--break", "x", "a.rs"},
        {"run", "--stack-size", "8X", "a.rs"}, {"run", "--format", "svg", "a.rs"}, {"run", "--max-snapshots", "-1", "a.rs"},
        {"run", "--trace=yes", "a.rs"}, {"run", "--frobnicate", "a.rs"}, {"run", "@args"}, {"check", "a.rs"},
        {"run", "a.rs", "--out"},
    };
    for (String[] line : lines) {
      assertThat(QuickRun.parse(line)).isNull();
    }
  }

  @Test
  void knowsEveryOptionOfTheRunCommand() {
    List<String> options = new ArrayList<>();
    List<String> valued = new ArrayList<>();
    for (Field f : RunCommand.class.getDeclaredFields()) {
      Option o = f.getAnnotation(Option.class);
      if (o == null) continue;
      options.addAll(List.of(o.names()));
      if (f.getType() != boolean.class) valued.addAll(List.of(o.names()));
    }
    assertThat(QuickRun.OPTIONS).containsExactlyElementsIn(options);
    assertThat(QuickRun.VALUED).containsExactlyElementsIn(valued);
  }
}
