package rustle.interp.nodes;

import rustle.interp.FmtImpls;
import rustle.interp.FnCompiler;
import rustle.interp.rt.FnCode;
import rustle.interp.rt.Machine;
import rustle.interp.rt.Node;
import rustle.types.Ty;

/**
 * Comparisons of a type with its own {@code PartialEq}, {@code PartialOrd} and/or {@code Ord} impl:
 * {@code ==} calls {@code eq(&a, &b)}, {@code <} and friends call {@code partial_cmp(&a, &b)} and read
 * the returned {@code Option<Ordering>} (one byte: -1, 0, 1, or 2 for None), std's Ord users (max,
 * binary_search, ...) call {@code cmp(&a, &b)} (an Ordering byte). What the program derives instead
 * is compared structurally. The two pointers and the result live in a small stack frame
 * pushed for the call, as the compiled comparison's own frame would.
 */
final class UserCmp extends Equality.Eq {
  private static final int FRAME = 32;
  private static final int A = -32;
  private static final int B = -24;
  private static final int RESULT = -16;

  final Node eq;
  final Node ord;
  final Node totalOrd;
  final Equality.Eq derived;

  private UserCmp(Node eq, Node ord, Node totalOrd, Equality.Eq derived) {
    this.eq = eq;
    this.ord = ord;
    this.totalOrd = totalOrd;
    this.derived = derived;
  }

  /** The comparison of a user type with a hand-written impl; null when both are derived (or absent). */
  static UserCmp of(FnCompiler f, Ty.Adt t, java.util.Map<Ty, Equality.Forward> building) {
    FnCode eqCode = t.def().derives("PartialEq") ? null : FmtImpls.code(f, t, "PartialEq", "eq");
    FnCode ordCode = t.def().derives("PartialOrd") ? null : FmtImpls.code(f, t, "PartialOrd", "partial_cmp");
    FnCode totalCode = t.def().derives("Ord") ? null : FmtImpls.code(f, t, "Ord", "cmp");
    if (eqCode == null && ordCode == null && totalCode == null) return null;
    Node eq = eqCode == null ? null : FmtImpls.call2(f, eqCode, A, B, 0);
    Node ord = ordCode == null ? null : FmtImpls.call2(f, ordCode, A, B, 1);
    Node totalOrd = totalCode == null ? null : FmtImpls.call2(f, totalCode, A, B, 1);
    return new UserCmp(eq, ord, totalOrd, Equality.structural(f, t, building));
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
    return call(m, ord, a, b);
  }

  @Override
  public int total(Machine m, int a, int b) {
    // Without its own Ord impl the type derives Ord, whose cmp is the structural one.
    return totalOrd != null ? call(m, totalOrd, a, b) : derived.total(m, a, b);
  }

  private static int call(Machine m, Node fn, int a, int b) {
    int sp0 = m.sp;
    int fp = m.pushFrame(FRAME);
    m.mem.putLong(fp + A, a);
    m.mem.putLong(fp + B, b);
    fn.evalInto(m, fp, fp + RESULT);
    int r = m.mem.getByte(fp + RESULT);
    m.sp = sp0;
    return r;
  }
}
