package rustle.lint;

import java.math.BigInteger;
import rustle.types.Prim;

/**
 * What the lint knows of a value: a known integer or bool ({@link Known}), a value rustc certainly does
 * not know either ({@link #OPAQUE}: a parameter, a call's result), or null for "not sure what rustc
 * knows", which silences the lint wherever it matters.
 */
sealed interface Val permits Val.Known, Val.Opaque {
  /** Certainly unknown to rustc's constant propagation too. */
  Opaque OPAQUE = new Opaque();

  final class Opaque implements Val {
    private Opaque() {}
  }

  /**
   * A known value of an integer type (or bool, as 0 and 1). epoch is the block it was read in when it came
   * from a local rustc only propagates inside its own basic block, -1 when it holds anywhere.
   */
  record Known(BigInteger value, Prim ty, int epoch) implements Val {
    Known(BigInteger value, Prim ty) {
      this(value, ty, -1);
    }

    boolean isTrue() {
      return value.signum() != 0;
    }

    /** As rustc prints a constant in these lints: {@code u8::MAX}, {@code i64::MIN}, {@code 1_u8}, {@code -5_i32}. */
    String show() {
      if (ty == Prim.BOOL) return isTrue() ? "true" : "false";
      if (value.equals(Arith.max(ty))) return ty.name + "::MAX";
      if (ty.signed && value.equals(Arith.min(ty))) return ty.name + "::MIN";
      return value + "_" + ty.name;
    }
  }
}
