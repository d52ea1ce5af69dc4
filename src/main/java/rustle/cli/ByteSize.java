package rustle.cli;

/**
 * Byte sizes on the command line, written like the JVM's {@code -Xss}: a count of bytes with an optional
 * binary suffix K, M or G ({@code 65536}, {@code 8M}, {@code 1G}). Free of picocli, so that the quick
 * path of {@code rustle run} ({@link QuickRun}) can read them without loading it.
 */
final class ByteSize {
  /** Suffixes in order: K is 2^10, M 2^20, G 2^30. */
  private static final String SUFFIXES = "KMG";

  private ByteSize() {}

  /** The number of bytes written as text, or -1 when it is not a size. */
  static long parse(String text) {
    String s = text.strip();
    int shift = 0;
    if (!s.isEmpty() && !isDigit(s.charAt(s.length() - 1))) {
      shift = 10 * (1 + SUFFIXES.indexOf(Character.toUpperCase(s.charAt(s.length() - 1))));
      if (shift == 0) {
        return -1;
      }
      s = s.substring(0, s.length() - 1);
    }
    if (s.isEmpty() || s.length() > 18) {
      return -1;
    }
    for (int i = 0; i < s.length(); i++) {
      if (!isDigit(s.charAt(i))) return -1;
    }
    long n = Long.parseLong(s);
    if (n == 0 || Long.numberOfLeadingZeros(n) <= shift) {
      return -1; // zero, or more than Long.MAX_VALUE bytes
    }
    return n << shift;
  }

  /** The shortest way to write {@code bytes} that {@link #parse} reads back. */
  static String format(long bytes) {
    for (int i = SUFFIXES.length() - 1; i >= 0; i--) {
      int shift = 10 * (i + 1);
      if (bytes != 0 && (bytes & ((1L << shift) - 1)) == 0) {
        return (bytes >> shift) + SUFFIXES.substring(i, i + 1);
      }
    }
    return Long.toString(bytes);
  }

  private static boolean isDigit(int c) {
    return c >= '0' && c <= '9';
  }
}
