package rustle.interp.std;

import rustle.ast.Expr;
import rustle.ast.Span;
import rustle.check.Iterators;
import rustle.interp.Callees;
import rustle.interp.ExprCompiler;
import rustle.interp.ExprCompilerAccess;
import rustle.interp.FnCompiler;
import rustle.interp.drop.Dropper;
import rustle.interp.drop.Unwind;
import rustle.interp.rt.IntNode;
import rustle.interp.rt.Machine;
import rustle.interp.rt.MemNode;
import rustle.interp.rt.Node;
import rustle.interp.rt.RustPanic;
import rustle.memory.HeapTypes;
import rustle.types.AdtDef;
import rustle.types.Infer;
import rustle.types.Prim;
import rustle.types.Ty;

/**
 * {@code Vec::extend} and {@code String::extend}, sized as alloc's {@code spec_extend}: a TrustedLen
 * iterator reserves its exact upper bound once; any other reserves {@code lower + 1} from its size
 * hint each time a push finds the buffer full ({@code extend_desugared}). A String reserves the
 * lower bound of chars first; string slices and Strings are pushed as they come.
 */
final class Extend {
  private Extend() {}

  /**
   * BinaryHeap's extend, as std's: the items appended to its data Vec (this Vec extend), then the
   * prelude's {@code __rebuild_tail} from the old length.
   */
  private static Node heap(FnCompiler f, Expr.MethodCall m, Node recv, Ty.Adt heap) {
    IntNode target = ExprCompiler.asInt(recv, new Ty.Ref(heap, true));
    int ptrTmp = f.frame.alloc(8, 8);
    int dataOff = f.layout(heap).offsets[0];
    IntNode data = new IntNode(rustle.interp.rt.Kind.U64) {
      @Override
      public long evalLong(Machine mc, int fp) {
        return mc.mem.getLong(fp + ptrTmp) + dataOff;
      }
    };
    Ty vec = new Ty.Adt(f.c.program.items().std("Vec"), java.util.List.of(heap.args().get(0)));
    Node extend = compile(f, m, data, vec);
    rustle.interp.rt.FnCode tail = f.c.code(DequeExtend.method(f, heap.def(), "__rebuild_tail"), heap.args());
    return new MemNode(0) {
      @Override
      public void evalInto(Machine mc, int fp, int dst) {
        long h = target.evalLong(mc, fp);
        mc.mem.putLong(fp + ptrTmp, h);
        long start = mc.mem.getLong((int) h + dataOff + HeapTypes.LEN);
        extend.exec(mc, fp);
        int sp0 = mc.sp;
        int nfp = mc.pushFrame(tail.frameSize);
        mc.mem.putLong(nfp + tail.paramOffs[0], h);
        mc.mem.putLong(nfp + tail.paramOffs[1], start);
        tail.callInto(mc, nfp, 0);
        mc.sp = sp0;
      }

      @Override
      public int exec(Machine mc, int fp) {
        evalInto(mc, fp, 0);
        return NORMAL;
      }
    };
  }

  static Node compile(FnCompiler f, Expr.MethodCall m, Node recv, Ty self) {
    if (self instanceof Ty.Adt ta && (ta.def().builtin == AdtDef.Builtin.HASH_MAP || ta.def().builtin == AdtDef.Builtin.HASH_SET)) {
      return TableExtend.compile(f, m, recv, ta);
    }
    if (self instanceof Ty.Adt da && (DequeFromVec.isDeque(da) || BTreeKeys.isBTree(da))) {
      return DequeExtend.compile(f, m, recv, da);
    }
    if (self instanceof Ty.Adt ha && DequeFromVec.isHeap(ha)) return heap(f, m, recv, ha);
    IntNode target = ExprCompiler.asInt(recv, new Ty.Ref(self, true));
    Expr arg = m.args().get(0);
    // The iterator IntoIterator gives the argument (a `for` loop's: also tables and Options).
    Callees.IntoIter src = Callees.intoIterTyped(f, arg);
    Ty.Adt it = (Ty.Adt) Infer.shallow(f.sub(src.iterTy()));
    MemNode value = (MemNode) ExprCompilerAccess.mem(src.init(), f.size(it));
    Stepper step = Steppers.of(f, it);
    SizeHint hint = SizeHints.of(f, it);
    Ty item = Infer.shallow(f.sub(Iterators.itemOf(it, null)));
    int itTmp = f.temp(it);
    int itemTmp = f.temp(item);
    Dropper fin = f.c.drops.of(it);
    Dropper itemDrop = f.c.drops.of(item);
    Span site = m.span();
    Ty.Adt s = (Ty.Adt) self;
    boolean string = s.def().builtin == AdtDef.Builtin.STRING;
    Ty elem = string ? Prim.U8 : Infer.shallow(f.sub(s.args().get(0)));
    int esize = f.size(elem);
    int align = Math.max(1, f.layout(elem).align);
    // Vec: items T, or &T copied out. String: 0 char, 1 &char, 2 &str, 3 String.
    boolean byRef = !string && item instanceof Ty.Ref && !item.equals(elem);
    int mode = !string ? -1 : item == Prim.CHAR ? 0 : item instanceof Ty.Ref r
        ? (Infer.shallow(r.inner()) == Prim.CHAR ? 1 : 2) : 3;
    return new MemNode(0) {
      @Override
      public void evalInto(Machine mc, int fp, int dst) {
        int v = (int) target.evalLong(mc, fp);
        value.evalInto(mc, fp, fp + itTmp);
        int itp = fp + itTmp;
        int x = fp + itemTmp;
        HeapTypes ht = mc.heapTypes;
        try {
          if (string) {
            if (mode <= 1) ht.reserve(v, hint.lower(mc, itp), 1, 1, site);
            while (step.next(mc, itp, x)) {
              switch (mode) {
                case 0: ht.pushChar(v, mc.mem.getInt(x), site); break;
                case 1: ht.pushChar(v, mc.mem.getInt((int) mc.mem.getLong(x)), site); break;
                case 2: ht.pushBytes(v, (int) mc.mem.getLong(x), (int) mc.mem.getLong(x + 8), site); break;
                default:
                  ht.pushBytes(v, HeapTypes.ptr(mc.mem, x), (int) HeapTypes.len(mc.mem, x), site);
                  if (itemDrop != null) itemDrop.drop(mc, x);
                  break;
              }
            }
          } else if (hint.trusted && esize > 0) {
            long upper = hint.upper(mc, itp);
            if (upper == SizeHint.NONE) throw new RustPanic("capacity overflow", site);
            ht.reserve(v, upper, esize, align, site);
            while (step.next(mc, itp, x)) {
              mc.mem.copy(byRef ? (int) mc.mem.getLong(x) : x, ht.pushSlot(v, esize, align, site), esize);
            }
          } else {
            while (step.next(mc, itp, x)) {
              long len = mc.mem.getLong(v + HeapTypes.LEN);
              if (esize > 0 && len == mc.mem.getLong(v + HeapTypes.CAP)) {
                ht.reserve(v, SizeHint.saturatingAdd(hint.lower(mc, itp), 1), esize, align, site);
              }
              int slot = ht.pushSlot(v, esize, align, site);
              if (esize > 0) mc.mem.copy(byRef ? (int) mc.mem.getLong(x) : x, slot, esize);
            }
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
}
