package rustle.robustness;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;
import static rustle.robustness.Outcomes.assertRejected;
import static rustle.robustness.Outcomes.preview;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import rustle.cli.InProcess;

/**
 * Malformed input through {@code rustle run}: every case must end in exit 1 with a rustc-style
 * diagnostic, never a Java exception or rustle's internal-error exit. Random inputs are seeded, so
 * every run tries the same ones. Deep nesting is in {@link DeepNestingTest}, unsupported features in
 * {@link UnsupportedFeaturesTest}.
 */
class HostileInputTest {
  private static final long SEED = 0x5EED_2026L;
  private static final String[] TOKENS = {
    "fn", "main", "let", "mut", "if", "else", "while", "for", "in", "loop", "match", "struct", "enum",
    "impl", "trait", "return", "break", "continue", "const", "static", "use", "pub", "as", "self", "Self",
    "x", "y", "v", "Vec", "String", "Option", "Some", "None", "i32", "u8", "usize", "f64", "str", "0", "42",
    "3.5", "1e9", "0xff", "'c'", "'\\n'", "\"s\"", "\"{}\"", "true", "false", "'a", "_", "(", ")", "{", "}",
    "[", "]", "<", ">", ";", ":", "::", ",", ".", "..", "..=", "=", "==", "!=", "=>", "->", "+", "-", "*",
    "/", "%", "&", "&&", "|", "||", "!", "^", "<<", ">>", "+=", "#", "#[derive(Debug)]", "println!",
    "vec!", "format!", "\n", "//", "/*", "*/",
  };

  @TempDir Path dir;

  private InProcess.Result run(String source) throws IOException {
    return InProcess.runSource(dir, "main.rs", source);
  }

  static String resource(String name) throws IOException {
    try (InputStream in = HostileInputTest.class.getResourceAsStream("/rustle/robustness/" + name)) {
      assertWithMessage("missing test resource %s", name).that(in).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void theProgramToTruncateRunsWhole() throws IOException {
    InProcess.Result r = run(resource("inventory.rs"));
    assertWithMessage(r.describe()).that(r.exit()).isEqualTo(0);
    assertThat(r.out()).isEqualTo("""
          hammer Tool worth 10 tags ["heavy"]
           apple Food { calories: 95 } worth 1 tags []
            cake Food { calories: 420 } worth 42 tags []
        total 46 label ab! boxed [1, 2, 3, 4] first 6
        """);
  }

  /** The program cut at 20 evenly spaced places; its {@code main} is last, so no prefix is whole. */
  @TestFactory
  Stream<DynamicTest> truncatedProgramsAreRejected() throws IOException {
    String whole = resource("inventory.rs");
    return IntStream.rangeClosed(1, 20).map(i -> whole.length() * i / 21).mapToObj(cut -> {
      String prefix = whole.substring(0, cut);
      String tail = prefix.substring(Math.max(0, cut - 30));
      return dynamicTest("cut at " + cut + " after `" + preview(tail) + "`",
          () -> assertRejected(run(prefix), "the first " + cut + " chars of inventory.rs"));
    });
  }

  @TestFactory
  Stream<DynamicTest> randomBytesAreRejected() {
    Random random = new Random(SEED);
    List<byte[]> inputs = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      byte[] b = new byte[1 + random.nextInt(256)];
      random.nextBytes(b);
      inputs.add(b);
    }
    return IntStream.range(0, inputs.size()).mapToObj(i -> {
      byte[] b = inputs.get(i);
      String hex = HexFormat.of().formatHex(b, 0, Math.min(b.length, 12));
      return dynamicTest("bytes #" + i + " " + hex + "... (" + b.length + " bytes)",
          () -> assertRejected(InProcess.runBytes(dir, "main.rs", b), "random bytes #" + i + " " + hex));
    });
  }

  @TestFactory
  Stream<DynamicTest> randomPrintableTextIsRejected() {
    Random random = new Random(SEED + 1);
    List<String> inputs = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      StringBuilder sb = new StringBuilder();
      int n = 1 + random.nextInt(200);
      for (int k = 0; k < n; k++) sb.append(random.nextInt(10) == 0 ? '\n' : (char) (0x20 + random.nextInt(95)));
      inputs.add(sb.toString());
    }
    return cases("text", inputs);
  }

  @TestFactory
  Stream<DynamicTest> tokenSoupIsRejected() {
    Random random = new Random(SEED + 2);
    List<String> inputs = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      StringBuilder sb = new StringBuilder();
      int n = 1 + random.nextInt(40);
      for (int k = 0; k < n; k++) sb.append(TOKENS[random.nextInt(TOKENS.length)]).append(' ');
      inputs.add(sb.toString());
    }
    // Soup that starts like a real program gets further into the parser and the checker.
    for (int i = 0; i < 100; i++) {
      StringBuilder sb = new StringBuilder("fn main() {\n    let x = ");
      int n = 1 + random.nextInt(30);
      for (int k = 0; k < n; k++) sb.append(TOKENS[random.nextInt(TOKENS.length)]).append(' ');
      inputs.add(sb.append("\n}\n").toString());
    }
    return cases("soup", inputs);
  }

  @TestFactory
  Stream<DynamicTest> unbalancedDelimitersAreRejected() {
    return cases("delimiters", List.of(
        "fn main() {",
        "fn main() }",
        "fn main() { let x = (1; }",
        "fn main() { let x = [1, 2; }",
        "fn main() { let v = vec![1, 2; }",
        "fn main() { foo(]; }",
        "fn main() { println!(\"{}\", (1); }",
        "fn main() { if true { } else { }",
        "fn main() { match 1 { 1 => { } }",
        "fn main() { let x = (1, 2)); }",
        "fn main() { let x = [[1], [2]]]; }",
        "fn main() {}}",
        "fn main() {} )",
        "struct S { x: i32",
        "struct S(i32;\nfn main() {}",
        "enum E { A, B\nfn main() {}",
        "fn f(a: i32, { }\nfn main() {}",
        "fn main() { let s = \"unterminated; }",
        "fn main() { let c = 'c; }",
        "fn main() { /* unterminated comment }",
        "fn main() { let s = r#\"raw\"; }",
        ")", "]", "}", "(", "[", "{", "}{", "({[", "]})", ")(", "((((((((((", "))))))))))"));
  }

  @Test
  void hugeIntegerLiteralIsRejectedAsRustcDoes() throws IOException {
    InProcess.Result r = run("""
        fn main() {
            let x = 99999999999999999999999999999999999999999;
            println!("{}", x);
        }
        """);
    assertRejected(r, "a 41-digit literal");
    assertThat(r.err()).startsWith("error: integer literal is too large\n");
    assertThat(r.err()).contains("= note: value exceeds limit of `340282366920938463463374607431768211455`");
  }

  @Test
  void emptyFileHasNoMain() throws IOException {
    InProcess.Result r = run("");
    assertRejected(r, "an empty file");
    assertThat(r.err()).contains("E0601");
  }

  private Stream<DynamicTest> cases(String kind, List<String> inputs) {
    return IntStream.range(0, inputs.size()).mapToObj(i -> {
      String input = inputs.get(i);
      return dynamicTest(kind + " #" + i + ": " + preview(input),
          () -> assertRejected(run(input), kind + " #" + i + " `" + preview(input) + "`"));
    });
  }
}
