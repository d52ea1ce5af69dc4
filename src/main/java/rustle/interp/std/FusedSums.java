package rustle.interp.std;

import java.util.List;
import rustle.ast.Span;
import rustle.interp.FnCompiler;
import rustle.interp.PatCompiler;
import rustle.interp.nodes.Arith;
import rustle.interp.rt.IntNode;
import rustle.interp.rt.Kind;
import rustle.interp.rt.Machine;
import rustle.interp.rt.MemNode;
import rustle.interp.rt.Panics;
import rustle.types.Infer;
import rustle.types.Layout;
import rustle.types.Ty;

/**
 * {@code sum} and {@code count} whose iterator is a {@code Map} or {@code Filter} adapter, run as one
 * loop over the adapter's inner iterator: the closure is called where the adapter's stepper would call
 * it, in the same order, over the same memory (the adapter struct in the consumer's frame slot), but
 * the mapped integer goes straight into the sum instead of through an item slot and one more
 * {@link Stepper#next} per item. Only for items without drop glue (nothing to drop on the way).
 */
final class FusedSums {
  private FusedSums() {}

  /** The fused node, or null when the shape does not fit (then the generic loop runs). */
  static IntNode of(FnCompiler f, String name, MemNode value, Ty.Adt it, Kind sumKind, int derefs, Span span) {
    String adapter = it.def().name;
    boolean map = adapter.equals("Map");
    if (!map && !adapter.equals("Filter")) return null;
    List<Ty> args = it.args();
    Ty innerItem = AdapterSteppers.item(args.get(0));
    if (f.c.drops.of(innerItem) != null || f.c.drops.of(it) != null) return null;
    Layout l = f.layout(it);
    Stepper in = Steppers.of(f, args.get(0));
    int io = l.offsets[0];
    int fo = l.offsets[1];
    int itTmp = f.temp(it);
    if (map) {
      if (!name.equals("sum") || derefs != 0) return null;
      Ty ret = Infer.shallow(f.sub(rustle.check.Iterators.fnRet(args.get(1))));
      if (Kind.of(ret) != sumKind) return null;
      FnCaller call = new FnCaller(f, args.get(1), innerItem);
      return new IntNode(sumKind) {
        @Override
        public long evalLong(Machine mc, int fp) {
          int at = fp + itTmp;
          value.evalInto(mc, fp, at);
          long s = 0;
          while (true) {
            int nfp = call.enter(mc, at + fo);
            if (!in.next(mc, at + io, call.arg(nfp, 0))) {
              mc.sp = nfp;
              return s;
            }
            s = add(s, call.callLong(mc, nfp), kind, span);
          }
        }
      };
    }
    int itemTmp = f.temp(innerItem);
    FnCaller call = new FnCaller(f, args.get(1), new Ty.Ref(innerItem, false));
    boolean count = name.equals("count");
    return new IntNode(count ? Kind.U64 : sumKind) {
      @Override
      public long evalLong(Machine mc, int fp) {
        int at = fp + itTmp;
        int item = fp + itemTmp;
        value.evalInto(mc, fp, at);
        long s = 0;
        while (in.next(mc, at + io, item)) {
          int nfp = call.enter(mc, at + fo);
          mc.mem.putLong(call.arg(nfp, 0), item);
          if (call.callLong(mc, nfp) == 0) continue;
          if (count) s++;
          else s = add(s, kind.load(mc.mem, PatCompiler.follow(mc, item, derefs)), kind, span);
        }
        return s;
      }
    };
  }

  /** The sum's checked addition (debug builds panic on overflow). */
  static long add(long s, long v, Kind k, Span span) {
    if (k == Kind.I64) {
      long t = s + v;
      if (((s ^ t) & (v ^ t)) < 0) throw Panics.overflow("add", span);
      return t;
    }
    return Arith.apply(Arith.Op.ADD, s, v, k, span);
  }
}
