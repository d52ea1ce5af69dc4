package rustle.interp.std;

import java.util.List;
import rustle.check.Iterators;
import rustle.interp.FnCompiler;
import rustle.interp.drop.CloneGlue;
import rustle.interp.drop.Dropper;
import rustle.interp.nodes.EnumAccess;
import rustle.interp.rt.Machine;
import rustle.types.Infer;
import rustle.types.Layout;
import rustle.types.Ty;

/**
 * Steppers of the adapters that call closures or combine iterators: map, filter, filter_map,
 * take_while, skip_while, inspect, zip, chain, cloned, copied. Each works on the adapter struct in
 * memory (inner iterator, then the closure's captures) and calls the closure through {@link FnCaller},
 * passing the inner iterator's item straight into the closure's parameter slot.
 */
final class AdapterSteppers {
  private AdapterSteppers() {}

  static Stepper of(FnCompiler f, Ty.Adt a, Layout l) {
    List<Ty> args = a.args();
    String name = a.def().name;
    switch (name) {
      case "Map": return map(f, args, l);
      case "Filter":
      case "TakeWhile":
      case "SkipWhile":
        return predicate(f, name, args, l);
      case "Inspect": return inspect(f, args, l);
      case "FilterMap": return filterMap(f, args, l);
      case "Zip": return zip(f, args, l);
      case "Chain": return chain(f, args, l);
      case "Cloned":
      case "Copied":
        return cloned(f, name.equals("Cloned"), a, l);
      default: {
        Stepper st = StateSteppers.of(f, a, l);
        return st != null ? st : FlatSteppers.of(f, a, l);
      }
    }
  }

  static Ty item(Ty iter) {
    return Iterators.itemOf((Ty.Adt) Infer.shallow(iter), null);
  }

  private static Stepper map(FnCompiler f, List<Ty> args, Layout l) {
    Stepper in = Steppers.of(f, args.get(0));
    FnCaller call = new FnCaller(f, args.get(1), item(args.get(0)));
    int io = l.offsets[0];
    int fo = l.offsets[1];
    return new Stepper() {
      @Override
      public boolean next(Machine m, int it, int dst) {
        int nfp = call.enter(m, it + fo);
        if (!in.next(m, it + io, call.arg(nfp, 0))) {
          m.sp = nfp;
          return false;
        }
        call.call(m, nfp, dst);
        return true;
      }

      @Override
      public boolean nextBack(Machine m, int it, int dst) {
        int nfp = call.enter(m, it + fo);
        if (!in.nextBack(m, it + io, call.arg(nfp, 0))) {
          m.sp = nfp;
          return false;
        }
        call.call(m, nfp, dst);
        return true;
      }
    };
  }

  /** filter, take_while, skip_while: a predicate over {@code &item}; a rejected item is dropped. */
  private static Stepper predicate(FnCompiler f, String name, List<Ty> args, Layout l) {
    Stepper in = Steppers.of(f, args.get(0));
    Ty item = item(args.get(0));
    Dropper drop = f.c.drops.of(item);
    boolean filter = name.equals("Filter");
    boolean take = name.equals("TakeWhile");
    int io = l.offsets[0];
    int flag = filter ? 0 : l.offsets[1];
    int po = l.offsets[filter ? 1 : 2];
    FnCaller call = new FnCaller(f, args.get(1), new Ty.Ref(item, false));
    return new Stepper() {
      boolean test(Machine m, int it, int dst) {
        int nfp = call.enter(m, it + po);
        m.mem.putLong(call.arg(nfp, 0), dst);
        return call.callLong(m, nfp) != 0;
      }

      @Override
      public boolean next(Machine m, int it, int dst) {
        if (take) {
          if (m.mem.getByte(it + flag) != 0 || !in.next(m, it + io, dst)) return false;
          if (test(m, it, dst)) return true;
          m.mem.putByte(it + flag, (byte) 1);
          if (drop != null) drop.drop(m, dst);
          return false;
        }
        while (in.next(m, it + io, dst)) {
          if (!filter && m.mem.getByte(it + flag) != 0) return true;
          boolean t = test(m, it, dst);
          if (filter ? t : !t) {
            if (!filter) m.mem.putByte(it + flag, (byte) 1);
            return true;
          }
          if (drop != null) drop.drop(m, dst);
        }
        return false;
      }

      @Override
      public boolean nextBack(Machine m, int it, int dst) {
        if (!filter) return super.nextBack(m, it, dst);
        while (in.nextBack(m, it + io, dst)) {
          if (test(m, it, dst)) return true;
          if (drop != null) drop.drop(m, dst);
        }
        return false;
      }
    };
  }

  private static Stepper inspect(FnCompiler f, List<Ty> args, Layout l) {
    Stepper in = Steppers.of(f, args.get(0));
    int io = l.offsets[0];
    int fo = l.offsets[1];
    FnCaller call = new FnCaller(f, args.get(1), new Ty.Ref(item(args.get(0)), false));
    return new Stepper() {
      @Override
      public boolean next(Machine m, int it, int dst) {
        if (!in.next(m, it + io, dst)) return false;
        int nfp = call.enter(m, it + fo);
        m.mem.putLong(call.arg(nfp, 0), dst);
        call.call(m, nfp, dst);
        return true;
      }
    };
  }

  private static Stepper filterMap(FnCompiler f, List<Ty> args, Layout l) {
    Stepper in = Steppers.of(f, args.get(0));
    FnCaller call = new FnCaller(f, args.get(1), item(args.get(0)));
    Ty opt = f.sub(Iterators.fnRet(args.get(1)));
    Layout ol = f.layout(opt);
    EnumAccess acc = new EnumAccess(ol);
    int payload = ol.variantOffsets[1][0];
    int size = f.size(((Ty.Adt) Infer.shallow(opt)).args().get(0));
    int io = l.offsets[0];
    int fo = l.offsets[1];
    return new Stepper() {
      @Override
      public boolean next(Machine m, int it, int dst) {
        int sp0 = m.sp;
        m.pushFrame(ol.size);
        int tmp = m.sp;
        while (true) {
          int nfp = call.enter(m, it + fo);
          if (!in.next(m, it + io, call.arg(nfp, 0))) {
            m.sp = sp0;
            return false;
          }
          call.call(m, nfp, tmp);
          if (acc.variant(m.mem, tmp) == 1) {
            m.mem.copy(tmp + payload, dst, size);
            m.sp = sp0;
            return true;
          }
        }
      }
    };
  }

  private static Stepper zip(FnCompiler f, List<Ty> args, Layout l) {
    Stepper sa = Steppers.of(f, args.get(0));
    Stepper sb = Steppers.of(f, args.get(1));
    Ty ia = item(args.get(0));
    Layout tl = f.layout(new Ty.Tuple(List.of(ia, item(args.get(1)))));
    Dropper dropA = f.c.drops.of(ia);
    int ao = l.offsets[0];
    int bo = l.offsets[1];
    int x = tl.offsets[0];
    int y = tl.offsets[1];
    return new Stepper() {
      @Override
      public boolean next(Machine m, int it, int dst) {
        if (!sa.next(m, it + ao, dst + x)) return false;
        if (sb.next(m, it + bo, dst + y)) return true;
        if (dropA != null) dropA.drop(m, dst + x);
        return false;
      }
    };
  }

  /** Chain { a: Option<A>, b: Option<B> }: a runs first and is dropped (set to None) when exhausted. */
  private static Stepper chain(FnCompiler f, List<Ty> args, Layout l) {
    Stepper sa = Steppers.of(f, args.get(0));
    Stepper sb = Steppers.of(f, args.get(1));
    Layout la = f.layout(f.c.program.items().option(args.get(0)));
    Layout lb = f.layout(f.c.program.items().option(args.get(1)));
    EnumAccess accA = new EnumAccess(la);
    EnumAccess accB = new EnumAccess(lb);
    Dropper dropA = f.c.drops.of(args.get(0));
    Dropper dropB = f.c.drops.of(args.get(1));
    int ao = l.offsets[0];
    int bo = l.offsets[1];
    int pa = la.variantOffsets[1][0];
    int pb = lb.variantOffsets[1][0];
    return new Stepper() {
      @Override
      public boolean next(Machine m, int it, int dst) {
        if (accA.variant(m.mem, it + ao) == 1) {
          if (sa.next(m, it + ao + pa, dst)) return true;
          if (dropA != null) dropA.drop(m, it + ao + pa);
          accA.setVariant(m.mem, it + ao, 0);
        }
        return accB.variant(m.mem, it + bo) == 1 && sb.next(m, it + bo + pb, dst);
      }

      @Override
      public boolean nextBack(Machine m, int it, int dst) {
        if (accB.variant(m.mem, it + bo) == 1) {
          if (sb.nextBack(m, it + bo + pb, dst)) return true;
          if (dropB != null) dropB.drop(m, it + bo + pb);
          accB.setVariant(m.mem, it + bo, 0);
        }
        return accA.variant(m.mem, it + ao) == 1 && sa.nextBack(m, it + ao + pa, dst);
      }
    };
  }

  private static Stepper cloned(FnCompiler f, boolean clone, Ty.Adt a, Layout l) {
    Stepper in = Steppers.of(f, a.args().get(0));
    Ty t = Iterators.itemOf(a, null);
    int size = f.size(t);
    CloneGlue g = clone ? CloneGlue.of(f, Infer.shallow(f.sub(t)), rustle.ast.Span.NONE) : null;
    int io = l.offsets[0];
    return new Stepper() {
      private boolean copy(Machine m, int dst, boolean back, int it) {
        // The reference is stepped into a scratch word, then the value it points to goes to dst.
        int sp0 = m.sp;
        m.pushFrame(8);
        int tmp = m.sp;
        boolean got = back ? in.nextBack(m, it + io, tmp) : in.next(m, it + io, tmp);
        if (got) {
          int p = (int) m.mem.getLong(tmp);
          if (g != null) g.clone(m, p, dst);
          else m.mem.copy(p, dst, size);
        }
        m.sp = sp0;
        return got;
      }

      @Override
      public boolean next(Machine m, int it, int dst) {
        return copy(m, dst, false, it);
      }

      @Override
      public boolean nextBack(Machine m, int it, int dst) {
        return copy(m, dst, true, it);
      }
    };
  }
}
