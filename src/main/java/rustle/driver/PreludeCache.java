package rustle.driver;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import rustle.ast.Crate;
import rustle.syntax.ParseResult;
import rustle.syntax.Parser;

/**
 * The prelude's AST, parsed once at build time ({@code mvn process-classes} runs {@link #main}) and stored
 * as the resource {@code rustle/prelude.ast}. Parsing it at every start cost most of a small run: ANTLR's
 * lexer and adaptive prediction are slow until their DFA caches are warm. The cache records a checksum of
 * the {@code prelude.rs} it was made from, and is ignored when that file has changed since; the integer
 * impls that {@link Prelude} generates are code, so a change to them recompiles, which remakes the cache.
 */
final class PreludeCache {
  static final String RESOURCE = "/rustle/prelude.ast";
  private static final int FORMAT = 1;

  private PreludeCache() {}

  /** Writes the cache of the current prelude to the file args[0]. */
  public static void main(String[] args) throws IOException {
    Path file = Path.of(args[0]);
    Files.createDirectories(file.toAbsolutePath().getParent());
    Files.write(file, encode());
  }

  /** The cache's bytes for the prelude as it is now. */
  static byte[] encode() {
    ParseResult parsed = Parser.parse(Prelude.file(), 0);
    if (!parsed.errors().isEmpty()) {
      throw new IllegalStateException("the prelude does not parse: " + parsed.errors().get(0).message());
    }
    AstWriter w = new AstWriter();
    w.varint(FORMAT);
    byte[] source = Prelude.source();
    w.varint(checksum(source));
    w.varint(source.length);
    w.write(parsed.crate());
    return w.bytes();
  }

  /** The prelude's crate from the cache, or null when there is none for this prelude.rs. */
  static Crate load(byte[] source) {
    byte[] bytes;
    try (InputStream in = PreludeCache.class.getResourceAsStream(RESOURCE)) {
      if (in == null) return null;
      bytes = in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return decode(bytes, source);
  }

  static Crate decode(byte[] bytes, byte[] source) {
    AstReader r = new AstReader(bytes, 0);
    if (r.varint() != FORMAT || r.varint() != checksum(source) || r.varint() != source.length) return null;
    return (Crate) r.read();
  }

  private static int checksum(byte[] bytes) {
    CRC32 crc = new CRC32();
    crc.update(bytes);
    return (int) crc.getValue();
  }
}
