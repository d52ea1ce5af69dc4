package rustle.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * picocli's converter of byte sizes ({@link ByteSize}): a size that is not one is a usage error.
 */
final class Sizes implements ITypeConverter<Long> {
  @Override
  public Long convert(String value) {
    return parse(value);
  }

  /** The number of bytes written as {@code text}; throws {@link TypeConversionException} otherwise. */
  static long parse(String text) {
    long n = ByteSize.parse(text);
    if (n < 0) {
      throw new TypeConversionException("'" + text + "' is not a size: expected a positive number of bytes"
          + " with an optional K, M or G suffix, such as 65536, 8M or 1G");
    }
    return n;
  }

  /** The shortest way to write {@code bytes} that {@link #parse} reads back. */
  static String format(long bytes) {
    return ByteSize.format(bytes);
  }
}
