package rustle.interp.std;

import java.util.List;
import rustle.ast.Expr;
import rustle.ast.Span;
import rustle.check.ImplDef;
import rustle.check.Iterators;
import rustle.interp.Callees;
import rustle.interp.ExprCompiler;
import rustle.interp.ExprCompilerAccess;
import rustle.interp.FnCompiler;
import rustle.interp.drop.Dropper;
import rustle.interp.drop.Unwind;
import rustle.interp.rt.FnCode;
import rustle.interp.rt.IntNode;
import rustle.interp.rt.Machine;
import rustle.interp.rt.MemNode;
import rustle.interp.rt.Node;
import rustle.interp.rt.RustPanic;
import rustle.types.AdtDef;
import rustle.types.FnSig;
import rustle.types.Infer;
import rustle.types.Layout;
import rustle.types.Ty;

/**
 * {@code VecDeque::extend}, sized as std's {@code spec_extend}: a TrustedLen iterator reserves its upper
 * bound once; any other reserves {@code lower + 1} whenever the ring is full. Each item goes in through
 * the prelude's {@code push_back} (items {@code &T} of a Copy T are copied out first). BTreeMap's and
 * BTreeSet's extend insert each item through the prelude's {@code insert}, as std's do.
 */
public final class DequeExtend {
  private DequeExtend() {}

  static Node compile(FnCompiler f, Expr.MethodCall m, Node recv, Ty.Adt self) {
    IntNode target = ExprCompiler.asInt(recv, new Ty.Ref(self, true));
    Callees.IntoIter src = Callees.intoIterTyped(f, m.args().get(0));
    Ty.Adt it = (Ty.Adt) Infer.shallow(f.sub(src.iterTy()));
    MemNode value = (MemNode) ExprCompilerAccess.mem(src.init(), f.size(it));
    Stepper step = Steppers.of(f, it);
    SizeHint hint = SizeHints.of(f, it);
    Ty item = Infer.shallow(f.sub(Iterators.itemOf(it, null)));
    Ty elem = Infer.shallow(f.sub(self.args().get(0)));
    boolean byRef = item instanceof Ty.Ref && !item.equals(elem);
    int esize = f.size(elem);
    int itTmp = f.temp(it);
    int itemTmp = f.temp(item);
    Dropper fin = f.c.drops.of(it);
    // A BTreeMap or BTreeSet inserts each item (std's extend: insert one by one); a VecDeque reserves.
    boolean btree = BTreeKeys.isBTree(self);
    boolean pairs = btree && self.def().name.equals("BTreeMap");
    FnCode reserve = btree ? null : f.c.code(method(f, self.def(), "reserve"), self.args());
    FnCode push = f.c.code(method(f, self.def(), btree ? "insert" : "push_back"), self.args());
    Ty retTy = Infer.shallow(f.sub(rustle.types.Subst.apply(push.def.ret, self.args())));
    Dropper returned = btree ? f.c.drops.of(retTy) : null;
    int retTmp = btree ? f.temp(retTy) : 0;
    boolean intRet = rustle.interp.rt.Rep.of(retTy) == rustle.interp.rt.Rep.INT;
    int[] pairOffs = pairs ? f.layout(item).offsets : null;
    int ksize = pairs ? f.size(self.args().get(0)) : 0;
    int vsize = pairs ? f.size(self.args().get(1)) : 0;
    Layout l = f.layout(self);
    int bufOff = l.offsets[0];
    int lenOff = bufOff + rustle.memory.HeapTypes.LEN;
    Span site = m.span();
    return new MemNode(0) {
      @Override
      public void evalInto(Machine mc, int fp, int dst) {
        int d = (int) target.evalLong(mc, fp);
        value.evalInto(mc, fp, fp + itTmp);
        int itp = fp + itTmp;
        int x = fp + itemTmp;
        try {
          if (btree) {
            while (step.next(mc, itp, x)) {
              int sp0 = mc.sp;
              int nfp = mc.pushFrame(push.frameSize);
              mc.mem.putLong(nfp + push.paramOffs[0], d);
              if (pairs) {
                if (ksize > 0) mc.mem.copy(x + pairOffs[0], nfp + push.paramOffs[1], ksize);
                if (vsize > 0) mc.mem.copy(x + pairOffs[1], nfp + push.paramOffs[2], vsize);
              } else if (esize > 0) {
                mc.mem.copy(x, nfp + push.paramOffs[1], esize);
              }
              // insert's result (the old value of a map, a bool of a set) is dropped.
              if (intRet) push.callLong(mc, nfp);
              else push.callInto(mc, nfp, fp + retTmp);
              mc.sp = sp0;
              if (returned != null) returned.drop(mc, fp + retTmp);
            }
          } else if (hint.trusted) {
            long upper = hint.upper(mc, itp);
            if (upper == SizeHint.NONE) throw new RustPanic("capacity overflow", site);
            call(mc, reserve, d, upper);
          }
          while (step.next(mc, itp, x)) {
            if (!hint.trusted && esize > 0
                && mc.mem.getLong(d + lenOff) == mc.mem.getLong(d + bufOff + rustle.memory.HeapTypes.CAP)) {
              call(mc, reserve, d, SizeHint.saturatingAdd(hint.lower(mc, itp), 1));
            }
            int sp0 = mc.sp;
            int nfp = mc.pushFrame(push.frameSize);
            mc.mem.putLong(nfp + push.paramOffs[0], d);
            if (esize > 0) mc.mem.copy(byRef ? (int) mc.mem.getLong(x) : x, nfp + push.paramOffs[1], esize);
            push.callInto(mc, nfp, 0);
            mc.sp = sp0;
          }
        } catch (RuntimeException e) {
          throw fin == null ? e : Unwind.leave(mc, e, fin, itp);
        }
        if (fin != null) fin.drop(mc, itp);
      }

      @Override
      public int exec(Machine mc, int fp) {
        evalInto(mc, fp, 0);
        return NORMAL;
      }
    };
  }

  private static void call(Machine mc, FnCode reserve, int d, long n) {
    int sp0 = mc.sp;
    int nfp = mc.pushFrame(reserve.frameSize);
    mc.mem.putLong(nfp + reserve.paramOffs[0], d);
    mc.mem.putLong(nfp + reserve.paramOffs[1], n);
    reserve.callInto(mc, nfp, 0);
    mc.sp = sp0;
  }

  /** The prelude's inherent method name of the ADT def (VecDeque's, written in Rust there). */
  public static FnSig.Def method(FnCompiler f, AdtDef def, String name) {
    for (ImplDef impl : f.c.program.items().impls) {
      if (impl.trait == null && impl.selfTy instanceof Ty.Adt s && s.def() == def && impl.methods.containsKey(name)) {
        return impl.methods.get(name);
      }
    }
    throw new IllegalStateException("prelude method " + def.name + "::" + name);
  }
}
