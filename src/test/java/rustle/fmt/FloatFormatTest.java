package rustle.fmt;

import static com.google.common.truth.Truth.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * f64 and f32: shortest round-trip digits (where Java 17's own toString is sometimes longer or not
 * the closest), Debug's switch to exponents, exact half-to-even rounding with a precision, and
 * padding.
 */
class FloatFormatTest {

  private static Arguments row(String fmt, double value, String expected) {
    return Arguments.of(fmt, value, expected);
  }

  private static Arguments row(String fmt, float value, String expected) {
    return Arguments.of(fmt, value, expected);
  }

  /** Expected values are what rustc 1.95 prints for {@code format!(fmt, value)}. */
  static Stream<Arguments> f64Cases() {
    return Stream.of(
        row("{}", 0.1 + 0.2, "0.30000000000000004"),
        row("{:?}", 0.1 + 0.2, "0.30000000000000004"),
        row("{}", 100.0 * 1.1, "110.00000000000001"),
        row("{}", 2.0 / 3.0, "0.6666666666666666"),
        row("{}", 1.0 / 3.0 * 3.0, "1"),
        row("{:?}", 1.0 / 3.0 * 3.0, "1.0"),
        row(
            "{}",
            5e-324,
            "0.000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000005"),
        row("{:?}", 5e-324, "5e-324"),
        row("{:e}", 5e-324, "5e-324"),
        row("{:.2e}", 5e-324, "4.94e-324"),
        row("{:.1}", 5e-324, "0.0"),
        row(
            "{}",
            1.7976931348623157e308,
            "179769313486231570000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"),
        row("{:?}", 1.7976931348623157e308, "1.7976931348623157e308"),
        row("{:.2e}", 1.7976931348623157e308, "1.80e308"),
        row("{}", 1e21, "1000000000000000000000"),
        row("{:?}", 1e21, "1e21"),
        row("{}", 1.5e-7, "0.00000015"),
        row("{:?}", 1.5e-7, "1.5e-7"),
        row("{:e}", 1.5e-7, "1.5e-7"),
        row("{:E}", 1.5e-7, "1.5E-7"),
        row("{}", 1.0, "1"),
        row("{:?}", 1.0, "1.0"),
        row("{:e}", 1.0, "1e0"),
        row("{}", -0.0, "-0"),
        row("{:?}", -0.0, "-0.0"),
        row("{:e}", -0.0, "-0e0"),
        row("{:.1}", -0.0, "-0.0"),
        row("{}", 0.0, "0"),
        row("{:?}", 0.0, "0.0"),
        row("{:?}", 1e16, "1e16"),
        row("{}", 1e16, "10000000000000000"),
        row("{:?}", 1e15, "1000000000000000.0"),
        row("{:?}", 9999999999999998.0, "9999999999999998.0"),
        row("{:?}", 1e-4, "0.0001"),
        row("{:?}", 1e-5, "1e-5"),
        row("{}", 1e-5, "0.00001"),
        row("{:?}", 0.00012345, "0.00012345"),
        row("{}", 123456789012345680.0, "123456789012345680"),
        row("{:?}", 123456789012345680.0, "1.2345678901234568e17"),
        row("{}", 8.41e21, "8410000000000000000000"),
        row("{:.0}", 8.41e21, "8409999999999999475712"),
        row("{}", 2.5, "2.5"),
        row("{}", 1765629.25, "1765629.25"),
        row("{}", Math.pow(2, 60), "1152921504606847000"),
        row("{}", Math.pow(2, -20), "0.00000095367431640625"),
        row("{:?}", 2.0144024343420605e25, "2.0144024343420605e25"),
        row(
            "{}",
            1e300 * 10.0,
            "10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"),
        row("{:?}", 1e-300 / 3.0, "3.3333333333333334e-301"),
        row("{:.0}", 2.5, "2"),
        row("{:.0}", 0.5, "0"),
        row("{:.0}", 1.5, "2"),
        row("{:.0}", -0.5, "-0"),
        row("{:.1}", -2.25, "-2.2"),
        row("{:.2}", 0.125, "0.12"),
        row("{:.1}", 0.35, "0.3"),
        row("{:.1}", 0.25, "0.2"),
        row("{:.30}", 0.1, "0.100000000000000005551115123126"),
        row("{:.3}", 1e21, "1000000000000000000000.000"),
        row("{:.2}", 1e-10, "0.00"),
        row("{:.1}", -0.04, "-0.0"),
        row("{:.0}", -0.4, "-0"),
        row("{:+.1}", 0.05, "+0.1"),
        row("{:.2}", 2.0 / 3.0, "0.67"),
        row("{:.1?}", 0.25, "0.2"),
        row("{:.17}", 0.1 + 0.2, "0.30000000000000004"),
        row("{:.20}", 1.0 / 3.0, "0.33333333333333331483"),
        row("{:.3}", 12345678901234567890.0, "12345678901234567168.000"),
        row("{:.5}", 1e-7, "0.00000"),
        row("{:.0e}", 2.5, "2e0"),
        row("{:.3e}", 1.0, "1.000e0"),
        row("{:.2e}", 0.0, "0.00e0"),
        row("{:.2e}", 1234.5, "1.23e3"),
        row("{:.1e}", 9.96, "1.0e1"),
        row("{:.3E}", 6.02214076e23, "6.022E23"),
        row("{}", Double.NaN, "NaN"),
        row("{:?}", Double.NaN, "NaN"),
        row("{:+}", Double.NaN, "NaN"),
        row("{:08}", Double.NaN, "00000NaN"),
        row("{:>8}", Double.NaN, "     NaN"),
        row("{}", Double.POSITIVE_INFINITY, "inf"),
        row("{:+08}", Double.POSITIVE_INFINITY, "+0000inf"),
        row("{:e}", Double.NEGATIVE_INFINITY, "-inf"),
        row("{:.2}", Double.NEGATIVE_INFINITY, "-inf"),
        row("{:+}", 1.0, "+1"),
        row("{:+}", -0.0, "-0"),
        row("{:+}", 0.0, "+0"),
        row("{:+e}", 0.1 + 0.2, "+3.0000000000000004e-1"),
        row("{:08.2}", -1.5, "-0001.50"),
        row("{:08}", -0.0, "-0000000"),
        row("{:*^9.1}", 2.25, "***2.2***"),
        row("{:5}", 1.0, "    1"),
        row("{:<5?}", 1.0, "1.0  "),
        row("{:010.3e}", 1234.5, "0001.234e3"),
        row("{:^+9.2}", 3.14159, "  +3.14  "),
        row("{:<08}", 2.5, "000002.5"),
        row("{:#?}", 1.0, "1.0"),
        row("{:#}", 1.0, "1"),
        row("{:#e}", 1.0, "1e0"),
        row("{:x?}", 255.5, "255.5"));
  }

  /** Expected values are what rustc 1.95 prints for {@code format!(fmt, value as f32)}. */
  static Stream<Arguments> f32Cases() {
    return Stream.of(
        row("{}", 0.1f, "0.1"),
        row("{:?}", 0.1f, "0.1"),
        row("{:.10}", 0.1f, "0.1000000015"),
        row("{}", 1.0f / 3.0f, "0.33333334"),
        row("{:e}", 1.0f / 3.0f, "3.3333334e-1"),
        row("{}", 16777216.0f, "16777216"),
        row("{:?}", 16777216.0f, "16777216.0"),
        row("{}", 1e10f, "10000000000"),
        row("{:?}", 1e10f, "10000000000.0"),
        row("{}", 3.4028235e38f, "340282350000000000000000000000000000000"),
        row("{:?}", 3.4028235e38f, "3.4028235e38"),
        row("{:.3}", 3.4028235e38f, "340282346638528859811704183484516925440.000"),
        row("{}", 1e-45f, "0.000000000000000000000000000000000000000000001"),
        row("{:?}", 1e-45f, "1e-45"),
        row("{}", 0.3f, "0.3"),
        row("{:.10}", 0.3f, "0.3000000119"),
        row("{}", 7.0e-5f, "0.00007"),
        row("{:?}", 7.0e-5f, "7e-5"),
        row("{:?}", 1e-4f, "0.0001"),
        row("{:?}", 1e-7f, "1e-7"),
        row("{:?}", 1e16f, "1e16"),
        row("{}", 1e16f, "10000000000000000"),
        row("{:?}", 1.0e15f, "1000000000000000.0"),
        row("{}", 123456789.0f, "123456790"),
        row("{}", 1.1754944e-38f, "0.000000000000000000000000000000000000011754944"),
        row("{}", 1765629.25f, "1765629.3"),
        row("{}", 7.3832895e25f, "73832895000000000000000000"),
        row("{}", 0.1f + 0.2f, "0.3"),
        row("{:?}", 100.0f * 1.1f, "110.0"));
  }

  @ParameterizedTest(name = "{0} of {1}")
  @MethodSource("f64Cases")
  void formatsF64LikeRust(String fmt, double value, String expected) {
    assertThat(Rust.f64(fmt, value)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} of {1}f")
  @MethodSource("f32Cases")
  void formatsF32LikeRust(String fmt, float value, String expected) {
    assertThat(Rust.f32(fmt, value)).isEqualTo(expected);
  }

  /**
   * Rust's shortest digits by definition, computed slowly: the fewest significant digits that read
   * back as the value, and of those the closest, a tie going up.
   */
  private static String referenceShortest(double abs, boolean f32) {
    BigDecimal exact = new BigDecimal(abs);
    for (int p = 1; ; p++) {
      BigDecimal lo = exact.round(new MathContext(p, RoundingMode.FLOOR));
      BigDecimal hi = exact.round(new MathContext(p, RoundingMode.CEILING));
      boolean loOk = readsBack(lo, abs, f32);
      boolean hiOk = readsBack(hi, abs, f32);
      if (loOk || hiOk) {
        boolean pickLo = loOk && (!hiOk || exact.subtract(lo).compareTo(hi.subtract(exact)) < 0);
        BigDecimal d = (pickLo ? lo : hi).stripTrailingZeros();
        return d.unscaledValue() + "e" + (d.precision() - d.scale() - 1);
      }
    }
  }

  private static boolean readsBack(BigDecimal d, double abs, boolean f32) {
    return f32
        ? Float.parseFloat(d.toString()) == (float) abs
        : Double.parseDouble(d.toString()) == abs;
  }

  @Test
  void shortestDigitsMatchTheDefinition() {
    SplittableRandom random = new SplittableRandom(7);
    for (int i = 0; i < 20_000; i++) {
      boolean f32 = i % 4 == 3;
      double v =
          switch (i % 4) {
            case 0 -> Double.longBitsToDouble(random.nextLong());
            case 1 -> random.nextInt(1_000_000) / 997.0;
            case 2 -> random.nextDouble() * Math.pow(10, random.nextInt(-30, 30));
            default -> Float.intBitsToFloat(random.nextInt());
          };
      double abs = Math.abs(v);
      if (!Double.isFinite(abs) || abs == 0) {
        continue;
      }
      StringBuilder sb = new StringBuilder();
      Fmt.formatFloat(sb, abs, f32, FormatSpec.plain(FormatSpec.Trait.LOWER_EXP), -1, -1);
      String shown = sb.toString().replace(".", "");
      assertThat(shown).isEqualTo(referenceShortest(abs, f32));
    }
  }

  @Test
  void fixedPrecisionMatchesExactDecimalRounding() {
    SplittableRandom random = new SplittableRandom(11);
    for (int i = 0; i < 20_000; i++) {
      double v = random.nextDouble() * Math.pow(10, random.nextInt(-12, 16));
      int precision = random.nextInt(0, 19);
      String expected =
          new BigDecimal(v).setScale(precision, RoundingMode.HALF_EVEN).toPlainString();
      StringBuilder sb = new StringBuilder();
      Fmt.formatFloat(sb, v, false, FormatSpec.DISPLAY, -1, precision);
      assertThat(sb.toString()).isEqualTo(expected);
    }
  }
}
