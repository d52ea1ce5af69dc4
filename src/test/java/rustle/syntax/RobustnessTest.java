package rustle.syntax;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import rustle.diag.Diagnostic;
import rustle.diag.SourceFile;

/** Any input ends in a parse or in diagnostics: deep nesting, random bytes, truncated programs. */
class RobustnessTest {
  private static final int DEEP = 10_000;

  private static ParseResult onThread(String src, long stackBytes) throws InterruptedException {
    ParseResult[] out = new ParseResult[1];
    Throwable[] thrown = new Throwable[1];
    Thread t = new Thread(null, () -> {
      try {
        out[0] = Parser.parse(new SourceFile("deep.rs", src));
      } catch (Throwable e) {
        thrown[0] = e;
      }
    }, "parse", stackBytes);
    t.start();
    t.join();
    if (thrown[0] != null) throw new AssertionError("parse threw", thrown[0]);
    return out[0];
  }

  private static void assertWellFormed(String src, ParseResult r) {
    assertThat(r).isNotNull();
    if (r.errors().isEmpty()) {
      assertWithMessage("no crate and no errors for %s", src).that(r.crate()).isNotNull();
    }
    for (Diagnostic d : r.errors()) {
      assertWithMessage("for input %s", src).that(d.message()).doesNotContain("internal parser error");
      assertThat(d.primary()).isNotNull();
      assertThat(d.primary().start()).isAtMost(src.length());
    }
  }

  private static String deep(String kind) {
    return switch (kind) {
      case "parens" -> "fn main() { let x = " + "(".repeat(DEEP) + "1" + ")".repeat(DEEP) + "; }";
      case "blocks" -> "fn main() " + "{".repeat(DEEP) + "}".repeat(DEEP);
      case "brackets" -> "fn main() { let x = " + "[".repeat(DEEP) + "1" + "]".repeat(DEEP) + "; }";
      case "calls" -> "fn main() { let x = " + "f(".repeat(DEEP) + "1" + ")".repeat(DEEP) + "; }";
      case "negations" -> "fn main() { let x = " + "-".repeat(DEEP) + "1; }";
      case "nots" -> "fn main() { let x = " + "!".repeat(DEEP) + "true; }";
      case "derefs" -> "fn main() { let x = " + "*".repeat(DEEP) + "p; }";
      case "sums" -> "fn main() { let x = 1" + " + 1".repeat(DEEP) + "; }";
      case "generics" -> "fn main() { let x: " + "Vec<".repeat(DEEP) + "i32" + ">".repeat(DEEP) + " = v; }";
      default -> throw new IllegalArgumentException(kind);
    };
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"parens", "blocks", "brackets", "calls", "negations", "nots", "derefs", "sums", "generics"})
  void tenThousandDeepParsesOnTheCliStack(String kind) throws InterruptedException {
    String src = deep(kind);
    ParseResult r = onThread(src, 512L << 20);
    assertThat(r.errors()).isEmpty();
    assertThat(r.crate().items()).hasSize(1);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"parens", "blocks", "brackets", "calls"})
  void tooDeepForTheStackIsADiagnostic(String kind) throws InterruptedException {
    ParseResult r = onThread(deep(kind), 256L << 10);
    assertThat(r.errors()).hasSize(1);
    assertThat(r.errors().get(0).message()).isEqualTo("nesting too deep");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"negations", "nots", "derefs", "sums"})
  void prefixAndOperatorChainsNeedNoDeepStack(String kind) throws InterruptedException {
    assertThat(onThread(deep(kind), 256L << 10).errors()).isEmpty();
  }

  @Test
  void unclosedDeepNesting() {
    ParseResult r = Parse.result("fn main() " + "{".repeat(DEEP));
    assertThat(r.errors().get(0).message()).isEqualTo("this file contains an unclosed delimiter");
    // rustc labels the first five and sums up the rest at the sixth.
    assertThat(r.errors().get(0).labels()).hasSize(6);
    assertThat(r.errors().get(0).labels().get(5).message())
        .isEqualTo("another " + (DEEP - 5) + " unclosed delimiters begin from here");
  }

  @Test
  void randomBytes() {
    Random random = new Random(20240601);
    for (int i = 0; i < 200; i++) {
      byte[] bytes = new byte[random.nextInt(300)];
      random.nextBytes(bytes);
      String src = new String(bytes, i % 2 == 0 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
      ParseResult r = Parse.result(src);
      assertWellFormed(src, r);
      if (!src.isBlank()) assertWithMessage("random input %s", i).that(r.errors()).isNotEmpty();
    }
  }

  private static final String[] TOKENS = {
    "fn", "main", "(", ")", "{", "}", "[", "]", "let", "mut", "x", "=", ";", ",", "+", "-", "*", "&", "&&", "|",
    "||", "if", "else", "match", "=>", "loop", "while", "for", "in", "1", "2.5", "'a'", "\"s\"", "'l", ":", "::",
    "<", ">", ".", "..", "..=", "?", "!", "struct", "enum", "impl", "trait", "return", "break", "as", "i32", "Vec",
    "#", "@", "_", "ref", "move", "r#\"raw\"#", "b'x'", "0x1f", "1e5", "/* c */", "// c\n", "$", "~",
  };

  @Test
  void randomTokenSoup() {
    Random random = new Random(7);
    int valid = 0;
    for (int i = 0; i < 200; i++) {
      StringBuilder sb = new StringBuilder();
      int n = random.nextInt(80);
      for (int j = 0; j < n; j++) sb.append(TOKENS[random.nextInt(TOKENS.length)]).append(random.nextBoolean() ? " " : "");
      String src = sb.toString();
      ParseResult r = Parse.result(src);
      assertWellFormed(src, r);
      if (r.errors().isEmpty()) valid++;
    }
    // Token soup is almost never a program; the few that are (empty, comments only) must still parse.
    assertThat(valid).isLessThan(20);
  }

  @Test
  void everyTruncationOfAProgram() throws IOException, URISyntaxException {
    for (String name : new String[] {"t5_closures.rs", "t5_enum_match.rs", "t5_match_guards_ranges.rs"}) {
      String src = Files.readString(Path.of(RobustnessTest.class.getResource("samples/" + name).toURI()));
      for (int end = 0; end < src.length(); end += 3) {
        String cut = src.substring(0, end);
        assertWellFormed(cut, Parse.result(cut));
      }
    }
  }

  @Test
  void deletedDelimiters() throws IOException, URISyntaxException {
    String src = Files.readString(Path.of(RobustnessTest.class.getResource("samples/t5_iter_chains.rs").toURI()));
    Random random = new Random(3);
    for (int i = 0; i < 100; i++) {
      StringBuilder sb = new StringBuilder(src);
      for (int k = 0; k < 3; k++) {
        int at = random.nextInt(sb.length());
        while (at < sb.length() && "()[]{}".indexOf(sb.charAt(at)) < 0) at++;
        if (at < sb.length()) sb.deleteCharAt(at);
      }
      String broken = sb.toString();
      ParseResult r = Parse.result(broken);
      assertWellFormed(broken, r);
      assertThat(r.errors()).isNotEmpty();
    }
  }
}
