package rustle.interp;

import static com.google.common.truth.Truth.assertWithMessage;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rustle.cli.InProcess;

/** {@code std::process::exit}: the run ends at once with the program's code, running no destructors. */
class ProcessExitTest {
  @TempDir Path dir;

  @Test
  void exitEndsTheRunWithItsCodeAndDropsNothing() throws IOException {
    // Expected output recorded from rustc 1.95 (exit status 3).
    InProcess.Result r = InProcess.runSource(dir, "exit.rs", """
        struct D;
        impl Drop for D {
            fn drop(&mut self) {
                println!("never printed: exit runs no destructors");
            }
        }

        fn check(n: i32) {
            if n > 2 {
                println!("exiting with {}", n);
                std::process::exit(n);
            }
        }

        fn main() {
            let _d = D;
            let v = vec![1, 2, 3];
            for x in &v {
                check(*x);
            }
            println!("unreachable");
        }
        """);
    assertWithMessage(r.describe()).that(r.exit()).isEqualTo(3);
    assertWithMessage(r.describe()).that(r.out()).isEqualTo("exiting with 3\n");
    assertWithMessage(r.describe()).that(r.err()).isEmpty();
  }
}
