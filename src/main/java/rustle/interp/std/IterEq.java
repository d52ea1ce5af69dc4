package rustle.interp.std;

import rustle.ast.Expr;
import rustle.check.Iterators;
import rustle.interp.Callees;
import rustle.interp.ExprCompilerAccess;
import rustle.interp.FnCompiler;
import rustle.interp.drop.Dropper;
import rustle.interp.drop.Unwind;
import rustle.interp.nodes.Equality;
import rustle.interp.rt.IntNode;
import rustle.interp.rt.Kind;
import rustle.interp.rt.Machine;
import rustle.interp.rt.MemNode;
import rustle.types.Infer;
import rustle.types.Ty;

/**
 * {@code a.eq(b)} and {@code a.ne(b)} of two iterators, as core's {@code iter_compare}: for each item of
 * a, the next of b (none left: unequal), compared with {@code ==} and both dropped; equal when a runs
 * out and b has nothing left. Both iterators are owned by the call and dropped at its end.
 */
final class IterEq {
  private IterEq() {}

  static IntNode compile(FnCompiler f, Expr.MethodCall m, boolean ne, MemNode recv, Ty.Adt at) {
    Callees.IntoIter other = Callees.intoIterTyped(f, m.args().get(0));
    Ty.Adt bt = (Ty.Adt) Infer.shallow(other.iterTy());
    MemNode b = (MemNode) ExprCompilerAccess.mem(other.init(), f.size(bt));
    Stepper sa = Steppers.of(f, at);
    Stepper sb = Steppers.of(f, bt);
    Ty ia = Iterators.itemOf(at, null);
    Ty ib = Iterators.itemOf(bt, null);
    Equality.Eq eq = Equality.glue(f, ia, ib);
    int aTmp = f.temp(at);
    int bTmp = f.temp(bt);
    int xTmp = f.temp(ia);
    int yTmp = f.temp(ib);
    Dropper dropA = f.c.drops.of(at);
    Dropper dropB = f.c.drops.of(bt);
    Dropper dropX = f.c.drops.of(ia);
    Dropper dropY = f.c.drops.of(ib);
    return new IntNode(Kind.U8) {
      @Override
      public long evalLong(Machine mc, int fp) {
        recv.evalInto(mc, fp, fp + aTmp);
        b.evalInto(mc, fp, fp + bTmp);
        boolean same;
        try {
          same = walk(mc, fp);
        } catch (RuntimeException e) {
          throw Unwind.leave(mc, e, () -> {
            if (dropB != null) dropB.drop(mc, fp + bTmp);
            if (dropA != null) dropA.drop(mc, fp + aTmp);
          });
        }
        if (dropB != null) dropB.drop(mc, fp + bTmp);
        if (dropA != null) dropA.drop(mc, fp + aTmp);
        return same != ne ? 1 : 0;
      }

      private boolean walk(Machine mc, int fp) {
        while (sa.next(mc, fp + aTmp, fp + xTmp)) {
          if (!sb.next(mc, fp + bTmp, fp + yTmp)) {
            if (dropX != null) dropX.drop(mc, fp + xTmp);
            return false;
          }
          boolean e = eq.eq(mc, fp + xTmp, fp + yTmp);
          if (dropY != null) dropY.drop(mc, fp + yTmp);
          if (dropX != null) dropX.drop(mc, fp + xTmp);
          if (!e) return false;
        }
        if (!sb.next(mc, fp + bTmp, fp + yTmp)) return true;
        if (dropY != null) dropY.drop(mc, fp + yTmp);
        return false;
      }
    };
  }
}
