package rustle.interp.std;

import rustle.ast.Expr;
import rustle.ast.Span;
import rustle.interp.FnCompiler;
import rustle.interp.drop.CloneGlue;
import rustle.interp.drop.Dropper;
import rustle.interp.drop.Unwind;
import rustle.interp.rt.IntNode;
import rustle.interp.rt.Machine;
import rustle.interp.rt.MemNode;
import rustle.interp.rt.Node;
import rustle.memory.HeapTypes;
import rustle.types.Layout;
import rustle.types.Ty;

/** {@code vec![a, b, c]} and {@code vec![x; n]}: exactly-sized buffers, as std's macro allocates. */
public final class VecMacro {
  private VecMacro() {}

  public static Node compile(FnCompiler f, Expr.MacroCall m, Ty ty) {
    Ty elem = ((Ty.Adt) ty).args().get(0);
    Layout el = f.layout(elem);
    int esize = el.size;
    int align = Math.max(1, el.align);
    Span site = m.span();
    if (m.repeat()) {
      Node value = f.exprs.value(m.args().get(0).value());
      IntNode count = f.exprs.intVal(m.args().get(1).value());
      CloneGlue clone = CloneGlue.of(f, elem, site);
      Dropper drop = f.c.drops.of(elem);
      int tmp = f.temp(elem);
      return new MemNode(24) {
        @Override
        public void evalInto(Machine mc, int fp, int dst) {
          value.evalInto(mc, fp, fp + tmp);
          long n = count.evalLong(mc, fp);
          mc.heapTypes.initEmpty(dst, align);
          // n is a usize: compared with 0 only, so that a count past i64::MAX is a capacity overflow
          // (or, for a zero-sized element, that many clones of nothing), never a negative length.
          if (n != 0 && esize > 0) mc.heapTypes.withCapacity(dst, n, esize, align, site);
          int p = (int) mc.mem.getLong(dst + HeapTypes.PTR);
          for (long i = 1; Long.compareUnsigned(i, n) < 0; i++) clone.clone(mc, fp + tmp, (int) (p + (i - 1) * esize));
          if (n != 0) {
            if (esize > 0) mc.mem.copy(fp + tmp, (int) (p + (n - 1) * esize), esize);
          } else if (drop != null) {
            drop.drop(mc, fp + tmp);
          }
          mc.mem.putLong(dst + HeapTypes.LEN, n);
        }
      };
    }
    int n = m.args().size();
    Node[] elems = new Node[n];
    for (int i = 0; i < n; i++) elems[i] = f.exprs.value(m.args().get(i).value());
    Dropper drop = f.c.drops.of(elem);
    return new MemNode(24) {
      @Override
      public void evalInto(Machine mc, int fp, int dst) {
        mc.heapTypes.initEmpty(dst, align);
        if (n > 0 && esize > 0) mc.heapTypes.withCapacity(dst, n, esize, align, site);
        int p = (int) mc.mem.getLong(dst + HeapTypes.PTR);
        int i = 0;
        try {
          // An element may allocate (and move the heap); the buffer itself does not move.
          for (; i < n; i++) elems[i].evalInto(mc, fp, p + i * esize);
        } catch (RuntimeException e) {
          // Left half built (a panic, or a ? / break / return in an element): the elements written
          // so far and the buffer are released here, since the vector's owner never got it.
          int built = i;
          throw Unwind.leave(mc, e, () -> {
            if (drop != null) for (int k = built - 1; k >= 0; k--) drop.drop(mc, p + k * esize);
            mc.heapTypes.freeBuffer(dst, esize);
          });
        }
        mc.mem.putLong(dst + HeapTypes.LEN, n);
      }
    };
  }
}
