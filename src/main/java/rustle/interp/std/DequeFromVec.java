package rustle.interp.std;

import rustle.ast.Span;
import rustle.interp.FnCompiler;
import rustle.interp.rt.FnCode;
import rustle.interp.rt.Machine;
import rustle.interp.rt.MemNode;
import rustle.memory.HeapTypes;
import rustle.types.Layout;
import rustle.types.Ty;

/**
 * std's {@code From<Vec<T>>} for VecDeque and BinaryHeap, which take the Vec's buffer. The prelude's
 * VecDeque is { buf: a Vec (its len the deque's), head }, so the Vec is built in the buf field, head 0;
 * a BinaryHeap is { data: Vec<T> }, rebuilt into a heap by the
 * prelude's {@code __rebuild} (std's rebuild). Used by {@code from} (a Vec or an array, as Vec::from
 * builds it) and by {@code collect} (a Vec collected, as std's FromIterator).
 */
final class DequeFromVec {
  private DequeFromVec() {}

  static boolean isDeque(Ty.Adt a) {
    return a.def().fromPrelude && a.def().name.equals("VecDeque");
  }

  static boolean isHeap(Ty.Adt a) {
    return a.def().fromPrelude && a.def().name.equals("BinaryHeap");
  }

  /** Turns the Vec just built at dst + its field offset into the collection at dst. */
  private interface Convert {
    void run(Machine m, int dst);
  }

  /** The field the Vec is built in, and the conversion that follows. */
  private record Plan(int vecOff, Convert convert) {}

  private static Plan plan(FnCompiler f, Ty target) {
    Ty.Adt a = (Ty.Adt) target;
    Layout l = f.layout(target);
    int buf = l.offsets[0];
    if (isHeap(a)) {
      FnCode rebuild = f.c.code(DequeExtend.method(f, a.def(), "__rebuild"), a.args());
      return new Plan(buf, (m, dst) -> {
        int sp0 = m.sp;
        int nfp = m.pushFrame(rebuild.frameSize);
        m.mem.putLong(nfp + rebuild.paramOffs[0], dst);
        rebuild.callInto(m, nfp, 0);
        m.sp = sp0;
      });
    }
    int head = l.offsets[1];
    return new Plan(buf, (m, dst) -> m.mem.putLong(dst + head, 0));
  }

  /** The collection's from: the Vec's From impl writes into the field, then the conversion runs. */
  static Intrinsics.Impl from(FnCompiler f, Intrinsics.Impl vecFrom, Ty target) {
    Plan p = plan(f, target);
    return new Intrinsics.Impl() {
      @Override
      public void callInto(Machine m, int fp, int dst, Span span) {
        vecFrom.callInto(m, fp, dst + p.vecOff, span);
        p.convert.run(m, dst);
      }
    };
  }

  /** A node that builds a Vec (vec) and converts it into the collection. */
  static MemNode wrap(FnCompiler f, MemNode vec, Ty target) {
    Plan p = plan(f, target);
    return new MemNode(f.size(target)) {
      @Override
      public void evalInto(Machine m, int fp, int dst) {
        vec.evalInto(m, fp, dst + p.vecOff);
        p.convert.run(m, dst);
      }
    };
  }
}
