package rustle.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import rustle.diag.SourceFile;

/**
 * Reads a source file the way rustc does: UTF-8 only, a leading byte order mark dropped and CRLF line
 * ends normalized to LF; failures are reported in rustc's words.
 */
final class SourceReader {
  private SourceReader() {}

  /** The file at {@code path} (kept as typed, for diagnostics), or empty after reporting why not to err. */
  static Optional<SourceFile> read(String path, PrintWriter err) {
    byte[] bytes;
    try {
      if (Files.isDirectory(Path.of(path))) {
        return fail(path, "Is a directory (os error 21)", "", err);
      }
      bytes = Files.readAllBytes(Path.of(path));
    } catch (NoSuchFileException e) {
      return fail(path, "No such file or directory (os error 2)", "", err);
    } catch (AccessDeniedException e) {
      return fail(path, "Permission denied (os error 13)", "", err);
    } catch (IOException | RuntimeException e) {
      return fail(path, String.valueOf(e.getMessage()), "", err);
    }
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer text = CharBuffer.allocate(bytes.length);
    // Not yet at end of input, so that a sequence cut short by the end of the file is left over rather
    // than reported: rustc words that case differently.
    CoderResult result = decoder.decode(in, text, false);
    if (result.isError() || in.hasRemaining()) {
      int at = in.position();
      int length = Utf8.errorLength(bytes, at); // Java's decoder agrees on where, not on how long
      String label = length > 0 ? invalidBytes(bytes, at, length) : "invalid utf-8 at byte `" + at + "`";
      return fail(path, "stream did not contain valid UTF-8", pointAt(path, bytes, at, label), err);
    }
    return Optional.of(new SourceFile(path, normalize(text.flip().toString())));
  }

  /** What rustc's source map does to a file's text before lexing it. */
  static String normalize(String text) {
    String s = text.startsWith("\uFEFF") ? text.substring(1) : text;
    return s.indexOf('\r') < 0 ? s : s.replace("\r\n", "\n");
  }

  private static String invalidBytes(byte[] bytes, int at, int length) {
    if (length == 1) {
      return "byte `" + (bytes[at] & 0xFF) + "` is not valid utf-8";
    }
    StringBuilder list = new StringBuilder();
    for (int i = at; i < at + length; i++) {
      list.append(i == at ? "" : ", ").append(bytes[i] & 0xFF);
    }
    return "bytes `[" + list + "]` are not valid utf-8";
  }

  /**
   * rustc's snippet pointing at the first invalid byte of the file, shown with replacement characters;
   * at byte 0 its span is the dummy span, so rustc gives a note instead.
   */
  private static String pointAt(String path, byte[] bytes, int at, String label) {
    if (at == 0) {
      return "  |\n  = note: invalid utf-8 at byte `0`\n";
    }
    int lineStart = at;
    int line = 1;
    while (lineStart > 0 && bytes[lineStart - 1] != '\n') {
      lineStart--;
    }
    for (int i = 0; i < lineStart; i++) {
      line += bytes[i] == '\n' ? 1 : 0;
    }
    int lineEnd = at;
    while (lineEnd < bytes.length && bytes[lineEnd] != '\n') {
      lineEnd++;
    }
    String before = new String(bytes, lineStart, at - lineStart, StandardCharsets.UTF_8);
    int shownEnd = lineEnd > at && bytes[lineEnd - 1] == '\r' ? lineEnd - 1 : lineEnd;
    String whole = Utf8.lossy(bytes, lineStart, shownEnd);
    String shownBefore = before.replace("\t", "    "); // rustc shows a tab as four spaces
    int column = before.codePointCount(0, before.length()) + 1;
    String gutter = " ".repeat(String.valueOf(line).length());
    return gutter + "--> " + path + ":" + line + ":" + column + "\n"
        + gutter + " |\n"
        + line + " | " + whole.replace("\t", "    ") + "\n"
        + gutter + " | " + " ".repeat(shownBefore.codePointCount(0, shownBefore.length())) + "^ " + label
        + "\n";
  }

  private static Optional<SourceFile> fail(String path, String why, String details, PrintWriter err) {
    err.print("error: couldn't read `" + path + "`: " + why + "\n" + details
        + "\nerror: aborting due to 1 previous error\n\n");
    err.flush();
    return Optional.empty();
  }
}
