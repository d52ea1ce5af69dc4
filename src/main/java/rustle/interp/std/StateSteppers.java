package rustle.interp.std;

import java.util.List;
import rustle.check.Iterators;
import rustle.interp.FnCompiler;
import rustle.interp.drop.Dropper;
import rustle.interp.nodes.EnumAccess;
import rustle.interp.rt.Machine;
import rustle.types.Infer;
import rustle.types.Layout;
import rustle.types.Ty;

/**
 * Steppers of the adapters that keep state beside the inner iterator: scan (a state the closure
 * mutates), fuse (the inner iterator in an Option, dropped at its first None) and cycle (a copy of the
 * original to start again from), each as std's {@code next}.
 */
final class StateSteppers {
  private StateSteppers() {}

  /** The stepper of a, or null when a is none of these. */
  static Stepper of(FnCompiler f, Ty.Adt a, Layout l) {
    switch (a.def().name) {
      case "Scan": return scan(f, a.args(), l);
      case "Fuse": return fuse(f, a.args(), l);
      case "Cycle": return cycle(f, a.args(), l);
      default: return null;
    }
  }

  /** Scan { iter, f, state }: f(&mut state, item) gives Some(b) to yield, None to stop this step. */
  private static Stepper scan(FnCompiler f, List<Ty> args, Layout l) {
    Stepper in = Steppers.of(f, args.get(0));
    FnCaller call = new FnCaller(f, args.get(2), new Ty.Ref(args.get(1), true), AdapterSteppers.item(args.get(0)));
    Ty opt = f.sub(Iterators.fnRet(args.get(2)));
    Layout ol = f.layout(opt);
    EnumAccess acc = new EnumAccess(ol);
    int payload = ol.variantOffsets[1][0];
    int size = f.size(((Ty.Adt) Infer.shallow(opt)).args().get(0));
    int io = l.offsets[0];
    int fo = l.offsets[1];
    int so = l.offsets[2];
    return new Stepper() {
      @Override
      public boolean next(Machine m, int it, int dst) {
        int sp0 = m.sp;
        m.pushFrame(ol.size);
        int tmp = m.sp;
        int nfp = call.enter(m, it + fo);
        if (!in.next(m, it + io, call.arg(nfp, 1))) {
          m.sp = sp0;
          return false;
        }
        m.mem.putLong(call.arg(nfp, 0), it + so);
        call.call(m, nfp, tmp);
        boolean some = acc.variant(m.mem, tmp) == 1;
        if (some && size > 0) m.mem.copy(tmp + payload, dst, size);
        m.sp = sp0;
        return some;
      }
    };
  }

  /** Fuse { iter: Option<I> }: the inner iterator is dropped (set to None) when it first runs out. */
  private static Stepper fuse(FnCompiler f, List<Ty> args, Layout l) {
    Stepper in = Steppers.of(f, args.get(0));
    Layout ol = f.layout(f.c.program.items().option(args.get(0)));
    EnumAccess acc = new EnumAccess(ol);
    int at = l.offsets[0];
    int payload = ol.variantOffsets[1][0];
    Dropper drop = f.c.drops.of(args.get(0));
    return new Stepper() {
      @Override
      public boolean next(Machine m, int it, int dst) {
        if (acc.variant(m.mem, it + at) != 1) return false;
        if (in.next(m, it + at + payload, dst)) return true;
        if (drop != null) drop.drop(m, it + at + payload);
        acc.setVariant(m.mem, it + at, 0);
        return false;
      }
    };
  }

  /** Cycle { orig, iter }: when iter runs out it becomes a copy of orig (std's clone; IterCycleCk). */
  private static Stepper cycle(FnCompiler f, List<Ty> args, Layout l) {
    Stepper in = Steppers.of(f, args.get(0));
    int oo = l.offsets[0];
    int io = l.offsets[1];
    int size = f.size(args.get(0));
    return new Stepper() {
      @Override
      public boolean next(Machine m, int it, int dst) {
        if (in.next(m, it + io, dst)) return true;
        if (size > 0) m.mem.copy(it + oo, it + io, size);
        return in.next(m, it + io, dst);
      }
    };
  }
}
