package rustle.robustness;

import static com.google.common.truth.Truth.assertWithMessage;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;
import static rustle.robustness.Outcomes.assertRejected;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import rustle.cli.InProcess;

/**
 * Rust that rustle does not support (docs/subset.md) must be refused with exit 1 and a first error
 * that names the feature and says it is not supported, pointing at it; never run, guessed at, or
 * crashed on.
 */
class UnsupportedFeaturesTest {
  @TempDir Path dir;

  private record Case(String name, String feature, String source) {}

  private static final List<Case> CASES = List.of(
      new Case("async fn", "async functions",
          "async fn f() -> i32 {\n    1\n}\nfn main() {\n    println!(\"hi\");\n}\n"),
      new Case("async block", "async blocks", "fn main() {\n    let _x = async { 5 };\n}\n"),
      new Case("macro_rules!", "`macro_rules!` macros",
          "macro_rules! double {\n    ($e:expr) => {\n        $e * 2\n    };\n}\n"
              + "fn main() {\n    println!(\"{}\", double!(4));\n}\n"),
      new Case("an iterator adapter rustle lacks", "`Iterator::map_while`",
          "fn main() {\n    let v = vec![1, 2, 3];\n    let w: Vec<i32> = v.iter().map_while(|x| Some(x * 2)).collect();\n"
              + "    println!(\"{:?}\", w);\n}\n"),
      new Case("const generics", "const generics",
          "fn sum<const N: usize>(a: [i32; N]) -> i32 {\n    let mut s = 0;\n    for x in a {\n        s += x;\n    }\n"
              + "    s\n}\nfn main() {\n    println!(\"{}\", sum([1, 2, 3]));\n}\n"),
      new Case("C function outside rustle's table", "the C function `strlen` (rustle implements only abs, cbrt, "
          + "fabs, labs, llabs, sqrt)",
          "extern \"C\" {\n    fn strlen(s: *const u8) -> usize;\n}\nfn main() {\n    println!(\"hi\");\n}\n"),
      new Case("extern crate", "extern crates", "extern crate alloc;\nfn main() {\n    println!(\"hi\");\n}\n"),
      new Case("bound on an iterator parameter's item", "`where` clauses on types other than generic parameters",
          "fn f<I: Iterator>(it: I) -> usize where I::Item: Copy {\n    it.count()\n}\nfn main() {\n    println!(\"{}\", f(0..3));\n}\n"));

  @TestFactory
  Stream<DynamicTest> unsupportedFeaturesAreNamed() {
    return CASES.stream().map(c -> dynamicTest(c.name(), () -> assertUnsupported(c.source(), c.feature())));
  }

  private void assertUnsupported(String source, String feature) throws IOException {
    InProcess.Result r = InProcess.runSource(dir, "main.rs", source);
    assertRejected(r, Outcomes.preview(source));
    String first = r.err().lines().findFirst().orElse("");
    assertWithMessage("first diagnostic line; %s", r.describe())
        .that(first).matches("error: " + Pattern.quote(feature) + " (is|are) not supported by rustle yet");
    assertWithMessage("the span label; %s", r.describe()).that(r.err()).contains("^ not supported by rustle");
  }

  @Disabled("bug: for `-> impl Iterator<Item = u32>` the error names the inner feature, `associated type"
      + " bindings (`Trait<Name = T>`)`, at 1:29, not `impl Trait` at 1:15")
  @Test
  void implIteratorReturn() throws IOException {
    assertUnsupported("fn count() -> impl Iterator<Item = u32> {\n    0..3\n}\nfn main() {\n"
        + "    for i in count() {\n        println!(\"{}\", i);\n    }\n}\n", "`impl Trait` types");
  }

  @Test
  void fileModule() throws IOException {
    assertUnsupported("mod inner;\nfn main() {\n    println!(\"{}\", inner::f());\n}\n",
        "modules in separate files");
  }

  @Disabled("bug: HashMap (listed as not supported) gets error[E0412] cannot find type `HashMap` in this"
      + " scope at its first use; the `use std::collections::HashMap;` is accepted")
  @Test
  void hashMap() throws IOException {
    assertUnsupported("use std::collections::HashMap;\nfn main() {\n    let mut m = HashMap::new();\n"
        + "    m.insert(1, 2);\n    println!(\"{:?}\", m.get(&1));\n}\n", "`HashMap`");
  }

  @Test
  void rc() throws IOException {
    assertUnsupported("use std::sync::Arc;\nfn main() {\n    let a = Arc::new(5);\n    let b = Arc::clone(&a);\n"
        + "    println!(\"{} {}\", a, b);\n}\n", "`Arc`");
  }

  @Test
  void i128Arithmetic() throws IOException {
    assertUnsupported("fn main() {\n    let x: i128 = 5;\n    let y = x * 3;\n    println!(\"{}\", y);\n}\n",
        "`i128`");
  }

  @Test
  void u128Value() throws IOException {
    assertUnsupported("fn main() {\n    let x: u128 = 1;\n    println!(\"{}\", x);\n}\n", "`u128`");
  }

  @Disabled("bug: `union` is a syntax error (`expected one of `!` or `::`, found `U``) rather than an"
      + " unsupported item")
  @Test
  void union() throws IOException {
    assertUnsupported("union U {\n    a: u32,\n    b: f32,\n}\nfn main() {\n    println!(\"hi\");\n}\n", "unions");
  }
}
