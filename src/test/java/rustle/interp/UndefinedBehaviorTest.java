package rustle.interp;

import static com.google.common.truth.Truth.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rustle.cli.InProcess;

/**
 * A raw-pointer access outside live memory stops the run with an `Undefined Behavior` error (exit 1) at the
 * access, after what the program printed before it, instead of reading or writing whatever is there.
 */
class UndefinedBehaviorTest {
  @TempDir Path dir;

  private InProcess.Result run(String body) throws IOException {
    return InProcess.runSource(dir, "main.rs", body);
  }

  private static void assertUb(InProcess.Result r, String what, String where) {
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).startsWith("error: Undefined Behavior: memory access failed: " + what);
    assertThat(r.err()).contains("main.rs:" + where.substring("main.rs:".length()) + "\n");
  }

  @Test
  void nullDeref() throws IOException {
    InProcess.Result r = run("fn main() {\n    let p: *const i32 = std::ptr::null();\n    println!(\"before\");\n"
        + "    let v = unsafe { *p };\n    println!(\"{}\", v);\n}\n");
    assertThat(r.out()).isEqualTo("before\n");
    assertUb(r, "attempting to access 4 bytes, but got null pointer", "main.rs:4:22");
  }

  @Test
  void pastTheEndOfAHeapBlock() throws IOException {
    InProcess.Result r = run("fn main() {\n    let v = vec![1, 2, 3];\n    let p = v.as_ptr();\n"
        + "    unsafe {\n        println!(\"{}\", *p.add(2));\n        println!(\"{}\", *p.add(3));\n    }\n}\n");
    assertThat(r.out()).isEqualTo("3\n");
    assertUb(r, "attempting to access 4 bytes, but got 0x100000c, 12 bytes into the heap block at 0x1000000, "
        + "which is only 12 bytes long (out of bounds)", "main.rs:6:24");
  }

  @Test
  void writeIntoAReturnedFrame() throws IOException {
    InProcess.Result r = run("fn dangle() -> *mut i32 {\n    let mut x = 42;\n    &mut x as *mut i32\n}\n"
        + "fn main() {\n    let p = dangle();\n    unsafe {\n        p.write(1);\n    }\n}\n");
    assertUb(r, "attempting to access 4 bytes", "main.rs:8:11");
    assertThat(r.err()).contains("which is in a stack frame that has returned");
  }

  @Test
  void addressFromAnInteger() throws IOException {
    InProcess.Result r = run("fn main() {\n    let r = 0x40usize as *const u8;\n    let _ = unsafe { std::ptr::read(r) };\n}\n");
    assertUb(r, "attempting to access 1 byte, but got 0x40, which is a dangling pointer", "main.rs:3:22");
  }

  @Test
  void pointersAreOnlyCheckedWhenUsed() throws IOException {
    // Listing 20-7: making a slice from an arbitrary address is fine until the slice is read.
    InProcess.Result r = run("fn main() {\n    let r = 0x01234usize as *mut i32;\n"
        + "    let _values: &[i32] = unsafe { std::slice::from_raw_parts_mut(r, 10000) };\n"
        + "    let n: *const i32 = std::ptr::null();\n    println!(\"{}\", n.is_null());\n}\n");
    assertThat(r.exit()).isEqualTo(0);
    assertThat(r.out()).isEqualTo("true\n");
  }
}
