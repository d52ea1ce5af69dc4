package rustle.diag;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import rustle.ast.Span;

/**
 * Test fixtures: the Rust programs under resources/rustle/diag/golden, rustc's verbatim stderr for
 * each (made by regen.sh there), and spans located by searching the program text.
 */
final class Golden {
  final SourceFile file;

  private Golden(SourceFile file) {
    this.file = file;
  }

  /** The program golden/NAME.rs, reported under the path rustc was given. */
  static Golden of(String name) {
    return new Golden(new SourceFile(name + ".rs", read(name + ".rs")));
  }

  /** A program given in the test itself, for locating spans. */
  static Golden inMemory(SourceFile f) {
    return new Golden(f);
  }

  /** rustc's stderr for golden/NAME.rs with rustc's explain command replaced by rustle's. */
  String rustcOutput() {
    String name = file.path().substring(0, file.path().length() - 3);
    return read(name + ".stderr").replace("rustc --explain", "rustle explain");
  }

  static String read(String resource) {
    try (InputStream in = Golden.class.getResourceAsStream("/rustle/diag/golden/" + resource)) {
      if (in == null) {
        throw new IllegalArgumentException("no golden resource " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The span of the nth (0-based) occurrence of needle in the program. */
  Span find(String needle, int nth) {
    String text = file.text();
    int at = -1;
    for (int i = 0; i <= nth; i++) {
      at = text.indexOf(needle, at + 1);
      if (at < 0) {
        throw new IllegalArgumentException("no occurrence " + nth + " of " + needle);
      }
    }
    return span(at, at + needle.length());
  }

  Span find(String needle) {
    return find(needle, 0);
  }

  /** The first len characters of the nth occurrence of needle (to pick a name out of context). */
  Span find(String needle, int nth, int len) {
    int start = find(needle, nth).start();
    return span(start, start + len);
  }

  /** The empty span just after the nth occurrence of needle. */
  Span after(String needle, int nth) {
    Span s = find(needle, nth);
    return span(s.end(), s.end());
  }

  /** The empty span at the very end of the file, where rustc reports unclosed delimiters. */
  Span endOfFile() {
    String text = file.text();
    int n = text.length();
    if (!text.endsWith("\n")) {
      return span(n, n);
    }
    // rustc places the end of a file that ends in a newline on the last line, past the newline.
    int[] lc = lineCol(n - 1);
    return new Span(n, n, lc[0], lc[1] + 1, lc[0], lc[1] + 1);
  }

  /** A span of char offsets [start, end) with rustc's 1-based line and code-point column. */
  Span span(int start, int end) {
    int[] a = lineCol(start);
    int[] b = lineCol(end);
    return new Span(start, end, a[0], a[1], b[0], b[1]);
  }

  private int[] lineCol(int offset) {
    String text = file.text();
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < offset; i++) {
      if (text.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return new int[] {line, text.codePointCount(lineStart, offset) + 1};
  }
}
