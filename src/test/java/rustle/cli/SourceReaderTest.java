package rustle.cli;

import static com.google.common.truth.Truth.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rustle.diag.SourceFile;

/** Expected messages are rustc 1.95's output for the same files. */
class SourceReaderTest {
  @TempDir Path dir;
  final StringWriter err = new StringWriter();

  private Optional<SourceFile> read(String name, byte[] bytes) throws Exception {
    Path file = dir.resolve(name);
    Files.write(file, bytes);
    return SourceReader.read(file.toString(), new PrintWriter(err, true));
  }

  private static byte[] bytes(int... b) {
    byte[] out = new byte[b.length];
    for (int i = 0; i < b.length; i++) {
      out[i] = (byte) b[i];
    }
    return out;
  }

  private static byte[] concat(String a, byte[] b, String c) {
    byte[] x = a.getBytes(StandardCharsets.UTF_8);
    byte[] z = c.getBytes(StandardCharsets.UTF_8);
    byte[] out = new byte[x.length + b.length + z.length];
    System.arraycopy(x, 0, out, 0, x.length);
    System.arraycopy(b, 0, out, x.length, b.length);
    System.arraycopy(z, 0, out, x.length + b.length, z.length);
    return out;
  }

  @Test
  void readsUtf8AndKeepsThePathAsGiven() throws Exception {
    byte[] text = "fn main() { println!(\"café\"); }\n".getBytes(StandardCharsets.UTF_8);
    SourceFile f = read("ok.rs", text).orElseThrow();
    assertThat(f.path()).isEqualTo(dir.resolve("ok.rs").toString());
    assertThat(f.text()).isEqualTo("fn main() { println!(\"café\"); }\n");
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void dropsTheByteOrderMarkAndNormalizesCrlf() throws Exception {
    byte[] bomCrlf = concat("", bytes(0xEF, 0xBB, 0xBF), "fn main() {\r\n}\r\nx\ry");
    SourceFile f = read("crlf.rs", bomCrlf).orElseThrow();
    assertThat(f.text()).isEqualTo("fn main() {\n}\nx\ry");
  }

  @Test
  void directory() throws Exception {
    Path sub = Files.createDirectory(dir.resolve("d.rs"));
    assertThat(SourceReader.read(sub.toString(), new PrintWriter(err, true))).isEmpty();
    assertThat(err.toString()).isEqualTo(
        "error: couldn't read `" + sub + "`: Is a directory (os error 21)\n\n"
        + "error: aborting due to 1 previous error\n\n");
  }

  @Test
  void invalidFirstByteIsANote() throws Exception {
    assertThat(read("bad.rs", bytes(0xFF, 0xFE))).isEmpty();
    assertThat(err.toString().replace(dir + "/", "")).isEqualTo(
        "error: couldn't read `bad.rs`: stream did not contain valid UTF-8\n"
            + "  |\n"
            + "  = note: invalid utf-8 at byte `0`\n"
            + "\n"
            + "error: aborting due to 1 previous error\n\n");
  }

  @Test
  void invalidByteLaterIsPointedAt() throws Exception {
    assertThat(read("bad2.rs", concat("fn main() {}\n// café ", bytes(0xE9), "\n"))).isEmpty();
    assertThat(err.toString().replace(dir + "/", "")).isEqualTo(
        "error: couldn't read `bad2.rs`: stream did not contain valid UTF-8\n"
            + " --> bad2.rs:2:9\n"
            + "  |\n"
            + "2 | // café \uFFFD\n"
            + "  |         ^ byte `233` is not valid utf-8\n"
            + "\n"
            + "error: aborting due to 1 previous error\n\n");
  }

  @Test
  void severalBadBytesTabsAndAWideGutter() throws Exception {
    assertThat(read("b3.rs", concat("\n\n\n\n\n\n\n\n\n\n\t// ", bytes(0xF0, 0x9F), "A\r\n"))).isEmpty();
    assertThat(err.toString().replace(dir + "/", "")).isEqualTo(
        "error: couldn't read `b3.rs`: stream did not contain valid UTF-8\n"
            + "  --> b3.rs:11:5\n"
            + "   |\n"
            + "11 |     // \uFFFDA\n"
            + "   |        ^ bytes `[240, 159]` are not valid utf-8\n"
            + "\n"
            + "error: aborting due to 1 previous error\n\n");
  }

  @Test
  void sequenceCutShortByTheEndOfTheFile() throws Exception {
    assertThat(read("b4.rs", concat("fn main() {}\n// ", bytes(0xF0, 0x9F), ""))).isEmpty();
    assertThat(err.toString().replace(dir + "/", "")).isEqualTo(
        "error: couldn't read `b4.rs`: stream did not contain valid UTF-8\n"
            + " --> b4.rs:2:4\n"
            + "  |\n"
            + "2 | // \uFFFD\n"
            + "  |    ^ invalid utf-8 at byte `16`\n"
            + "\n"
            + "error: aborting due to 1 previous error\n\n");
  }

  @Test
  void encodedSurrogateIsOneBadByteAsInRust() throws Exception {
    assertThat(read("b6.rs", concat("// ", bytes(0xED, 0xA0, 0x80), "\n"))).isEmpty();
    assertThat(err.toString())
        .contains("1 | // \uFFFD\uFFFD\uFFFD\n  |    ^ byte `237` is not valid utf-8\n");
  }
}
