package rustle.interp.std;

import rustle.interp.FnCompiler;
import rustle.interp.drop.Dropper;
import rustle.interp.drop.Unwind;
import rustle.interp.nodes.EnumAccess;
import rustle.interp.rt.Machine;
import rustle.interp.rt.MemNode;
import rustle.types.Layout;

/**
 * {@code reduce} (the first item, then a fold over the rest) and {@code partition} into two
 * {@code Vec}s (each item pushed, as std's {@code extend_one} pushes, to the left when the predicate
 * holds; {@code &T} items of a {@code Vec<T>} with {@code T: Copy} are copied out, as its
 * {@code Extend<&T>} does). Who owns what when a closure panics: an item handed to {@code reduce}'s closure is the
 * callee's; the accumulator between calls, the item {@code partition}'s predicate looks at, and both
 * Vecs are the consumer's, dropped while unwinding.
 */
final class FoldConsumers {
  private FoldConsumers() {}

  static MemNode reduce(IterConsumers.Ctx c, IterConsumers.Owned o, Layout rl) {
    FnCaller call = c.caller(c.item, c.item);
    Dropper itemDrop = c.f.c.drops.of(c.item);
    EnumAccess acc = new EnumAccess(rl);
    int payload = rl.variantOffsets[1][0];
    return new MemNode(rl.size) {
      @Override
      public void evalInto(Machine mc, int fp, int dst) {
        o.start(mc, fp);
        int a = dst + payload;
        boolean held = false;
        try {
          held = c.step.next(mc, fp + o.itTmp, a);
          while (held) {
            int nfp = call.enter(mc, fp + c.fnTmp);
            if (!c.step.next(mc, fp + o.itTmp, call.arg(nfp, 1))) {
              mc.sp = nfp;
              break;
            }
            call.copyArg(mc, nfp, 0, a);
            held = false;
            call.call(mc, nfp, a);
            held = true;
          }
        } catch (RuntimeException e) {
          if (held && itemDrop != null) e = Unwind.leave(mc, e, itemDrop, a);
          throw o.unwind(mc, fp, e);
        }
        acc.setVariant(mc.mem, dst, held ? 1 : 0);
        o.finish(mc, fp);
      }
    };
  }

  static MemNode partition(IterConsumers.Ctx c, IterConsumers.Owned o, Layout rl, rustle.types.Ty vecTy) {
    FnCompiler f = c.f;
    FnCaller call = c.caller(new rustle.types.Ty.Ref(c.item, false));
    int itemTmp = f.temp(c.item);
    int testTmp = f.frame.alloc(1, 1);
    Dropper itemDrop = f.c.drops.of(c.item);
    Dropper vecDrop = f.c.drops.of(vecTy);
    int left = rl.offsets[0];
    int right = rl.offsets[1];
    // Vec<T> extended by &T items (T: Copy) copies each referent.
    rustle.types.Ty elem = ((rustle.types.Ty.Adt) rustle.types.Infer.shallow(vecTy)).args().get(0);
    boolean deref = !rustle.types.Infer.shallow(f.sub(elem)).equals(rustle.types.Infer.shallow(f.sub(c.item)));
    int elemSize = f.size(elem);
    int align = Math.max(1, f.layout(elem).align);
    return new MemNode(rl.size) {
      @Override
      public void evalInto(Machine mc, int fp, int dst) {
        o.start(mc, fp);
        mc.heapTypes.initEmpty(dst + left, align);
        mc.heapTypes.initEmpty(dst + right, align);
        boolean held = false;
        try {
          while (c.step.next(mc, fp + o.itTmp, fp + itemTmp)) {
            held = true;
            int nfp = call.enter(mc, fp + c.fnTmp);
            mc.mem.putLong(call.arg(nfp, 0), fp + itemTmp);
            call.call(mc, nfp, fp + testTmp);
            int v = dst + (mc.mem.getByte(fp + testTmp) != 0 ? left : right);
            int slot = mc.heapTypes.pushSlot(v, elemSize, align, c.span);
            int from = deref ? (int) mc.mem.getLong(fp + itemTmp) : fp + itemTmp;
            if (elemSize > 0) mc.mem.copy(from, slot, elemSize);
            held = false;
          }
        } catch (RuntimeException e) {
          if (held && itemDrop != null) e = Unwind.leave(mc, e, itemDrop, fp + itemTmp);
          if (vecDrop != null) {
            e = Unwind.leave(mc, e, vecDrop, dst + left);
            e = Unwind.leave(mc, e, vecDrop, dst + right);
          }
          throw o.unwind(mc, fp, e);
        }
        o.finish(mc, fp);
      }
    };
  }

  /**
   * unzip into two Vecs as std's {@code Extend for (A, B)}: both reserve the iterator's lower bound (when
   * not 0), then each item's halves are pushed. The Vecs are the consumer's, dropped while unwinding.
   */
  static MemNode unzip(IterConsumers.Ctx c, IterConsumers.Owned o, Layout rl, rustle.types.Ty.Tuple pair,
      rustle.types.Ty.Adt it) {
    FnCompiler f = c.f;
    int itemTmp = f.temp(c.item);
    Layout il = f.layout(c.item);
    SizeHint hint = SizeHints.of(f, it);
    rustle.types.Ty[] elems = new rustle.types.Ty[2];
    int[] sizes = new int[2];
    int[] aligns = new int[2];
    Dropper[] drops = new Dropper[2];
    for (int i = 0; i < 2; i++) {
      elems[i] = ((rustle.types.Ty.Adt) rustle.types.Infer.shallow(pair.elems().get(i))).args().get(0);
      sizes[i] = f.size(elems[i]);
      aligns[i] = Math.max(1, f.layout(elems[i]).align);
      drops[i] = f.c.drops.of(pair.elems().get(i));
    }
    int[] vecs = {rl.offsets[0], rl.offsets[1]};
    int[] halves = {il.offsets[0], il.offsets[1]};
    return new MemNode(rl.size) {
      @Override
      public void evalInto(Machine mc, int fp, int dst) {
        o.start(mc, fp);
        for (int i = 0; i < 2; i++) mc.heapTypes.initEmpty(dst + vecs[i], aligns[i]);
        try {
          long lower = hint == null ? 0 : hint.lower(mc, fp + o.itTmp);
          if (lower != 0) {
            for (int i = 0; i < 2; i++) mc.heapTypes.reserve(dst + vecs[i], lower, sizes[i], aligns[i], c.span);
          }
          while (c.step.next(mc, fp + o.itTmp, fp + itemTmp)) {
            for (int i = 0; i < 2; i++) {
              int slot = mc.heapTypes.pushSlot(dst + vecs[i], sizes[i], aligns[i], c.span);
              if (sizes[i] > 0) mc.mem.copy(fp + itemTmp + halves[i], slot, sizes[i]);
            }
          }
        } catch (RuntimeException e) {
          for (int i = 0; i < 2; i++) {
            if (drops[i] != null) e = Unwind.leave(mc, e, drops[i], dst + vecs[i]);
          }
          throw o.unwind(mc, fp, e);
        }
        o.finish(mc, fp);
      }
    };
  }
}
