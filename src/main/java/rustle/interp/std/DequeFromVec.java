package rustle.interp.std;

import rustle.ast.Span;
import rustle.interp.FnCompiler;
import rustle.interp.rt.Machine;
import rustle.interp.rt.MemNode;
import rustle.memory.HeapTypes;
import rustle.types.Layout;
import rustle.types.Ty;

/**
 * std's {@code From<Vec<T>> for VecDeque<T>}, which takes the Vec's buffer as the ring (head 0, the
 * Vec's length and capacity): the prelude's VecDeque is { buf: a Vec whose own len stays 0, head, len },
 * so the Vec is built in the buf field and its length moved to the deque's. Used by {@code from} (a Vec
 * or an array, as Vec::from builds it) and by {@code collect} (a Vec collected, as std's FromIterator).
 */
final class DequeFromVec {
  private DequeFromVec() {}

  static boolean isDeque(Ty.Adt a) {
    return a.def().fromPrelude && a.def().name.equals("VecDeque");
  }

  /** The byte offsets of buf, head and len in the deque's layout. */
  private static int[] offsets(FnCompiler f, Ty deque) {
    Layout l = f.layout(deque);
    return new int[] {l.offsets[0], l.offsets[1], l.offsets[2]};
  }

  private static void convert(Machine m, int dst, int[] o) {
    int buf = dst + o[0];
    long len = HeapTypes.len(m.mem, buf);
    HeapTypes.setLen(m.mem, buf, 0);
    m.mem.putLong(dst + o[1], 0);
    m.mem.putLong(dst + o[2], len);
  }

  /** VecDeque::from: the Vec's From impl writes into the buf field, then the length moves over. */
  static Intrinsics.Impl from(FnCompiler f, Intrinsics.Impl vecFrom, Ty deque) {
    int[] o = offsets(f, deque);
    return new Intrinsics.Impl() {
      @Override
      public void callInto(Machine m, int fp, int dst, Span span) {
        vecFrom.callInto(m, fp, dst + o[0], span);
        convert(m, dst, o);
      }
    };
  }

  /** A node that builds a Vec (vec) and converts it into a VecDeque. */
  static MemNode wrap(FnCompiler f, MemNode vec, Ty deque) {
    int[] o = offsets(f, deque);
    return new MemNode(f.size(deque)) {
      @Override
      public void evalInto(Machine m, int fp, int dst) {
        vec.evalInto(m, fp, dst + o[0]);
        convert(m, dst, o);
      }
    };
  }
}
