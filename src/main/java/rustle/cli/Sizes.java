package rustle.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Byte sizes on the command line, written like the JVM's {@code -Xss}: a count of bytes with an optional
 * binary suffix K, M or G ({@code 65536}, {@code 8M}, {@code 1G}).
 */
final class Sizes implements ITypeConverter<Long> {
  /** Suffixes in order: K is 2^10, M 2^20, G 2^30. */
  private static final String SUFFIXES = "KMG";

  @Override
  public Long convert(String value) {
    return parse(value);
  }

  /** The number of bytes written as {@code text}; throws {@link TypeConversionException} otherwise. */
  static long parse(String text) {
    String s = text.strip();
    int shift = 0;
    if (!s.isEmpty() && !isDigit(s.charAt(s.length() - 1))) {
      shift = 10 * (1 + SUFFIXES.indexOf(Character.toUpperCase(s.charAt(s.length() - 1))));
      if (shift == 0) {
        throw invalid(text);
      }
      s = s.substring(0, s.length() - 1);
    }
    if (s.isEmpty() || s.length() > 18 || !s.chars().allMatch(Sizes::isDigit)) {
      throw invalid(text);
    }
    long n = Long.parseLong(s);
    if (n == 0 || Long.numberOfLeadingZeros(n) <= shift) {
      throw invalid(text); // zero, or more than Long.MAX_VALUE bytes
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

  private static TypeConversionException invalid(String text) {
    return new TypeConversionException("'" + text + "' is not a size: expected a positive number of bytes"
        + " with an optional K, M or G suffix, such as 65536, 8M or 1G");
  }
}
