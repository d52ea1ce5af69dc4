package rustle.interp.nodes;

import rustle.interp.rt.IntNode;
import rustle.interp.rt.Machine;

/**
 * An integer comparison taken apart for the branch that tests it ({@code if a < b}, {@code while j <= n}):
 * {@link Control.IfCmp} and {@link Loops.WhileCmp} test it in their own code, without the virtual call
 * to a comparison node and the bool it returns. Operands that are 64-bit locals or a constant are read
 * in place. The result is the comparison node's.
 */
final class CmpCond {
  /**
   * Which outcomes of Long.compare make the comparison true, as bits 0 (less), 1 (equal) and 2
   * (greater): the test is then one shift, which keeps {@link #test} small enough for the JIT to inline
   * it into the branch node (a switch over the six operators made it too big).
   */
  final int mask;
  /** Long.MIN_VALUE for an unsigned 64-bit order (compared with the sign bit flipped), else 0. */
  final long flip;
  final IntNode l;
  final int lOff;
  /** The right operand, or null when it is the constant c. */
  final IntNode r;
  final int rOff;
  final long c;

  private CmpCond(Compare.Op op, long flip, IntNode l, IntNode r, long c) {
    this.mask = switch (op) {
      case EQ -> 0b010;
      case NE -> 0b101;
      case LT -> 0b001;
      case LE -> 0b011;
      case GT -> 0b100;
      case GE -> 0b110;
    };
    this.flip = flip;
    this.l = l;
    this.lOff = Loads.off64(l);
    this.r = r;
    this.rOff = r == null ? 0 : Loads.off64(r);
    this.c = c;
  }

  /** The comparison cond performs, taken apart; null when cond is not one of the integer comparison nodes. */
  static CmpCond of(IntNode cond) {
    if (cond instanceof Fast.Cmp f) {
      if (f.r instanceof Loads.ConstInt k) return new CmpCond(f.op, f.flip, f.l, null, k.value);
      return new CmpCond(f.op, f.flip, f.l, f.r, 0);
    }
    if (cond instanceof ConstOps.Cmp k) return new CmpCond(k.op, 0, k.l, null, k.c);
    return null;
  }

  boolean test(Machine m, int fp) {
    long a = lOff != 0 ? m.mem.getLong(fp + lOff) : l.evalLong(m, fp);
    return ((mask >>> (Long.compare(a ^ flip, right(m, fp) ^ flip) + 1)) & 1) != 0;
  }

  private long right(Machine m, int fp) {
    return r == null ? c : rOff != 0 ? m.mem.getLong(fp + rOff) : r.evalLong(m, fp);
  }
}
