package rustle.interp;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import rustle.ast.Span;
import rustle.check.CheckedProgram;
import rustle.check.Checker;
import rustle.diag.SourceFile;
import rustle.interp.observe.FrameMap;
import rustle.interp.observe.Observer;
import rustle.interp.observe.Probes;
import rustle.interp.observe.RunView;
import rustle.interp.observe.StopPoint;
import rustle.memory.Memory;
import rustle.syntax.ParseResult;
import rustle.syntax.Parser;

/** An observed run wraps only the calls that can lead to a stop point: a hot function that cannot runs bare. */
class ObservedCallsTest {
  private static final String FIB = """
      fn fib(n: u64) -> u64 {
          if n < 2 { n } else { fib(n - 1) + fib(n - 2) }
      }

      fn show(x: u64) -> u64 {
          let y = x + 1;
          y
      }

      fn main() {
          let f = fib(20);
          let g = show(f);
          println!("{}", g);
      }
      """;

  private static final Observer SILENT = new Observer() {
    @Override
    public void start(RunView run) {}

    @Override
    public void enter(FrameMap map, int fp, Span callSite) {}

    @Override
    public void leave(FrameMap map, int fp) {}

    @Override
    public void stop(StopPoint point, int fp) {}
  };

  @Test
  void callsThatCannotReachTheStopAreNotWrapped() {
    // The stop is in show (line 6): fib's calls, made from main and from fib itself, cannot reach it.
    List<String> wrapped = wrappedCallees(FIB, 6);
    assertThat(wrapped).contains("show");
    assertThat(wrapped).doesNotContain("fib");
  }

  @Test
  void aBreakNeverReachedWrapsNoCallBetweenUserFunctions() {
    List<String> wrapped = wrappedCallees(FIB, 999);
    assertThat(wrapped).containsNoneOf("fib", "show");
  }

  @Test
  void aStopInTheRecursiveFunctionWrapsItsRecursiveCalls() {
    List<String> wrapped = wrappedCallees(FIB, 2);
    // main's call and both recursive calls.
    assertThat(wrapped.stream().filter("fib"::equals).count()).isEqualTo(3);
    assertThat(wrapped).doesNotContain("show");
  }

  @Test
  void theTraceAndStatisticsStillSeeEveryCall() {
    CheckedProgram p = check(FIB);
    Compiler c = compile(p, new Probes(Map.of(), false, true));
    assertThat(c.wrapped).containsAtLeast("fib", "show");
  }

  @Test
  void aStopInMainWrapsNoCall() {
    assertThat(wrappedCallees(FIB, 12)).isEmpty();
  }

  @Test
  void aStopInAClosureOfMainWrapsTheCallsThatReachIt() {
    String src = """
        fn twice<F: Fn(u64) -> u64>(f: F, x: u64) -> u64 {
            f(f(x))
        }

        fn main() {
            let add = |v: u64| {
                let w = v + 1;
                w
            };
            println!("{}", twice(add, 3));
        }
        """;
    // The stop (line 7) is in the closure: twice calls it, so main's call of twice is wrapped.
    assertThat(wrappedCallees(src, 7)).contains("twice");
  }

  @Test
  void aStopInMainCalledAgainWrapsTheCallsOfMain() {
    String src = """
        fn helper(n: u64) {
            if n == 0 {
                main();
            }
        }

        fn main() {
            let k = 1;
            if k == 2 {
                helper(0);
            }
        }
        """;
    // The stop is in main (line 8), which helper calls: both calls are wrapped.
    assertThat(wrappedCallees(src, 8)).containsAtLeast("main", "helper");
  }

  private static List<String> wrappedCallees(String source, int breakLine) {
    CheckedProgram p = check(source);
    Probes probes = new Probes(Map.of(breakLine, new StopPoint(breakLine, null, "break")), false);
    return compile(p, probes).wrapped;
  }

  /** Compiles as an observed run does (Interpreter.compile). */
  private static Compiler compile(CheckedProgram p, Probes probes) {
    return Interpreter.compile(p, FIB, probes, SILENT, false, 1 << 20, 1 << 20);
  }

  private static CheckedProgram check(String source) {
    try {
      // The driver's prelude (prelude.rs plus the generated integer impls) is package-private there.
      Method file = Class.forName("rustle.driver.Prelude").getDeclaredMethod("file");
      file.setAccessible(true);
      ParseResult prelude = Parser.parse((SourceFile) file.invoke(null), 0);
      ParseResult user = Parser.parse(new SourceFile("main.rs", source), prelude.crate().nodeCount());
      assertWithMessage("parse errors").that(user.errors()).isEmpty();
      Checker.Result c = Checker.check(prelude.crate(), user.crate());
      assertWithMessage("type errors").that(c.errors()).isEmpty();
      return c.program();
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }
}
