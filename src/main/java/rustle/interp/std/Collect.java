package rustle.interp.std;

import rustle.ast.Expr;
import rustle.ast.Span;
import rustle.check.Iterators;
import rustle.interp.ExprCompilerAccess;
import rustle.interp.FnCompiler;
import rustle.interp.drop.Dropper;
import rustle.interp.drop.Unwind;
import rustle.interp.nodes.Arith;
import rustle.interp.rt.FloatNode;
import rustle.interp.rt.IntNode;
import rustle.interp.rt.Kind;
import rustle.interp.rt.Machine;
import rustle.interp.rt.MemNode;
import rustle.interp.rt.Node;
import rustle.types.AdtDef;
import rustle.types.Infer;
import rustle.types.Prim;
import rustle.types.Ty;

/**
 * {@code collect} into a {@code Vec} (sized as alloc's {@code FromIterator} sizes it: {@link VecFromIter},
 * {@link InPlaceCollect}), a {@code String} (chars, string slices and Strings appended) or a hash table
 * ({@link TableCollect}), and
 * {@code product}.
 */
final class Collect {
  private Collect() {}

  static MemNode compile(FnCompiler f, Expr.MethodCall m, Node recv, Ty ret, Ty.Adt it) {
    Stepper step = Steppers.of(f, it);
    Ty item = Iterators.itemOf(it, null);
    MemNode value = (MemNode) ExprCompilerAccess.mem(recv, f.size(it));
    int itTmp = f.temp(it);
    int itemTmp = f.temp(item);
    Dropper fin = f.c.drops.of(it);
    Span site = m.span();
    Ty.Adt target = (Ty.Adt) Infer.shallow(f.sub(ret));
    if (BTreeKeys.isBTree(target)) {
      // std's FromIterator for BTreeMap / BTreeSet: the items collected into a Vec, sorted, deduplicated.
      boolean set = target.def().name.equals("BTreeSet");
      Ty elem = set ? target.args().get(0) : new Ty.Tuple(java.util.List.of(target.args().get(0), target.args().get(1)));
      Ty vec = new Ty.Adt(f.c.program.items().std("Vec"), java.util.List.of(elem));
      return BTreeKeys.collect(f, compile(f, m, recv, vec, it), target);
    }
    if (DequeFromVec.isDeque(target) || DequeFromVec.isHeap(target)) {
      // std's FromIterator for VecDeque and BinaryHeap collects a Vec and converts it (taking its buffer).
      Ty vec = new Ty.Adt(f.c.program.items().std("Vec"), java.util.List.of(target.args().get(0)));
      return DequeFromVec.wrap(f, compile(f, m, recv, vec, it), target);
    }
    Dropper self = f.c.drops.of(target);
    if (target.def().builtin == AdtDef.Builtin.STRING) return string(f, item, step, value, itTmp, itemTmp, fin, self, site, it);
    ShuntCollect shunt = ShuntCollect.of(f, target, item, step, it, site);
    if (shunt != null) {
      int vecTmp = f.frame.alloc(24, 8);
      return new MemNode(f.size(target)) {
        @Override
        public void evalInto(Machine mc, int fp, int dst) {
          value.evalInto(mc, fp, fp + itTmp);
          try {
            shunt.collect(mc, fp + itTmp, fp + itemTmp, fp + vecTmp, dst);
          } catch (RuntimeException e) {
            throw fin == null ? e : Unwind.leave(mc, e, fin, fp + itTmp);
          }
          if (fin != null) fin.drop(mc, fp + itTmp);
        }
      };
    }
    TableCollect table = TableCollect.of(f, target, item, step, it, site);
    if (table != null) {
      return new MemNode(f.size(target)) {
        @Override
        public void evalInto(Machine mc, int fp, int dst) {
          value.evalInto(mc, fp, fp + itTmp);
          try {
            table.fill(mc, fp + itTmp, fp + itemTmp, dst);
          } catch (RuntimeException e) {
            RuntimeException x = fin == null ? e : Unwind.leave(mc, e, fin, fp + itTmp);
            throw self == null ? x : Unwind.leave(mc, x, self, dst);
          }
          if (fin != null) fin.drop(mc, fp + itTmp);
        }
      };
    }
    Ty elem = target.args().get(0);
    int align = Math.max(1, f.layout(elem).align);
    VecFromIter fill = new VecFromIter(step, SizeHints.of(f, it), f.size(elem), align, site);
    InPlaceCollect inPlace = InPlaceCollect.of(f, it, elem);
    return new MemNode(24) {
      @Override
      public void evalInto(Machine mc, int fp, int dst) {
        value.evalInto(mc, fp, fp + itTmp);
        mc.heapTypes.initEmpty(dst, align);
        try {
          if (inPlace == null || !inPlace.collect(mc, step, fp + itTmp, fp + itemTmp, dst, site)) {
            fill.fill(mc, fp + itTmp, fp + itemTmp, dst);
          }
        } catch (RuntimeException e) {
          RuntimeException x = fin == null ? e : Unwind.leave(mc, e, fin, fp + itTmp);
          throw self == null ? x : Unwind.leave(mc, x, self, dst);
        }
        if (fin != null) fin.drop(mc, fp + itTmp);
      }
    };
  }

  /**
   * String's FromIterator: chars reserve the iterator's lower bound first, then push; string slices
   * are pushed as they come; Strings reuse the first one's buffer and push the rest (each dropped).
   */
  private static MemNode string(FnCompiler f, Ty item, Stepper step, MemNode value, int itTmp, int itemTmp,
      Dropper fin, Dropper self, Span site, Ty.Adt it) {
    Ty it0 = Infer.shallow(f.sub(item));
    // 0 char, 1 &char, 2 &str, 3 String.
    int mode = it0 == Prim.CHAR ? 0 : it0 instanceof Ty.Ref r
        ? (Infer.shallow(r.inner()) == Prim.CHAR ? 1 : 2) : 3;
    SizeHint hint = mode <= 1 ? SizeHints.of(f, it) : null;
    Dropper itemDrop = f.c.drops.of(item);
    return new MemNode(24) {
      @Override
      public void evalInto(Machine mc, int fp, int dst) {
        value.evalInto(mc, fp, fp + itTmp);
        mc.heapTypes.initEmpty(dst);
        int item = fp + itemTmp;
        int itp = fp + itTmp;
        try {
          if (hint != null) mc.heapTypes.reserve(dst, hint.lower(mc, itp), 1, 1, site);
          if (mode == 3 && step.next(mc, itp, item)) mc.mem.copy(item, dst, 24);
          while (step.next(mc, itp, item)) {
            switch (mode) {
              case 0: mc.heapTypes.pushChar(dst, mc.mem.getInt(item), site); break;
              case 1: mc.heapTypes.pushChar(dst, mc.mem.getInt((int) mc.mem.getLong(item)), site); break;
              case 2: mc.heapTypes.pushBytes(dst, (int) mc.mem.getLong(item), (int) mc.mem.getLong(item + 8), site); break;
              default:
                mc.heapTypes.pushBytes(dst, rustle.memory.HeapTypes.ptr(mc.mem, item),
                    (int) rustle.memory.HeapTypes.len(mc.mem, item), site);
                if (itemDrop != null) itemDrop.drop(mc, item);
                break;
            }
          }
        } catch (RuntimeException e) {
          RuntimeException x = fin == null ? e : Unwind.leave(mc, e, fin, fp + itTmp);
          throw self == null ? x : Unwind.leave(mc, x, self, dst);
        }
        if (fin != null) fin.drop(mc, fp + itTmp);
      }
    };
  }

  /** product, as IterCalls' sum: integers with std's overflow panic, or floats. */
  static Node product(FnCompiler f, Expr.MethodCall m, Node recv, Ty ret, Ty.Adt it) {
    Stepper step = Steppers.of(f, it);
    Ty item = Iterators.itemOf(it, null);
    MemNode value = (MemNode) ExprCompilerAccess.mem(recv, f.size(it));
    int itTmp = f.temp(it);
    int itemTmp = f.temp(item);
    Dropper fin = f.c.drops.of(it);
    Span span = m.span();
    Ty base = Infer.shallow(f.sub(item));
    int derefs = 0;
    while (base instanceof Ty.Ref r) {
      base = Infer.shallow(r.inner());
      derefs++;
    }
    int d = derefs;
    Kind k = Kind.of(base);
    if (k.isFloat()) {
      return new FloatNode(k == Kind.F32) {
        @Override
        public double evalDouble(Machine mc, int fp) {
          value.evalInto(mc, fp, fp + itTmp);
          double s = 1;
          while (step.next(mc, fp + itTmp, fp + itemTmp)) {
            int a = rustle.interp.PatCompiler.follow(mc, fp + itemTmp, d);
            s *= f32 ? mc.mem.getFloat(a) : mc.mem.getDouble(a);
          }
          if (fin != null) fin.drop(mc, fp + itTmp);
          return f32 ? (float) s : s;
        }
      };
    }
    return new IntNode(k) {
      @Override
      public long evalLong(Machine mc, int fp) {
        value.evalInto(mc, fp, fp + itTmp);
        long s = 1;
        try {
          while (step.next(mc, fp + itTmp, fp + itemTmp)) {
            int a = rustle.interp.PatCompiler.follow(mc, fp + itemTmp, d);
            s = Arith.apply(Arith.Op.MUL, s, kind.load(mc.mem, a), kind, span);
          }
        } catch (RuntimeException e) {
          throw fin == null ? e : Unwind.leave(mc, e, fin, fp + itTmp);
        }
        if (fin != null) fin.drop(mc, fp + itTmp);
        return s;
      }
    };
  }
}
