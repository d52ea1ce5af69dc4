package rustle.interp;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Method;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rustle.ast.Span;
import rustle.cli.InProcess;
import rustle.interp.rt.Machine;
import rustle.memory.Memory;

/**
 * The check that the heap is empty when {@code main} returns. No correct program can leak in rustle's
 * subset (it has no {@code mem::forget}, {@code Box::leak} or reference cycles), so the firing side is
 * driven directly: a {@link Machine} with blocks left allocated, handed to the interpreter's private
 * {@code leakCheck} (reached by reflection, since it is private to {@link Interpreter}).
 */
class LeakCheckTest {
  @TempDir Path dir;
  private final StringWriter errText = new StringWriter();
  private final Machine machine =
      new Machine(new Memory(1 << 20, 1 << 24), new PrintWriter(new StringWriter()), new PrintWriter(errText));

  private int leakCheck(String path) throws Exception {
    Method m = Interpreter.class.getDeclaredMethod("leakCheck", Machine.class, String.class, PrintWriter.class);
    m.setAccessible(true);
    return (int) m.invoke(null, machine, path, machine.err);
  }

  @Test
  void aLeftOverBlockIsReportedWithItsAddressSizeAndAllocationSite() throws Exception {
    Span site = new Span(40, 58, 3, 13, 3, 31);
    int leaked = machine.heap.allocate(24, 8, site);
    int freed = machine.heap.allocate(100, 8, site);
    machine.heap.free(freed);

    assertThat(leakCheck("src/main.rs")).isEqualTo(Interpreter.INTERNAL);
    assertThat(errText.toString()).isEqualTo(
        "error: internal error in rustle: the heap is not empty when `main` returned (1 block leaked)\n"
            + String.format("  block at 0x%08x (24 bytes) allocated at src/main.rs:3:13\n", leaked)
            + "note: this is a bug in rustle, not in your program\n");
  }

  @Test
  void everyLeftOverBlockIsListedInAddressOrder() throws Exception {
    int first = machine.heap.allocate(5, 1, new Span(0, 1, 7, 9, 7, 10));
    int second = machine.heap.allocate(3000, 16, null);
    assertThat(second).isGreaterThan(first);

    assertThat(leakCheck("p.rs")).isEqualTo(Interpreter.INTERNAL);
    assertThat(errText.toString()).isEqualTo(
        "error: internal error in rustle: the heap is not empty when `main` returned (2 blocks leaked)\n"
            + String.format("  block at 0x%08x (5 bytes) allocated at p.rs:7:9\n", first)
            + String.format("  block at 0x%08x (3000 bytes) allocated at an unknown place\n", second)
            + "note: this is a bug in rustle, not in your program\n");
  }

  @Test
  void anEmptyHeapPassesSilently() throws Exception {
    machine.heap.free(machine.heap.allocate(64, 8, null));
    assertThat(leakCheck("p.rs")).isEqualTo(Interpreter.OK);
    assertThat(errText.toString()).isEmpty();
  }

  @Test
  void aProgramThatAllocatesAndFreesEndsWithAnEmptyHeap() throws IOException {
    // Exit 0 from a run means the leak check found no live block (otherwise it exits 70).
    InProcess.Result r = InProcess.runSource(dir, "main.rs", """
        struct Node {
            value: i32,
            next: Option<Box<Node>>,
        }
        fn build(n: i32) -> Option<Box<Node>> {
            let mut head: Option<Box<Node>> = None;
            for i in 0..n {
                head = Some(Box::new(Node { value: i, next: head }));
            }
            head
        }
        fn main() {
            let mut s = String::from("heap");
            s.push_str(" text");
            let t = s.clone() + "!";
            let mut v: Vec<String> = Vec::new();
            for i in 0..20 {
                v.push(i.to_string());
            }
            v.truncate(5);
            let popped = v.pop();
            let b = Box::new(vec![Box::new(1), Box::new(2)]);
            let list = build(4);
            let moved = s;
            println!("{} {} {:?} {:?} {} {}", moved, t, v, popped, b.len(), list.unwrap().value);
        }
        """);
    assertWithMessage(r.describe()).that(r.exit()).isEqualTo(Interpreter.OK);
    assertThat(r.out()).isEqualTo("heap text heap text! [\"0\", \"1\", \"2\", \"3\"] Some(\"4\") 2 3\n");
    assertThat(r.err()).isEmpty();
  }
}
