package rustle.interp.std;

import rustle.ast.Span;
import rustle.interp.FnCompiler;
import rustle.interp.drop.Dropper;
import rustle.interp.nodes.EnumAccess;
import rustle.interp.rt.Machine;
import rustle.types.AdtDef;
import rustle.types.Infer;
import rustle.types.Layout;
import rustle.types.Ty;

/**
 * {@code collect} into {@code Result<Vec<T>, E>} or {@code Option<Vec<T>>}, as std's {@code try_process}
 * does it: the Vec is collected from a "shunt" over the items that yields each {@code Ok}/{@code Some}
 * payload and stops at the first {@code Err}/{@code None}, keeping the error; its size hint has a lower
 * bound of 0 (so the Vec grows as for any iterator of unknown length). On an error the Vec built so
 * far is dropped and the result is that error; the rest of the iterator is dropped by the caller.
 */
final class ShuntCollect {
  private final Stepper inner;
  private final SizeHint innerHint;
  private final boolean result;
  private final EnumAccess itemAcc;
  private final int okPayload;
  private final int errPayload;
  private final int tSize;
  private final int align;
  private final int eSize;
  private final VecFromIter fill;
  private final Dropper vecDrop;
  private final EnumAccess outAcc;
  private final int outOk;
  private final int outErr;
  private final Span site;

  private ShuntCollect(FnCompiler f, Ty.Adt target, Ty item, Stepper inner, SizeHint innerHint, Span site) {
    this.inner = inner;
    this.innerHint = innerHint;
    this.result = target.def().builtin == AdtDef.Builtin.RESULT;
    Layout il = f.layout(item);
    this.itemAcc = new EnumAccess(il);
    // Result: Ok is variant 0, Err 1; Option: None 0, Some 1 (the prelude's declaration order).
    this.okPayload = il.variantOffsets[result ? 0 : 1][0];
    this.errPayload = result ? il.variantOffsets[1][0] : 0;
    Ty.Adt vec = (Ty.Adt) Infer.shallow(f.sub(target.args().get(0)));
    Ty t = vec.args().get(0);
    this.tSize = f.size(t);
    this.eSize = result ? f.size(target.args().get(1)) : 0;
    this.align = Math.max(1, f.layout(t).align);
    this.fill = new VecFromIter(shunt(), hint(), tSize, align, site);
    this.vecDrop = f.c.drops.of(vec);
    Layout ol = f.layout(target);
    this.outAcc = new EnumAccess(ol);
    this.outOk = ol.variantOffsets[result ? 0 : 1][0];
    this.outErr = result ? ol.variantOffsets[1][0] : 0;
    this.site = site;
  }

  static ShuntCollect of(FnCompiler f, Ty.Adt target, Ty item, Stepper step, Ty.Adt it, Span site) {
    AdtDef.Builtin b = target.def().builtin;
    if (b != AdtDef.Builtin.RESULT && b != AdtDef.Builtin.OPTION) return null;
    return new ShuntCollect(f, target, Infer.shallow(f.sub(item)), step, SizeHints.of(f, it), site);
  }

  // The state of one collect: the scratch item (the inner iterator's Result/Option), whether an error
  // was met. Set before each fill, read by the shunt; never held across collects (a nested collect of
  // the same node would run inside an item's closure, after this one's shunt read its state).
  private int scratch;
  private boolean failed;

  private Stepper shunt() {
    return new Stepper() {
      @Override
      public boolean next(Machine m, int it, int dst) {
        if (failed || !inner.next(m, it, scratch)) return false;
        boolean ok = itemAcc.variant(m.mem, scratch) == (result ? 0 : 1);
        if (!ok) {
          failed = true;
          return false;
        }
        if (tSize > 0) m.mem.copy(scratch + okPayload, dst, tSize);
        return true;
      }
    };
  }

  private SizeHint hint() {
    return new SizeHint(false, false) {
      @Override
      long lower(Machine m, int it) {
        return 0;
      }

      @Override
      long upper(Machine m, int it) {
        return failed ? 0 : innerHint.upper(m, it);
      }
    };
  }

  /** Collects from the iterator at it into dst, with item and vec (24 bytes) as scratch slots. */
  void collect(Machine mc, int it, int item, int vec, int dst) {
    int savedScratch = scratch;
    boolean savedFailed = failed;
    scratch = item;
    failed = false;
    try {
      mc.heapTypes.initEmpty(vec, align);
      try {
        fill.fill(mc, it, item + okPayload, vec);
      } catch (RuntimeException e) {
        // A panic while collecting: the Vec built so far is dropped; dst was never written.
        throw vecDrop == null ? e : rustle.interp.drop.Unwind.leave(mc, e, vecDrop, vec);
      }
      if (failed) {
        if (vecDrop != null) vecDrop.drop(mc, vec);
        if (eSize > 0) mc.mem.copy(item + errPayload, dst + outErr, eSize);
        outAcc.setVariant(mc.mem, dst, result ? 1 : 0);
      } else {
        mc.mem.copy(vec, dst + outOk, 24);
        outAcc.setVariant(mc.mem, dst, result ? 0 : 1);
      }
    } finally {
      scratch = savedScratch;
      failed = savedFailed;
    }
  }
}
