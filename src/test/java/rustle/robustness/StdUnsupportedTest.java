package rustle.robustness;

import static com.google.common.truth.Truth.assertWithMessage;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import rustle.cli.InProcess;

/**
 * Valid programs that use std items rustle lacks are told so (one "not supported" error per item, no
 * E0599 claiming the program is wrong, no E0282 cascading from the unknown result); a method std does not
 * have keeps rustc's E0599.
 */
class StdUnsupportedTest {
  @TempDir Path dir;

  private record Case(String item, String body) {}

  private static final List<Case> CASES = List.of(
      new Case("str::rmatches", "let s = \"a b c\";\n    let n = s.rmatches(' ').count();\n    println!(\"{}\", n);"),
      new Case("str::rmatch_indices", "let s = \"a b c\";\n    let n = s.rmatch_indices(' ').count();\n    println!(\"{}\", n);"),
      new Case("Iterator::map_while", "let v = vec![1, 2];\n    let n = v.iter().map_while(|x| Some(*x)).count();\n    println!(\"{}\", n);"),
      new Case("Result::iter",
          "let r: Result<i32, String> = Ok(2);\n    let t = r.iter().count();\n    println!(\"{:?}\", t);"),
      new Case("f32::exp_m1", "let x = 2.0f32.exp_m1();\n    let y = x + 1.0;\n    println!(\"{}\", y);"),
      new Case("u32::checked_next_multiple_of", "let x = 3u32.checked_next_multiple_of(2).unwrap();\n    println!(\"{}\", x);"),
      new Case("char::escape_default", "let c = 'a';\n    for u in c.escape_default() {\n        println!(\"{}\", u);\n    }"),
      new Case("String::from_utf16_lossy",
          "let s = String::from_utf16_lossy(&[104, 105]);\n    println!(\"{}\", s.len());"),
      new Case("String::split_ascii_whitespace",
          "let s = String::from(\"a b\");\n    let w = s.split_ascii_whitespace();\n    let n = w.count();\n    println!(\"{}\", n);"),
      new Case("Iterator::try_for_each", "let v = vec![1, 2];\n    let n = v.iter().try_for_each(|x| if *x > 0 { Some(()) } else { None });\n    println!(\"{:?}\", n);"),
      new Case("Iterator::try_fold", "let v = vec![3, 4];\n    let n = v.iter().try_fold(0, |a, x| Some(a + x));\n    println!(\"{:?}\", n);"),
      new Case("slice::chunk_by", "let a = [1, 2, 3];\n    let s = &a[..];\n    for w in s.chunk_by(|x, y| x == y) {\n        println!(\"{:?}\", w);\n    }"));

  @TestFactory
  Stream<DynamicTest> lackingItemsAreUnsupported() {
    return CASES.stream().map(c -> dynamicTest(c.item(), () -> {
      String src = "fn main() {\n    " + c.body() + "\n}\n";
      InProcess.Result r = InProcess.runSource(dir, "main.rs", src);
      assertWithMessage(r.describe()).that(r.exit()).isEqualTo(1);
      assertWithMessage(r.describe()).that(r.err())
          .startsWith("error: `" + c.item() + "` is not supported by rustle yet\n");
      assertWithMessage(r.describe()).that(r.err()).contains("^ not supported by rustle");
      assertWithMessage("no coded error cascades; %s", r.describe()).that(r.err()).doesNotContain("error[");
      assertWithMessage(r.describe()).that(r.err()).contains("aborting due to 1 previous error");
    }));
  }

  @Test
  void userIteratorNamedLikeStdsKeepsE0599() throws IOException {
    // A program's own iterator called Chars is not std's: a method it lacks is E0599, not "unsupported".
    String src = "struct Chars;\nimpl Iterator for Chars {\n    type Item = char;\n    fn next(&mut self) -> Option<char> { None }\n}\n"
        + "fn main() {\n    let c = Chars;\n    let s = c.as_str();\n}\n";
    InProcess.Result r = InProcess.runSource(dir, "main.rs", src);
    assertWithMessage(r.describe()).that(r.err()).startsWith("error[E0599]: no method named `as_str` found for struct `Chars`");
  }

  @Test
  void methodStdLacksKeepsE0599() throws IOException {
    String src = "fn main() {\n    let s = \"ab\";\n    let n = s.no_such_method();\n}\n";
    InProcess.Result r = InProcess.runSource(dir, "main.rs", src);
    assertWithMessage(r.describe()).that(r.err()).startsWith(
        "error[E0599]: no method named `no_such_method` found for reference `&str` in the current scope\n");
  }
}
