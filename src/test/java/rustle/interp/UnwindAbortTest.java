package rustle.interp;

import static com.google.common.truth.Truth.assertWithMessage;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rustle.cli.InProcess;

/**
 * A panic inside a Drop impl run while unwinding aborts the process as rustc's does (exit 134, std's
 * "panic in a destructor during cleanup"); the golden form cannot express exit 134, so it is tested
 * here. Expected stdout and messages taken from a rustc 1.95 build of the same program.
 */
class UnwindAbortTest {
  @TempDir Path dir;

  @Test
  void aPanicInADropDuringUnwindingAborts() throws IOException {
    InProcess.Result r = InProcess.runSource(dir, "main.rs", """
        struct Bad(&'static str);
        impl Drop for Bad {
            fn drop(&mut self) {
                println!("dropping {}", self.0);
                if self.0 == "bad" { panic!("panic in drop"); }
            }
        }
        fn main() {
            let _a = Bad("outer");
            let _b = Bad("bad");
            let _c = Bad("inner");
            panic!("first panic");
        }
        """);
    assertWithMessage(r.describe()).that(r.exit()).isEqualTo(Interpreter.ABORT);
    assertWithMessage("stdout").that(r.out()).isEqualTo("dropping inner\ndropping bad\n");
    String err = r.err();
    assertWithMessage("stderr").that(err).contains("main.rs:12:5:\nfirst panic\n");
    assertWithMessage("stderr").that(err).contains("main.rs:5:30:\npanic in drop\n");
    assertWithMessage("stderr").that(err).endsWith(
        "panic in a destructor during cleanup\nthread caused non-unwinding panic. aborting.\n");
    assertWithMessage("first message before the second").that(err.indexOf("first panic"))
        .isLessThan(err.indexOf("panic in drop"));
  }
}
