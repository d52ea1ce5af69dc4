package rustle.cli;

import java.nio.charset.StandardCharsets;

/**
 * Rust's view of invalid UTF-8 ({@code core::str::Utf8Error} and {@code String::from_utf8_lossy}),
 * which differs from Java's decoder in how many bytes one error covers (e.g. encoded surrogates).
 */
final class Utf8 {
  private Utf8() {}

  /**
   * The length of the invalid sequence starting at {@code at} (Rust's {@code error_len}: 1 to 3), 0 if
   * the input ends in the middle of a sequence, or -1 if a valid sequence starts there.
   */
  static int errorLength(byte[] b, int at) {
    int first = b[at] & 0xFF;
    int width =
        first < 0x80 ? 1 : first < 0xC2 ? 0 : first < 0xE0 ? 2 : first < 0xF0 ? 3 : first < 0xF5 ? 4 : 0;
    if (width == 0) {
      return 1;
    }
    // The second byte's range rules out overlong forms, surrogates and code points above U+10FFFF.
    int lo = first == 0xE0 ? 0xA0 : first == 0xF0 ? 0x90 : 0x80;
    int hi = first == 0xED ? 0x9F : first == 0xF4 ? 0x8F : 0xBF;
    for (int k = 1; k < width; k++) {
      if (at + k >= b.length) {
        return 0;
      }
      int c = b[at + k] & 0xFF;
      if (c < (k == 1 ? lo : 0x80) || c > (k == 1 ? hi : 0xBF)) {
        return k;
      }
    }
    return -1;
  }

  /** The bytes decoded with each invalid sequence replaced by one U+FFFD, as Rust's lossy decoding does. */
  static String lossy(byte[] b, int from, int to) {
    StringBuilder s = new StringBuilder(to - from);
    int i = from;
    int validFrom = from;
    while (i < to) {
      int bad = errorLength(b, i);
      if (bad < 0) {
        i += widthOf(b[i]);
        continue;
      }
      s.append(new String(b, validFrom, i - validFrom, StandardCharsets.UTF_8)).append('\uFFFD');
      i = bad == 0 ? to : Math.min(to, i + bad);
      validFrom = i;
    }
    return s.append(new String(b, validFrom, to - validFrom, StandardCharsets.UTF_8)).toString();
  }

  private static int widthOf(byte lead) {
    int first = lead & 0xFF;
    return first < 0x80 ? 1 : first < 0xE0 ? 2 : first < 0xF0 ? 3 : 4;
  }
}
