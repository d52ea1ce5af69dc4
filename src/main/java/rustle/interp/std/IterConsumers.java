package rustle.interp.std;

import rustle.ast.Expr;
import rustle.ast.Span;
import rustle.check.Iterators;
import rustle.interp.ExprCompilerAccess;
import rustle.interp.FnCompiler;
import rustle.interp.drop.Dropper;
import rustle.interp.drop.Unwind;
import rustle.interp.nodes.EnumAccess;
import rustle.interp.nodes.Equality;
import rustle.interp.rt.Machine;
import rustle.interp.rt.MemNode;
import rustle.interp.rt.Node;
import rustle.types.Infer;
import rustle.types.Layout;
import rustle.types.Ty;

/**
 * The iterator methods that run a closure over the items: fold, for_each, max_by_key, min_by_key, max_by, min_by
 * (consuming the iterator, which they own in a frame slot and drop at the end), and any, all, find,
 * position, find_map, nth, peek (through {@code &mut self}, leaving the iterator where it is).
 * Each writes its result to memory; scalar results are read back from a frame slot.
 */
final class IterConsumers {
  private IterConsumers() {}

  static final java.util.Set<String> NAMES = java.util.Set.of("fold", "for_each", "max_by_key", "min_by_key",
      "max_by", "min_by", "any", "all", "find", "position", "rposition", "find_map", "nth", "peek", "collect", "product",
      "reduce", "partition", "unzip");

  /** The shared parts: the iterator's stepper and item, the closure in a frame slot. */
  static final class Ctx {
    final FnCompiler f;
    final Stepper step;
    final Ty item;
    final int itemSize;
    final MemNode fn;
    final int fnTmp;
    final Dropper fnDrop;
    final Span span;

    Ctx(FnCompiler f, Expr.MethodCall m, Ty.Adt it, int fnArg) {
      this.f = f;
      this.step = Steppers.of(f, it);
      this.item = Iterators.itemOf(it, null);
      this.itemSize = f.size(item);
      this.span = m.span();
      if (fnArg >= 0) {
        Ty ft = f.ty(m.args().get(fnArg));
        fn = (MemNode) ExprCompilerAccess.mem(f.exprs.value(m.args().get(fnArg)), f.size(ft));
        fnTmp = f.temp(ft);
        fnDrop = f.c.drops.of(ft);
      } else {
        fn = null;
        fnTmp = 0;
        fnDrop = null;
      }
    }

    FnCaller caller(Ty... params) {
      return new FnCaller(f, f.ty(fnExpr), params);
    }

    Expr fnExpr;
  }

  static Node compile(FnCompiler f, Expr.MethodCall m, String name, Node recv, Ty ret, Ty.Adt it) {
    MemNode body;
    switch (name) {
      case "collect":
        body = Collect.compile(f, m, recv, ret, it);
        break;
      case "product":
        return Collect.product(f, m, recv, ret, it);
      default:
        body = closureConsumer(f, m, name, recv, ret, it);
        break;
    }
    return wrap(f, body, ret);
  }

  static Node wrap(FnCompiler f, MemNode body, Ty ret) {
    Ty r = Infer.shallow(ret);
    if (rustle.interp.rt.Kind.of(r) != null) return new rustle.interp.nodes.Control.MemAsScalar(body, f.temp(r), rustle.interp.rt.Kind.of(r));
    return body;
  }

  private static MemNode closureConsumer(FnCompiler f, Expr.MethodCall m, String name, Node recv, Ty ret, Ty.Adt it) {
    boolean hasFn = !name.equals("nth") && !name.equals("peek") && !name.equals("unzip");
    int fnArg = name.equals("fold") ? 1 : hasFn ? 0 : -1;
    Ctx c = new Ctx(f, m, it, fnArg);
    if (fnArg >= 0) c.fnExpr = m.args().get(fnArg);
    Layout rl = f.layout(ret);
    switch (name) {
      case "any":
      case "all":
      case "position":
      case "rposition":
      case "find":
      case "find_map":
      case "nth":
      case "peek":
        return MutConsumers.compile(c, m, name, rustle.interp.ExprCompiler.asInt(recv, new Ty.Ref(it, true)), ret, rl, it);
      default:
        break;
    }
    MemNode value = (MemNode) ExprCompilerAccess.mem(recv, f.size(it));
    int itTmp = f.temp(it);
    Dropper fin = f.c.drops.of(it);
    Owned o = new Owned(value, itTmp, fin, c);
    switch (name) {
      case "fold": {
        MemNode init = (MemNode) ExprCompilerAccess.mem(f.exprs.value(m.args().get(0)), rl.size);
        FnCaller call = c.caller(ret, c.item);
        return new MemNode(rl.size) {
          @Override
          public void evalInto(Machine mc, int fp, int dst) {
            // Receiver, then the initial value, then the closure: Rust's evaluation order.
            o.value.evalInto(mc, fp, fp + itTmp);
            init.evalInto(mc, fp, dst);
            c.fn.evalInto(mc, fp, fp + c.fnTmp);
            try {
              while (true) {
                int nfp = call.enter(mc, fp + c.fnTmp);
                if (!c.step.next(mc, fp + itTmp, call.arg(nfp, 1))) {
                  mc.sp = nfp;
                  break;
                }
                call.copyArg(mc, nfp, 0, dst);
                call.call(mc, nfp, dst);
              }
            } catch (RuntimeException e) {
              throw o.unwind(mc, fp, e);
            }
            o.finish(mc, fp);
          }
        };
      }
      case "for_each": {
        FnCaller call = c.caller(c.item);
        return new MemNode(0) {
          @Override
          public void evalInto(Machine mc, int fp, int dst) {
            o.start(mc, fp);
            try {
              while (true) {
                int nfp = call.enter(mc, fp + c.fnTmp);
                if (!c.step.next(mc, fp + itTmp, call.arg(nfp, 0))) {
                  mc.sp = nfp;
                  break;
                }
                call.call(mc, nfp, 0);
              }
            } catch (RuntimeException e) {
              throw o.unwind(mc, fp, e);
            }
            o.finish(mc, fp);
          }

          @Override
          public int exec(Machine mc, int fp) {
            evalInto(mc, fp, 0);
            return NORMAL;
          }
        };
      }
      case "max_by_key":
      case "min_by_key":
        return byKey(c, o, name.startsWith("max"), ret, rl);
      case "max_by":
      case "min_by":
        return byCompare(c, o, name.startsWith("max"), rl);
      case "reduce":
        return FoldConsumers.reduce(c, o, rl);
      case "unzip":
        return FoldConsumers.unzip(c, o, rl, (Ty.Tuple) Infer.shallow(f.sub(ret)), it);
      case "partition":
        return FoldConsumers.partition(c, o, rl, ((Ty.Tuple) Infer.shallow(f.sub(ret))).elems().get(0));
      default:
        throw new IllegalStateException("no native " + name);
    }
  }

  /** max_by_key / min_by_key: keeps the best item and its key; std keeps the last max and the first min. */
  private static MemNode byKey(Ctx c, Owned o, boolean max, Ty ret, Layout rl) {
    FnCompiler f = c.f;
    Ty key = Iterators.fnRet(f.ty(c.fnExpr));
    int keySize = f.size(key);
    int keyTmp = f.temp(key);
    int bestKey = f.temp(key);
    int itemTmp = f.temp(c.item);
    Dropper itemDrop = f.c.drops.of(c.item);
    Dropper keyDrop = f.c.drops.of(key);
    Equality.Eq cmp = Equality.glue(f, key, key);
    FnCaller call = c.caller(new Ty.Ref(c.item, false));
    EnumAccess acc = new EnumAccess(rl);
    int payload = rl.variantOffsets[1][0];
    return new MemNode(rl.size) {
      @Override
      public void evalInto(Machine mc, int fp, int dst) {
        o.start(mc, fp);
        boolean any = false;
        try {
          while (c.step.next(mc, fp + o.itTmp, fp + itemTmp)) {
            int nfp = call.enter(mc, fp + c.fnTmp);
            mc.mem.putLong(call.arg(nfp, 0), fp + itemTmp);
            call.call(mc, nfp, fp + keyTmp);
            int d = any ? cmp.total(mc, fp + keyTmp, fp + bestKey) : 0;
            if (!any || (max ? d >= 0 : d < 0)) {
              if (any && itemDrop != null) itemDrop.drop(mc, dst + payload);
              if (any && keyDrop != null) keyDrop.drop(mc, fp + bestKey);
              mc.mem.copy(fp + itemTmp, dst + payload, c.itemSize);
              mc.mem.copy(fp + keyTmp, fp + bestKey, keySize);
            } else {
              if (itemDrop != null) itemDrop.drop(mc, fp + itemTmp);
              if (keyDrop != null) keyDrop.drop(mc, fp + keyTmp);
            }
            any = true;
          }
        } catch (RuntimeException e) {
          throw o.unwind(mc, fp, e);
        }
        if (any && keyDrop != null) keyDrop.drop(mc, fp + bestKey);
        acc.setVariant(mc.mem, dst, any ? 1 : 0);
        o.finish(mc, fp);
      }
    };
  }

  /**
   * max_by / min_by as std folds them: compare(&best, &next) each step; max_by takes next unless best is
   * Greater (the last maximum), min_by takes next only when best is Greater (the first minimum).
   */
  private static MemNode byCompare(Ctx c, Owned o, boolean max, Layout rl) {
    FnCompiler f = c.f;
    int itemTmp = f.temp(c.item);
    int ordTmp = f.frame.alloc(8, 8);
    Dropper itemDrop = f.c.drops.of(c.item);
    FnCaller call = c.caller(new Ty.Ref(c.item, false), new Ty.Ref(c.item, false));
    EnumAccess acc = new EnumAccess(rl);
    int payload = rl.variantOffsets[1][0];
    return new MemNode(rl.size) {
      @Override
      public void evalInto(Machine mc, int fp, int dst) {
        o.start(mc, fp);
        boolean any = false;
        try {
          while (c.step.next(mc, fp + o.itTmp, fp + itemTmp)) {
            boolean take = !any;
            if (any) {
              int nfp = call.enter(mc, fp + c.fnTmp);
              mc.mem.putLong(call.arg(nfp, 0), dst + payload);
              mc.mem.putLong(call.arg(nfp, 1), fp + itemTmp);
              call.call(mc, nfp, fp + ordTmp);
              boolean greater = mc.mem.getByte(fp + ordTmp) > 0;
              take = max != greater;
            }
            if (take) {
              if (any && itemDrop != null) itemDrop.drop(mc, dst + payload);
              mc.mem.copy(fp + itemTmp, dst + payload, c.itemSize);
            } else if (itemDrop != null) {
              itemDrop.drop(mc, fp + itemTmp);
            }
            any = true;
          }
        } catch (RuntimeException e) {
          throw o.unwind(mc, fp, e);
        }
        acc.setVariant(mc.mem, dst, any ? 1 : 0);
        o.finish(mc, fp);
      }
    };
  }

  /** A consumed iterator held in a frame slot with the closure: both are dropped when done. */
  static final class Owned {
    final MemNode value;
    final int itTmp;
    final Dropper fin;
    final Ctx c;

    Owned(MemNode value, int itTmp, Dropper fin, Ctx c) {
      this.value = value;
      this.itTmp = itTmp;
      this.fin = fin;
      this.c = c;
    }

    void start(Machine mc, int fp) {
      value.evalInto(mc, fp, fp + itTmp);
      if (c.fn != null) c.fn.evalInto(mc, fp, fp + c.fnTmp);
    }

    void finish(Machine mc, int fp) {
      if (fin != null) fin.drop(mc, fp + itTmp);
      if (c.fnDrop != null) c.fnDrop.drop(mc, fp + c.fnTmp);
    }

    RuntimeException unwind(Machine mc, int fp, RuntimeException e) {
      if (fin != null) e = Unwind.leave(mc, e, fin, fp + itTmp);
      if (c.fnDrop != null) e = Unwind.leave(mc, e, c.fnDrop, fp + c.fnTmp);
      return e;
    }
  }
}
