package rustle.fmt;

import static com.google.common.truth.Truth.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Integers in every trait, radix, width, fill, sign, alternate and zero-pad combination. */
class IntFormatTest {

  private static Arguments row(String fmt, long value, boolean signed, int bits, String expected) {
    return Arguments.of(fmt, value, signed, bits, expected);
  }

  /** Expected values are what rustc 1.95 prints for {@code format!(fmt, value as iN/uN)}. */
  static Stream<Arguments> cases() {
    return Stream.of(
        row("{}", 42L, true, 32, "42"),
        row("{}", -42L, true, 32, "-42"),
        row("{}", -9223372036854775808L, true, 64, "-9223372036854775808"),
        row("{}", 9223372036854775807L, true, 64, "9223372036854775807"),
        row("{}", -1L, false, 64, "18446744073709551615"),
        row("{}", 255L, false, 8, "255"),
        row("{}", -128L, true, 8, "-128"),
        row("{:?}", -7L, true, 16, "-7"),
        row("{:x}", -1L, true, 8, "ff"),
        row("{:X}", -2L, true, 16, "FFFE"),
        row("{:b}", -1L, true, 32, "11111111111111111111111111111111"),
        row("{:o}", -8L, true, 64, "1777777777777777777770"),
        row("{:x}", -9223372036854775808L, true, 64, "8000000000000000"),
        row(
            "{:b}",
            -1L,
            false,
            64,
            "1111111111111111111111111111111111111111111111111111111111111111"),
        row("{:o}", -1L, false, 64, "1777777777777777777777"),
        row("{:x}", 0L, false, 32, "0"),
        row("{:#x}", 255L, true, 32, "0xff"),
        row("{:#X}", 255L, true, 32, "0xFF"),
        row("{:#b}", 5L, true, 32, "0b101"),
        row("{:#o}", 8L, true, 32, "0o10"),
        row("{:#x}", 0L, true, 32, "0x0"),
        row("{:+}", 5L, true, 32, "+5"),
        row("{:+}", -5L, true, 32, "-5"),
        row("{:+}", 0L, true, 32, "+0"),
        row("{:+x}", 255L, true, 32, "+ff"),
        row("{:+#x}", 1L, true, 32, "+0x1"),
        row("{:05}", -42L, true, 32, "-0042"),
        row("{:+05}", 42L, true, 32, "+0042"),
        row("{:#010x}", 255L, true, 32, "0x000000ff"),
        row("{:#010b}", 5L, true, 32, "0b00000101"),
        row("{:#06x}", -1L, true, 8, "0x00ff"),
        row("{:<5}", 42L, true, 32, "42   "),
        row("{:^5}", 42L, true, 32, " 42  "),
        row("{:>5}", 42L, true, 32, "   42"),
        row("{:5}", 42L, true, 32, "   42"),
        row("{:*^7}", -42L, true, 32, "**-42**"),
        row("{:<05}", 42L, true, 32, "00042"),
        row("{:^05}", -42L, true, 32, "-0042"),
        row("{:x<#8x}", 255L, true, 32, "0xffxxxx"),
        row("{:^#9b}", 5L, true, 32, "  0b101  "),
        row("{:0>5}", 7L, true, 32, "00007"),
        row("{:#>5}", 7L, true, 32, "####7"),
        row("{:>+5}", 7L, true, 32, "   +7"),
        row("{:<+05}", 7L, true, 32, "+0007"),
        row("{:.3}", 5L, true, 32, "5"),
        row("{:8.3}", 5L, true, 32, "       5"),
        row("{:2}", 12345L, true, 32, "12345"),
        row("{:🦀^6}", 12L, true, 32, "🦀🦀12🦀🦀"),
        row("{:e}", 1234L, true, 32, "1.234e3"),
        row("{:E}", 1234L, true, 32, "1.234E3"),
        row("{:e}", 0L, true, 32, "0e0"),
        row("{:e}", 1200L, true, 32, "1.2e3"),
        row("{:e}", -5L, true, 32, "-5e0"),
        row("{:.1e}", 1250L, true, 32, "1.2e3"),
        row("{:.1e}", 1350L, true, 32, "1.4e3"),
        row("{:.1e}", 1251L, true, 32, "1.3e3"),
        row("{:.2e}", 0L, true, 32, "0.00e0"),
        row("{:.5e}", 12L, true, 32, "1.20000e1"),
        row("{:.0e}", 15L, true, 32, "2e1"),
        row("{:.0e}", 25L, true, 32, "2e1"),
        row("{:.0e}", 95L, true, 32, "1e2"),
        row("{:.1e}", 995L, true, 32, "1.0e3"),
        row("{:10.1e}", -995L, true, 32, "    -1.0e3"),
        row("{:010.1e}", -995L, true, 32, "-00001.0e3"),
        row("{:+e}", 7L, true, 32, "+7e0"),
        row("{:e}", -1L, false, 64, "1.8446744073709551615e19"),
        row("{:e}", -9223372036854775808L, true, 64, "-9.223372036854775808e18"),
        row("{:.3e}", -1L, false, 64, "1.845e19"),
        row("{:e}", 100L, false, 8, "1e2"),
        row("{:#e}", 5L, true, 32, "5e0"),
        row("{:#?}", 5L, true, 32, "5"),
        row("{:+?}", 5L, true, 32, "+5"),
        row("{:05?}", -5L, true, 32, "-0005"),
        row("{:x?}", 255L, true, 32, "ff"),
        row("{:X?}", 255L, true, 32, "FF"),
        row("{:#x?}", -1L, true, 8, "0xff"),
        row("{:#X?}", 255L, true, 32, "0xFF"),
        row("{:5x?}", 10L, false, 8, "    a"),
        row("{:-}", -3L, true, 32, "-3"),
        row("{:x}", -1L, true, 8, "ff"),
        row("{:b}", 128L, false, 8, "10000000"),
        row("{}", 200L, false, 8, "200"));
  }

  /** rustc 1.95's output for {@code format!(fmt, 0x1000 as *const u8)}. */
  static Stream<Arguments> pointers() {
    return Stream.of(
        Arguments.of("{:p}", "0x1000"),
        Arguments.of("{:#p}", "0x0000000000001000"),
        Arguments.of("{:20p}", "              0x1000"),
        Arguments.of("{:020p}", "0x000000000000001000"),
        Arguments.of("{:+p}", "+0x1000"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pointers")
  void formatsAddressesLikePointers(String fmt, String expected) {
    assertThat(Rust.integer(fmt, 0x1000, false, 64)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} of {1} (signed={2}, bits={3})")
  @MethodSource("cases")
  void formatsLikeRust(String fmt, long value, boolean signed, int bits, String expected) {
    assertThat(Rust.integer(fmt, value, signed, bits)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void appendsAfterExistingText(String fmt, long value, boolean signed, int bits, String expected) {
    FormatSpec spec = Rust.spec(fmt);
    StringBuilder sb = new StringBuilder("x = ");
    Fmt.formatInt(sb, value, signed, bits, spec, Rust.width(spec), Rust.precision(spec));
    assertThat(sb.toString()).isEqualTo("x = " + expected);
  }
}
