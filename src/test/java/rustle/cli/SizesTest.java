package rustle.cli;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import picocli.CommandLine.TypeConversionException;

class SizesTest {
  @Test
  void plainNumbersAreBytes() {
    assertThat(Sizes.parse("65536")).isEqualTo(65536L);
    assertThat(Sizes.parse("1")).isEqualTo(1L);
  }

  @Test
  void suffixesAreBinaryAndCaseInsensitive() {
    assertThat(Sizes.parse("8M")).isEqualTo(8L << 20);
    assertThat(Sizes.parse("8m")).isEqualTo(8L << 20);
    assertThat(Sizes.parse("512K")).isEqualTo(512L << 10);
    assertThat(Sizes.parse("1G")).isEqualTo(1L << 30);
    assertThat(Sizes.parse("3g")).isEqualTo(3L << 30);
  }

  @Test
  void rejectsWhatIsNotASize() {
    for (String bad : new String[] {
        "", "M", "8X", "8MB", "-1", "+5", "0", "0K", "1.5G", "8 M", "9223372036854775808", "8589934592G"}) {
      assertThrows(TypeConversionException.class, () -> Sizes.parse(bad), bad);
    }
  }

  @Test
  void largestSizesDoNotOverflow() {
    assertThat(Sizes.parse("8589934591G")).isEqualTo(8589934591L << 30);
    assertThat(Sizes.parse("922337203685477580")).isEqualTo(922337203685477580L);
  }

  @Test
  void formatPicksTheLargestExactSuffixAndRoundTrips() {
    assertThat(Sizes.format(8L << 20)).isEqualTo("8M");
    assertThat(Sizes.format(1L << 30)).isEqualTo("1G");
    assertThat(Sizes.format(1536L << 10)).isEqualTo("1536K");
    assertThat(Sizes.format(1000)).isEqualTo("1000");
    for (long n : new long[] {1, 1023, 1024, 3L << 20, 5L << 30, (1L << 30) + 1}) {
      assertThat(Sizes.parse(Sizes.format(n))).isEqualTo(n);
    }
  }
}
