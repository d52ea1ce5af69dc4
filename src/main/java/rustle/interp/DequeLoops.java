package rustle.interp;

import java.util.List;
import rustle.interp.rt.FnCode;
import rustle.interp.rt.Machine;
import rustle.interp.rt.MemNode;
import rustle.interp.rt.Node;
import rustle.types.FnSig;
import rustle.types.Infer;
import rustle.types.Subst;
import rustle.types.Ty;

/**
 * IntoIterator for the prelude's VecDeque and BinaryHeap in {@code for} loops: {@code &d}, {@code &mut d}
 * and {@code d} call their {@code iter}, {@code iter_mut} and {@code into_iter} (written in the prelude),
 * as std's impls do.
 */
final class DequeLoops {
  private DequeLoops() {}

  static ForCompiler.Source source(FnCompiler f, rustle.ast.Expr iter, Ty it) {
    boolean byRef = it instanceof Ty.Ref;
    Ty inner = byRef ? Infer.shallow(((Ty.Ref) it).inner()) : it;
    if (!(inner instanceof Ty.Adt a) || !a.def().fromPrelude
        || !a.def().name.equals("VecDeque") && !a.def().name.equals("BinaryHeap")
        && !a.def().name.equals("BTreeMap") && !a.def().name.equals("BTreeSet")) {
      return null;
    }
    String name = byRef ? (((Ty.Ref) it).mutable() ? "iter_mut" : "iter") : "into_iter";
    FnSig.Def def = rustle.interp.std.DequeExtend.method(f, a.def(), name);
    FnCode code = f.c.code(def, a.args());
    Ty iterTy = Infer.shallow(f.sub(Subst.apply(def.ret, a.args())));
    Node v = f.exprs.value(iter);
    int size = f.size(inner);
    int tmp = byRef ? 0 : f.temp(it);
    return new ForCompiler.Source(iterTy, new MemNode(f.layout(iterTy).size) {
      @Override
      public void evalInto(Machine m, int fp, int dst) {
        long p = 0;
        if (byRef) {
          p = v.evalLong(m, fp);
        } else {
          v.evalInto(m, fp, fp + tmp);
        }
        int sp0 = m.sp;
        int nfp = m.pushFrame(code.frameSize);
        if (byRef) {
          m.mem.putLong(nfp + code.paramOffs[0], p);
        } else {
          m.mem.copy(fp + tmp, nfp + code.paramOffs[0], size);
        }
        code.callInto(m, nfp, dst);
        m.sp = sp0;
      }
    }, f.c.drops.of(iterTy) != null);
  }
}
