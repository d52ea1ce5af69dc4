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
      new Case("str::lines", "let s = \"a\\nb\";\n    let n = s.lines().count();\n    println!(\"{}\", n);"),
      new Case("Vec::contains", "let v = vec![1, 2, 3];\n    if v.contains(&2) {\n        println!(\"yes\");\n    }"),
      new Case("Option::map", "let o = Some(3).map(|x| x + 1);\n    println!(\"{:?}\", o.unwrap());"),
      new Case("Result::and_then",
          "let r: Result<i32, String> = Ok(2);\n    let t = r.and_then(|x| Ok(x * 2));\n    println!(\"{:?}\", t);"),
      new Case("f32::powi", "let x = 2.0f32.powi(2);\n    let y = x + 1.0;\n    println!(\"{}\", y);"),
      new Case("i32::checked_pow", "let x = 3i32.checked_pow(2).unwrap();\n    println!(\"{}\", x);"),
      new Case("char::to_uppercase", "let c = 'a';\n    for u in c.to_uppercase() {\n        println!(\"{}\", u);\n    }"),
      new Case("String::from_utf8",
          "let s = String::from_utf8(vec![104, 105]).unwrap();\n    println!(\"{}\", s.len());"),
      new Case("String::split_whitespace",
          "let s = String::from(\"a b\");\n    let w = s.split_whitespace();\n    let n = w.count();\n    println!(\"{}\", n);"),
      new Case("slice::windows", "let a = [1, 2, 3];\n    let s = &a[..];\n    for w in s.windows(2) {\n        println!(\"{:?}\", w);\n    }"));

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
  void methodStdLacksKeepsE0599() throws IOException {
    String src = "fn main() {\n    let s = \"ab\";\n    let n = s.no_such_method();\n}\n";
    InProcess.Result r = InProcess.runSource(dir, "main.rs", src);
    assertWithMessage(r.describe()).that(r.err()).startsWith(
        "error[E0599]: no method named `no_such_method` found for reference `&str` in the current scope\n");
  }
}
