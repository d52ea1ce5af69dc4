package rustle.interp.std;

import rustle.ast.Expr;
import rustle.interp.drop.Dropper;
import rustle.interp.nodes.EnumAccess;
import rustle.interp.rt.IntNode;
import rustle.interp.rt.Machine;
import rustle.interp.rt.MemNode;
import rustle.types.Infer;
import rustle.types.Layout;
import rustle.types.Ty;

/**
 * The iterator methods taking {@code &mut self}: any, all, position, find, find_map, nth, peek. They
 * step the iterator where it is (a local, or a temporary) and stop early, leaving the rest for later
 * calls; the items they pass over are dropped.
 */
final class MutConsumers {
  private MutConsumers() {}

  static MemNode compile(IterConsumers.Ctx c, Expr.MethodCall m, String name, IntNode ptr, Ty ret, Layout rl, Ty.Adt it) {
    var f = c.f;
    int itemTmp = f.temp(c.item);
    Dropper itemDrop = f.c.drops.of(c.item);
    EnumAccess acc = rl.variantOffsets != null ? new EnumAccess(rl) : null;
    int payload = acc == null ? 0 : rl.variantOffsets[1][0];
    switch (name) {
      case "rposition": {
        // std's: from the back, counting down from the exact length (checked ExactSize + DoubleEnded).
        FnCaller call = c.caller(c.item);
        SizeHint hint = SizeHints.of(f, it);
        return new MemNode(rl.size) {
          @Override
          public void evalInto(Machine mc, int fp, int dst) {
            int p = (int) ptr.evalLong(mc, fp);
            c.fn.evalInto(mc, fp, fp + c.fnTmp);
            long i = hint.lower(mc, p);
            boolean hit = false;
            while (true) {
              int nfp = call.enter(mc, fp + c.fnTmp);
              if (!c.step.nextBack(mc, p, call.arg(nfp, 0))) {
                mc.sp = nfp;
                break;
              }
              i--;
              if (call.callLong(mc, nfp) != 0) {
                hit = true;
                break;
              }
            }
            if (c.fnDrop != null) c.fnDrop.drop(mc, fp + c.fnTmp);
            if (hit) mc.mem.putLong(dst + payload, i);
            acc.setVariant(mc.mem, dst, hit ? 1 : 0);
          }
        };
      }
      case "any":
      case "all":
      case "position": {
        boolean all = name.equals("all");
        boolean pos = name.equals("position");
        FnCaller call = c.caller(c.item);
        return new MemNode(rl.size) {
          @Override
          public void evalInto(Machine mc, int fp, int dst) {
            int p = (int) ptr.evalLong(mc, fp);
            c.fn.evalInto(mc, fp, fp + c.fnTmp);
            long i = 0;
            boolean hit = false;
            while (true) {
              int nfp = call.enter(mc, fp + c.fnTmp);
              if (!c.step.next(mc, p, call.arg(nfp, 0))) {
                mc.sp = nfp;
                break;
              }
              boolean t = call.callLong(mc, nfp) != 0;
              if (all ? !t : t) {
                hit = true;
                break;
              }
              i++;
            }
            if (c.fnDrop != null) c.fnDrop.drop(mc, fp + c.fnTmp);
            if (pos) {
              if (hit) mc.mem.putLong(dst + payload, i);
              acc.setVariant(mc.mem, dst, hit ? 1 : 0);
            } else {
              mc.mem.putByte(dst, (byte) (all != hit ? 1 : 0));
            }
          }
        };
      }
      case "find": {
        FnCaller call = c.caller(new Ty.Ref(c.item, false));
        return new MemNode(rl.size) {
          @Override
          public void evalInto(Machine mc, int fp, int dst) {
            int p = (int) ptr.evalLong(mc, fp);
            c.fn.evalInto(mc, fp, fp + c.fnTmp);
            boolean hit = false;
            while (c.step.next(mc, p, fp + itemTmp)) {
              int nfp = call.enter(mc, fp + c.fnTmp);
              mc.mem.putLong(call.arg(nfp, 0), fp + itemTmp);
              if (call.callLong(mc, nfp) != 0) {
                hit = true;
                break;
              }
              if (itemDrop != null) itemDrop.drop(mc, fp + itemTmp);
            }
            if (c.fnDrop != null) c.fnDrop.drop(mc, fp + c.fnTmp);
            if (hit) mc.mem.copy(fp + itemTmp, dst + payload, c.itemSize);
            acc.setVariant(mc.mem, dst, hit ? 1 : 0);
          }
        };
      }
      case "find_map": {
        FnCaller call = c.caller(c.item);
        return new MemNode(rl.size) {
          @Override
          public void evalInto(Machine mc, int fp, int dst) {
            int p = (int) ptr.evalLong(mc, fp);
            c.fn.evalInto(mc, fp, fp + c.fnTmp);
            acc.setVariant(mc.mem, dst, 0);
            while (true) {
              int nfp = call.enter(mc, fp + c.fnTmp);
              if (!c.step.next(mc, p, call.arg(nfp, 0))) {
                mc.sp = nfp;
                break;
              }
              call.call(mc, nfp, dst);
              if (acc.variant(mc.mem, dst) == 1) break;
            }
            if (c.fnDrop != null) c.fnDrop.drop(mc, fp + c.fnTmp);
          }
        };
      }
      case "nth": {
        IntNode n = f.exprs.intVal(m.args().get(0));
        return new MemNode(rl.size) {
          @Override
          public void evalInto(Machine mc, int fp, int dst) {
            int p = (int) ptr.evalLong(mc, fp);
            long k = n.evalLong(mc, fp);
            boolean got = false;
            for (long i = 0; i <= k; i++) {
              got = c.step.next(mc, p, dst + payload);
              if (!got) break;
              if (i < k && itemDrop != null) itemDrop.drop(mc, dst + payload);
            }
            acc.setVariant(mc.mem, dst, got ? 1 : 0);
          }
        };
      }
      case "peek": {
        FlatSteppers.Peeked pk = new FlatSteppers.Peeked(f, (Ty.Adt) Infer.shallow(it), f.layout(it));
        Stepper inner = Steppers.of(f, it.args().get(0));
        return new MemNode(rl.size) {
          @Override
          public void evalInto(Machine mc, int fp, int dst) {
            int p = (int) ptr.evalLong(mc, fp);
            int slot = p + pk.peeked;
            if (pk.outer.variant(mc.mem, slot) != 1) {
              boolean got = inner.next(mc, p + pk.iter, slot + pk.innerAt + pk.valueAt);
              pk.inner.setVariant(mc.mem, slot + pk.innerAt, got ? 1 : 0);
              pk.outer.setVariant(mc.mem, slot, 1);
            }
            boolean some = pk.inner.variant(mc.mem, slot + pk.innerAt) == 1;
            if (some) mc.mem.putLong(dst + payload, slot + pk.innerAt + pk.valueAt);
            acc.setVariant(mc.mem, dst, some ? 1 : 0);
          }
        };
      }
      default:
        throw new IllegalStateException("no native " + name);
    }
  }
}
