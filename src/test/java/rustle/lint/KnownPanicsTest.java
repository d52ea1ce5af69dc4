package rustle.lint;

import static com.google.common.truth.Truth.assertThat;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import rustle.types.Prim;

/** How the lint prints values and reads lint levels; the walk itself is covered by programs/lint. */
class KnownPanicsTest {
  private static String show(long v, Prim t) {
    return new Val.Known(BigInteger.valueOf(v), t).show();
  }

  @Test
  void valuesPrintAsRustcPrintsConstants() {
    assertThat(show(255, Prim.U8)).isEqualTo("u8::MAX");
    assertThat(show(0, Prim.U8)).isEqualTo("0_u8");
    assertThat(show(-128, Prim.I8)).isEqualTo("i8::MIN");
    assertThat(show(-5, Prim.I32)).isEqualTo("-5_i32");
    assertThat(show(Long.MIN_VALUE, Prim.I64)).isEqualTo("i64::MIN");
    assertThat(new Val.Known(Arith.max(Prim.USIZE), Prim.USIZE).show()).isEqualTo("usize::MAX");
  }

  @Test
  void wrappingAndShifts() {
    assertThat(Arith.wrap(BigInteger.valueOf(300), Prim.U8)).isEqualTo(BigInteger.valueOf(44));
    assertThat(Arith.wrap(BigInteger.valueOf(200), Prim.I8)).isEqualTo(BigInteger.valueOf(-56));
    assertThat(Arith.shiftOverflows(BigInteger.valueOf(8), Prim.U8)).isTrue();
    assertThat(Arith.shiftOverflows(BigInteger.valueOf(-1), Prim.U64)).isTrue();
    assertThat(Arith.shiftOverflows(BigInteger.valueOf(31), Prim.I32)).isFalse();
  }

  @Test
  void allowedLintsAreOff() {
    LintLevels l = LintLevels.of("#![allow(unused, arithmetic_overflow)]\nfn main() {}");
    assertThat(l.overflowOn).isFalse();
    assertThat(l.panicOn).isTrue();
    assertThat(LintLevels.of("#[warn(unconditional_panic)] fn f() {}").panicOn).isFalse();
    assertThat(LintLevels.of("fn main() {}").overflowOn).isTrue();
  }
}
