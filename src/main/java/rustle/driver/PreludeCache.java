package rustle.driver;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
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
  private static final int FORMAT = 3;

  private PreludeCache() {}

  /**
   * Writes the cache of the current prelude to the file args[0] and, given a classes directory args[1],
   * into the class files of {@link PreludeBlob} (up to the functions' bodies) and {@link PreludeBodyBlob}
   * (the bodies) there, replacing javac's, whose chunks are null.
   */
  public static void main(String[] args) throws IOException {
    AstWriter w = encoder();
    byte[] cache = w.bytes();
    Path file = Path.of(args[0]);
    Files.createDirectories(file.toAbsolutePath().getParent());
    Files.write(file, cache);
    if (args.length > 1) {
      blob(args[1], BLOB_CLASS, Arrays.copyOfRange(cache, 0, w.bodiesAt()));
      blob(args[1], BODY_BLOB_CLASS, Arrays.copyOfRange(cache, w.bodiesAt(), cache.length));
    }
  }

  private static void blob(String classes, String name, byte[] data) throws IOException {
    Path blob = Path.of(classes, name + ".class");
    Files.createDirectories(blob.toAbsolutePath().getParent());
    Files.write(blob, BlobClassWriter.write(name, data));
  }

  private static final String BLOB_CLASS = "rustle/driver/PreludeBlob";
  private static final String BODY_BLOB_CLASS = "rustle/driver/PreludeBodyBlob";

  /** The cache's bytes for the prelude as it is now. */
  static byte[] encode() {
    return encoder().bytes();
  }

  private static AstWriter encoder() {
    ParseResult parsed = Parser.parse(Prelude.file(), 0);
    if (!parsed.errors().isEmpty()) {
      throw new IllegalStateException("the prelude does not parse: " + parsed.errors().get(0).message());
    }
    AstWriter w = new AstWriter();
    w.varint(FORMAT);
    byte[] source = Prelude.source();
    w.varint(checksum(source));
    w.varint(source.length);
    w.varint(parsed.crate().nodeCount()); // in the header: the user's parse needs it before the decode
    w.writeDeferringBodies(parsed.crate());
    return w;
  }

  /** The prelude's crate from the cache, or null when there is none for this prelude.rs. */
  static Crate load(byte[] source) {
    byte[] bytes = bytes();
    return bytes == null ? null : decode(bytes, source);
  }

  /**
   * The cache's bytes: from {@link PreludeBlob} (then they end before the functions' bodies, which
   * {@link #bodies} gives), else from the resource; null when the build made none.
   */
  static byte[] bytes() {
    String[] chunks = PreludeBlob.chunks();
    return chunks != null ? latin1(chunks) : resource();
  }

  /**
   * The functions' bodies that {@link #bytes} leaves out, from {@link PreludeBodyBlob}: a class of their
   * own, loaded when a run first decodes a body (most runs decode none, and each ldc of a string constant
   * converts and interns it, ~9 ns a byte).
   */
  static byte[] bodies() {
    String[] chunks = PreludeBodyBlob.chunks();
    if (chunks == null) throw new IllegalStateException("the build wrote no PreludeBodyBlob");
    return latin1(chunks);
  }

  @SuppressWarnings("deprecation") // getBytes(int, int, byte[], int): exactly the low bytes wanted here
  private static byte[] latin1(String[] chunks) {
    int n = 0;
    for (String c : chunks) n += c.length();
    byte[] out = new byte[n];
    int at = 0;
    for (String c : chunks) {
      // Each char is one byte (see BlobClassWriter): the old getBytes(int, int, byte[], int) keeps the low
      // byte of each, copying straight into out (no charset's encoder, no array per chunk).
      c.getBytes(0, c.length(), out, at);
      at += c.length();
    }
    return out;
  }

  /**
   * Whether the cache may be used without comparing it with prelude.rs: when rustle runs from a jar,
   * which the build makes after the cache and never changes in part (reading prelude.rs there would open
   * the jar, the cost {@link PreludeBlob} avoids). From a classes directory (tests, an IDE) a resource
   * may have been edited since the cache was made, so it is compared. The launcher puts the jar on the
   * boot class path, where classes have no loader and no code source.
   */
  static boolean trusted() {
    if (PreludeCache.class.getClassLoader() == null) return true;
    java.security.CodeSource src = PreludeCache.class.getProtectionDomain().getCodeSource();
    java.net.URL where = src == null ? null : src.getLocation();
    return where != null && where.getPath().endsWith(".jar");
  }

  private static byte[] resource() {
    try (InputStream in = PreludeCache.class.getResourceAsStream(RESOURCE)) {
      return in == null ? null : in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Crate decode(byte[] bytes, byte[] source) {
    return matches(bytes, source) ? decode(bytes) : null;
  }

  /** Whether the cache was made from this prelude.rs (and in this format). */
  static boolean matches(byte[] bytes, byte[] source) {
    AstReader r = new AstReader(bytes, 0);
    return r.varint() == FORMAT && r.varint() == checksum(source) && r.varint() == source.length;
  }

  /** The prelude's node count from the cache's header, or -1 for a cache of another format. */
  static int nodeCount(byte[] bytes) {
    AstReader r = new AstReader(bytes, 0);
    if (r.varint() != FORMAT) return -1;
    r.varint();
    r.varint();
    return r.varint();
  }

  /** Decodes the crate without checking it is for the current prelude.rs ({@link #matches} says). */
  static Crate decode(byte[] bytes) {
    AstReader r = new AstReader(bytes, 0);
    r.varint();
    r.varint();
    r.varint();
    r.varint();
    Crate crate = (Crate) r.read();
    r.endOfMain();
    return crate;
  }

  private static int checksum(byte[] bytes) {
    CRC32 crc = new CRC32();
    crc.update(bytes);
    return (int) crc.getValue();
  }
}
