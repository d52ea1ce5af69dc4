package rustle.syntax;

import static com.google.common.truth.Truth.assertWithMessage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenSource;
import org.junit.jupiter.api.Test;
import rustle.syntax.gen.RustLexer;

/**
 * The hand-written {@link Lexer} makes exactly the tokens of the grammar's generated RustLexer (type,
 * indices, line and column): on every Rust file of the tests and programs, on pieces of them, and on
 * random text over the characters where the lexer rules differ.
 */
class LexerTest {
  private static String tokens(TokenSource source) {
    StringBuilder sb = new StringBuilder();
    while (true) {
      Token t = source.nextToken();
      sb.append(t.getType()).append(' ').append(t.getStartIndex()).append('-').append(t.getStopIndex()).append(' ')
          .append(t.getLine()).append(':').append(t.getCharPositionInLine()).append(' ').append(t.getText()).append('\n');
      if (t.getType() == Token.EOF) return sb.toString();
    }
  }

  private static void same(String text) {
    String expected = tokens(new RustLexer(CharStreams.fromString(text)));
    String actual = tokens(new Lexer(CharStreams.fromString(text), text));
    assertWithMessage("tokens of %s", text).that(actual).isEqualTo(expected);
  }

  private static List<String> files() throws IOException {
    List<String> texts = new ArrayList<>();
    for (String root : new String[] {"programs", "src/test/resources"}) {
      try (Stream<Path> all = Files.walk(Path.of(root))) {
        for (Path p : (Iterable<Path>) all.filter(f -> f.toString().endsWith(".rs")).sorted()::iterator) {
          texts.add(Files.readString(p));
        }
      }
    }
    try (InputStream in = LexerTest.class.getResourceAsStream("/rustle/prelude.rs")) {
      texts.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
    return texts;
  }

  @Test
  void theTestFilesLexAsWithRustLexer() throws IOException {
    List<String> texts = files();
    assertWithMessage("files").that(texts.size()).isGreaterThan(200);
    for (String text : texts) same(text);
  }

  @Test
  void piecesOfThemToo() throws IOException {
    // Cut anywhere: unterminated strings, comments and char literals, half numbers.
    Random random = new Random(10);
    for (String text : files()) {
      for (int k = 0; k < 20 && text.length() > 2; k++) {
        int from = random.nextInt(text.length() - 1);
        int to = from + 1 + random.nextInt(Math.min(200, text.length() - from - 1) + 1);
        same(text.substring(from, Math.min(to, text.length())));
      }
    }
  }

  @Test
  void randomTextOverTheInterestingCharacters() {
    String[] pieces = {
      "'", "\"", "\\", "/", "*", "#", "r", "b", "br", "r#", "x", "0", "1", "9", ".", "_", "e", "E", "+", "-",
      "a", "Z", "f", " ", "\n", "\r", "\t", "{", "}", "(", ")", "<", ">", "=", "!", "&", "|", ":", ";", ",",
      "é", "€", "\u0085", "\uFEFF", "𝔸", "0x", "0o", "0b", "fn", "self", "Self", "'a", "u8", "i64", "/*", "*/",
      "//", "..", "...", "..=", "<<=", "->", "=>", "$", "~", "@", "?", "%", "^", "g", "z", "\u200E", "\\u{41}",
      "'\\''", "r\"", "\"#", "##", "macro_rules", "_x",
    };
    Random random = new Random(42);
    for (int i = 0; i < 30000; i++) {
      StringBuilder sb = new StringBuilder();
      int len = 1 + random.nextInt(12);
      for (int k = 0; k < len; k++) sb.append(pieces[random.nextInt(pieces.length)]);
      same(sb.toString());
    }
  }

  @Test
  void edgeCases() {
    for (String s : new String[] {
      "", " ", "'", "''", "'a'", "'ab'", "'abc", "'\\n'", "'\\u{1F600}'", "b'a'", "b'", "b\"x", "b\"x\"", "br\"x\"",
      "br#\"x\"#", "r#\"a\"b\"#", "r#####\"x\"#####", "r#type", "r#", "1.0", "1.", "1..2", "1.e3", "1e3", "1e", "1e+",
      "1e_3", "1.5e10f64", "0x1F", "0xg", "0b102", "0o78", "1_000u32", "x.0.1", "/**/", "/***/", "/* /* */ */",
      "/* /* */", "/*/*/", "//*", "/* a /*/ b */", "/* ** / */", "a /* b", "\"abc\\", "\"\\", "_", "__", "𝔸x",
      "é", "\u00A0", "fnord", "fn", "Self", "macro_rules!", "&&=", "<<=", "..=", "...", "'static", "'_", "'\\''",
    }) {
      same(s);
    }
  }
}
