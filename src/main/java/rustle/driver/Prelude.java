package rustle.driver;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import rustle.ast.Crate;
import rustle.diag.SourceFile;
import rustle.syntax.ParseResult;
import rustle.syntax.Parser;

/**
 * The std prelude rustle programs see: {@code prelude.rs} from the resources, plus the inherent impls
 * of the twelve integer types, which are alike but for the type and so are generated here.
 */
final class Prelude {
  private static final String[] INTS = {"i8", "i16", "i32", "i64", "isize", "u8", "u16", "u32", "u64", "usize"};
  private static volatile SourceFile cached;

  private Prelude() {}

  static SourceFile file() {
    SourceFile f = cached;
    if (f == null) {
      f = new SourceFile("<rustle prelude>", resource() + ints());
      cached = f;
    }
    return f;
  }

  /** The parsed prelude: decoded from the build's {@link PreludeCache}, or parsed when there is none. */
  static ParseResult parsed() {
    Crate cached = PreludeCache.load(source());
    return cached != null ? new ParseResult(cached, List.of()) : Parser.parse(file(), 0);
  }

  private static String resource() {
    return new String(source(), StandardCharsets.UTF_8);
  }

  /** The bytes of {@code prelude.rs}. */
  static byte[] source() {
    try (InputStream in = Prelude.class.getResourceAsStream("/rustle/prelude.rs")) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String ints() {
    StringBuilder sb = new StringBuilder();
    for (String t : INTS) {
      boolean signed = t.startsWith("i");
      int bits = t.endsWith("size") ? 64 : Integer.parseInt(t.substring(1));
      BigInteger max = signed ? BigInteger.ONE.shiftLeft(bits - 1).subtract(BigInteger.ONE)
          : BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE);
      String min = signed ? "-" + BigInteger.ONE.shiftLeft(bits - 1) : "0";
      String unsigned = signed ? "u" + t.substring(1) : t;
      sb.append("impl ").append(t).append(" {\n");
      sb.append("    pub const MAX: ").append(t).append(" = ").append(max).append(";\n");
      sb.append("    pub const MIN: ").append(t).append(" = ").append(min).append(";\n");
      sb.append("    pub const BITS: u32 = ").append(bits).append(";\n");
      String[][] fns = {
          {"pow", "self, exp: u32", t}, {"wrapping_add", "self, rhs: T", t}, {"wrapping_sub", "self, rhs: T", t},
          {"wrapping_mul", "self, rhs: T", t}, {"wrapping_neg", "self", t},
          {"saturating_add", "self, rhs: T", t}, {"saturating_sub", "self, rhs: T", t},
          {"saturating_mul", "self, rhs: T", t},
          {"checked_add", "self, rhs: T", "Option<T>"}, {"checked_sub", "self, rhs: T", "Option<T>"},
          {"checked_mul", "self, rhs: T", "Option<T>"}, {"checked_div", "self, rhs: T", "Option<T>"},
          {"checked_rem", "self, rhs: T", "Option<T>"},
          {"min", "self, other: T", t}, {"max", "self, other: T", t}, {"rem_euclid", "self, rhs: T", t},
          {"count_ones", "self", "u32"}, {"leading_zeros", "self", "u32"}, {"trailing_zeros", "self", "u32"},
          {"abs_diff", "self, other: T", unsigned},
          {"count_zeros", "self", "u32"}, {"leading_ones", "self", "u32"}, {"trailing_ones", "self", "u32"},
          {"swap_bytes", "self", t}, {"reverse_bits", "self", t}, {"rotate_left", "self, n: u32", t},
          {"rotate_right", "self, n: u32", t}, {"wrapping_shl", "self, rhs: u32", t}, {"wrapping_shr", "self, rhs: u32", t},
          {"wrapping_div", "self, rhs: T", t}, {"wrapping_rem", "self, rhs: T", t}, {"isqrt", "self", t},
          {"ilog2", "self", "u32"}, {"ilog10", "self", "u32"},
      };
      for (String[] fn : fns) {
        sb.append("    pub fn ").append(fn[0]).append('(').append(fn[1].replace("T", t)).append(") -> ")
            .append(fn[2].replace("T", t)).append(" { intrinsic!() }\n");
      }
      // Ord::cmp and PartialOrd::partial_cmp (std's trait impls, written as inherent methods here).
      sb.append("    pub fn cmp(&self, other: &").append(t).append(") -> Ordering { if *self < *other { Ordering::Less }"
          + " else if *self > *other { Ordering::Greater } else { Ordering::Equal } }\n");
      sb.append("    pub fn partial_cmp(&self, other: &").append(t).append(") -> Option<Ordering> { Some(self.cmp(other)) }\n");
      sb.append("    pub fn clamp(self, min: ").append(t).append(", max: ").append(t).append(") -> ").append(t)
          .append(" { assert!(min <= max, \"min > max. min = {:?}, max = {:?}\", min, max); if self < min { min } else if self > max { max } else { self } }\n");
      // The methods std builds from the ones above, in its own words (try_opt! is a match here).
      String[] derived = {
          "pub fn checked_neg(self) -> Option<@> { (0 as @).checked_sub(self) }",
          "pub fn checked_shl(self, rhs: u32) -> Option<@> { if rhs < @::BITS { Some(self.wrapping_shl(rhs)) } else { None } }",
          "pub fn checked_shr(self, rhs: u32) -> Option<@> { if rhs < @::BITS { Some(self.wrapping_shr(rhs)) } else { None } }",
          "pub fn overflowing_add(self, rhs: @) -> (@, bool) { (self.wrapping_add(rhs), self.checked_add(rhs).is_none()) }",
          "pub fn overflowing_sub(self, rhs: @) -> (@, bool) { (self.wrapping_sub(rhs), self.checked_sub(rhs).is_none()) }",
          "pub fn overflowing_mul(self, rhs: @) -> (@, bool) { (self.wrapping_mul(rhs), self.checked_mul(rhs).is_none()) }",
          "pub fn overflowing_neg(self) -> (@, bool) { (self.wrapping_neg(), self.checked_neg().is_none()) }",
          "pub fn checked_pow(self, exp: u32) -> Option<@> { let mut e = exp; let mut base = self; let mut acc: @ = 1;"
              + " while e > 0 { if e & 1 == 1 { acc = match acc.checked_mul(base) { Some(v) => v, None => return None }; }"
              + " e /= 2; if e > 0 { base = match base.checked_mul(base) { Some(v) => v, None => return None }; } } Some(acc) }",
          "pub fn wrapping_pow(self, exp: u32) -> @ { let mut e = exp; let mut base = self; let mut acc: @ = 1;"
              + " while e > 0 { if e & 1 == 1 { acc = acc.wrapping_mul(base); } e /= 2; if e > 0 { base = base.wrapping_mul(base); } } acc }",
          "pub fn overflowing_pow(self, exp: u32) -> (@, bool) { (self.wrapping_pow(exp), self.checked_pow(exp).is_none()) }",
          "pub fn saturating_pow(self, exp: u32) -> @ { match self.checked_pow(exp) { Some(v) => v,"
              + " None => if self < (0 as @) && exp % 2 == 1 { @::MIN } else { @::MAX } } }",
          "pub fn div_euclid(self, rhs: @) -> @ { let q = self / rhs; if self % rhs < (0 as @) {"
              + " if rhs > (0 as @) { q - 1 } else { q + 1 } } else { q } }",
          "pub fn checked_div_euclid(self, rhs: @) -> Option<@> { if rhs == (0 as @) { None }"
              + " else { match self.checked_rem(rhs) { Some(_) => Some(self.div_euclid(rhs)), None => None } } }",
          "pub fn checked_rem_euclid(self, rhs: @) -> Option<@> { if rhs == (0 as @) { None }"
              + " else { match self.checked_rem(rhs) { Some(_) => Some(self.rem_euclid(rhs)), None => None } } }",
          "pub fn saturating_neg(self) -> @ { if self == @::MIN && @::MIN < (0 as @) { @::MAX } else { (0 as @).saturating_sub(self) } }",
      };
      for (String d : derived) sb.append("    ").append(d.replace("@", t)).append('\n');
      // std's from_str_radix: an optional sign (a '-' only for signed types), then digits of the radix,
      // accumulated with checked arithmetic (overflow is PosOverflow, or NegOverflow after a '-').
      sb.append(("    pub fn from_str_radix(src: &str, radix: u32) -> Result<@, ParseIntError> {"
          + " if radix < 2 || radix > 36 { panic!(\"from_str_radix_int: must lie in the range `[2, 36]` - found {}\", radix); }"
          + " if src.is_empty() { return Err(ParseIntError { kind: IntErrorKind::Empty }); }"
          + " let mut neg = false; let mut digits = src;"
          + " if src.starts_with('+') && src.len() > 1 { digits = &src[1..]; }"
          + " else if src.starts_with('-') && src.len() > 1 && @::MIN < (0 as @) { digits = &src[1..]; neg = true; }"
          + " let mut acc: @ = 0;"
          + " for c in digits.chars() { let d = match c.to_digit(radix) { Some(d) => d as @,"
          + " None => return Err(ParseIntError { kind: IntErrorKind::InvalidDigit }) };"
          + " acc = match acc.checked_mul(radix as @) { Some(v) => v, None => return Err(ParseIntError { kind:"
          + " if neg { IntErrorKind::NegOverflow } else { IntErrorKind::PosOverflow } }) };"
          + " acc = match if neg { acc.checked_sub(d) } else { acc.checked_add(d) } { Some(v) => v,"
          + " None => return Err(ParseIntError { kind: if neg { IntErrorKind::NegOverflow } else { IntErrorKind::PosOverflow } }) }; }"
          + " Ok(acc) }\n").replace("@", t));
      // From / TryFrom between integer types (and bool, char): the value converted as by `as`, checked
      // against the target's range first for try_from.
      sb.append("    pub fn from<S>(v: S) -> ").append(t).append(" { intrinsic!() }\n");
      sb.append("    pub fn __fits<S>(v: S) -> bool { intrinsic!() }\n");
      sb.append("    pub fn try_from<S: Copy>(v: S) -> Result<").append(t).append(", TryFromIntError> { if ").append(t)
          .append("::__fits(v) { Ok(").append(t).append("::from(v)) } else { Err(TryFromIntError(())) } }\n");
      // TryInto, the other way round: F, fixed by the calling body's types, is checked by IntFroms.tryInto.
      // (F, not T, as std's docs name a generic target: StdSurfaceTest gives F a turbofish.)
      sb.append("    pub fn __fits_in<F>(self) -> bool { intrinsic!() }\n");
      sb.append("    pub fn __as_int<F>(self) -> F { intrinsic!() }\n");
      sb.append("    pub fn try_into<F>(self) -> Result<F, TryFromIntError> { if self.__fits_in::<F>() {"
          + " Ok(self.__as_int::<F>()) } else { Err(TryFromIntError(())) } }\n");
      if (signed) {
        sb.append("    pub fn checked_abs(self) -> Option<").append(t).append("> { if self < 0 { self.checked_neg() } else { Some(self) } }\n");
        sb.append("    pub fn wrapping_abs(self) -> ").append(t).append(" { if self < 0 { self.wrapping_neg() } else { self } }\n");
        sb.append("    pub fn unsigned_abs(self) -> ").append(unsigned).append(" { self.wrapping_abs() as ").append(unsigned).append(" }\n");
        sb.append("    pub fn saturating_abs(self) -> ").append(t).append(" { if self == ").append(t).append("::MIN { ")
            .append(t).append("::MAX } else { self.abs() } }\n");
        sb.append("    pub fn abs(self) -> ").append(t).append(" { intrinsic!() }\n");
        sb.append("    pub fn signum(self) -> ").append(t).append(" { intrinsic!() }\n");
        sb.append("    pub fn is_positive(self) -> bool { intrinsic!() }\n");
        sb.append("    pub fn is_negative(self) -> bool { intrinsic!() }\n");
      } else {
        sb.append("    pub fn is_power_of_two(self) -> bool { intrinsic!() }\n");
        sb.append("    pub fn next_power_of_two(self) -> ").append(t).append(" { intrinsic!() }\n");
        sb.append("    pub fn checked_next_power_of_two(self) -> Option<").append(t).append("> { let mut p: ").append(t)
            .append(" = 1; while p < self { p = match p.checked_mul(2) { Some(v) => v, None => return None }; } Some(p) }\n");
      }
      if (t.equals("u8")) {
        // u8's ASCII methods: a byte above 127 is no ASCII character, so char's answers (and case maps) hold.
        for (String m : new String[] {"is_ascii", "is_ascii_digit", "is_ascii_alphabetic", "is_ascii_uppercase",
            "is_ascii_lowercase", "is_ascii_alphanumeric", "is_ascii_hexdigit", "is_ascii_punctuation",
            "is_ascii_graphic", "is_ascii_whitespace", "is_ascii_control"}) {
          sb.append("    pub fn ").append(m).append("(&self) -> bool { (*self as char).").append(m).append("() }\n");
        }
        sb.append("    pub fn to_ascii_uppercase(&self) -> u8 { (*self as char).to_ascii_uppercase() as u8 }\n");
        sb.append("    pub fn to_ascii_lowercase(&self) -> u8 { (*self as char).to_ascii_lowercase() as u8 }\n");
        sb.append("    pub fn eq_ignore_ascii_case(&self, other: &u8) -> bool { self.to_ascii_lowercase() == other.to_ascii_lowercase() }\n");
      }
      sb.append("}\n");
    }
    return sb.toString();
  }
}
