package rustle.interp.std;

import rustle.ast.Expr;
import rustle.interp.ExprCompilerAccess;
import rustle.interp.FnCompiler;
import rustle.interp.drop.Dropper;
import rustle.interp.drop.Unwind;
import rustle.interp.rt.Machine;
import rustle.interp.rt.MemNode;
import rustle.interp.rt.Node;
import rustle.types.Infer;
import rustle.types.Ty;

/**
 * {@code [T; N]::map(f)}: the array moved in, each element moved into the closure in order and its
 * result written in place into the new array. A panic in the closure drops the results made so far,
 * the elements not yet passed, and the closure, as std's guard does.
 */
final class ArrayMap {
  private ArrayMap() {}

  static Node compile(FnCompiler f, Expr.MethodCall m, Node recv, Ty.Array arr, Ty ret) {
    Ty elem = Infer.shallow(f.sub(arr.elem()));
    Ty.Array out = (Ty.Array) Infer.shallow(f.sub(ret));
    Ty res = Infer.shallow(out.elem());
    MemNode src = (MemNode) ExprCompilerAccess.mem(recv, f.size(arr));
    Ty ft = f.ty(m.args().get(0));
    MemNode fn = (MemNode) ExprCompilerAccess.mem(f.exprs.value(m.args().get(0)), f.size(ft));
    int arrTmp = f.temp(arr);
    int fnTmp = f.temp(ft);
    FnCaller call = new FnCaller(f, ft, elem);
    int es = f.size(elem);
    int rs = f.size(res);
    long n = arr.len();
    Dropper elemDrop = f.c.drops.of(elem);
    Dropper resDrop = f.c.drops.of(res);
    Dropper fnDrop = f.c.drops.of(ft);
    return new MemNode(f.size(out)) {
      @Override
      public void evalInto(Machine mc, int fp, int dst) {
        src.evalInto(mc, fp, fp + arrTmp);
        fn.evalInto(mc, fp, fp + fnTmp);
        long i = 0;
        try {
          for (; i < n; i++) {
            int nfp = call.enter(mc, fp + fnTmp);
            if (es > 0) mc.mem.copy(fp + arrTmp + (int) (i * es), call.arg(nfp, 0), es);
            call.call(mc, nfp, dst + (int) (i * rs));
          }
        } catch (RuntimeException e) {
          long done = i;
          throw Unwind.leave(mc, e, () -> {
            if (resDrop != null) for (long j = 0; j < done; j++) resDrop.drop(mc, dst + (int) (j * rs));
            if (elemDrop != null) for (long j = done + 1; j < n; j++) elemDrop.drop(mc, fp + arrTmp + (int) (j * es));
            if (fnDrop != null) fnDrop.drop(mc, fp + fnTmp);
          });
        }
        if (fnDrop != null) fnDrop.drop(mc, fp + fnTmp);
      }
    };
  }
}
