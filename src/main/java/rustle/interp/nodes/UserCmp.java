package rustle.interp.nodes;

import rustle.interp.FmtImpls;
import rustle.interp.FnCompiler;
import rustle.interp.rt.FnCode;
import rustle.interp.rt.Machine;
import rustle.interp.rt.Node;
import rustle.types.Ty;

/**
 * Comparisons of a type with its own {@code PartialEq} and/or {@code PartialOrd} impl: {@code ==}
 * calls {@code eq(&a, &b)}, {@code <} and friends call {@code partial_cmp(&a, &b)} and read the
 * returned {@code Option<Ordering>} (one byte: -1, 0, 1, or 2 for None). What the program derives
 * instead is compared structurally. The two pointers and the result live in a small stack frame
 * pushed for the call, as the compiled comparison's own frame would.
 */
final class UserCmp extends Equality.Eq {
  private static final int FRAME = 32;
  private static final int A = -32;
  private static final int B = -24;
  private static final int RESULT = -16;

  final Node eq;
  final Node ord;
  final Equality.Eq derived;

  private UserCmp(Node eq, Node ord, Equality.Eq derived) {
    this.eq = eq;
    this.ord = ord;
    this.derived = derived;
  }

  /** The comparison of a user type with a hand-written impl; null when both are derived (or absent). */
  static UserCmp of(FnCompiler f, Ty.Adt t) {
    FnCode eqCode = t.def().derives("PartialEq") ? null : FmtImpls.code(f, t, "PartialEq", "eq");
    FnCode ordCode = t.def().derives("PartialOrd") ? null : FmtImpls.code(f, t, "PartialOrd", "partial_cmp");
    if (eqCode == null && ordCode == null) return null;
    Node eq = eqCode == null ? null : FmtImpls.call2(f, eqCode, A, B, 0);
    Node ord = ordCode == null ? null : FmtImpls.call2(f, ordCode, A, B, 1);
    return new UserCmp(eq, ord, Equality.structural(f, t));
  }

  @Override
  public boolean eq(Machine m, int a, int b) {
    if (eq == null) return ord != null ? cmp(m, a, b) == 0 : derived.eq(m, a, b);
    int sp0 = m.sp;
    int fp = m.pushFrame(FRAME);
    m.mem.putLong(fp + A, a);
    m.mem.putLong(fp + B, b);
    long r = eq.evalLong(m, fp);
    m.sp = sp0;
    return r != 0;
  }

  @Override
  public int cmp(Machine m, int a, int b) {
    if (ord == null) return eq != null ? (eq(m, a, b) ? 0 : 2) : derived.cmp(m, a, b);
    int sp0 = m.sp;
    int fp = m.pushFrame(FRAME);
    m.mem.putLong(fp + A, a);
    m.mem.putLong(fp + B, b);
    ord.evalInto(m, fp, fp + RESULT);
    int r = m.mem.getByte(fp + RESULT);
    m.sp = sp0;
    return r;
  }
}
