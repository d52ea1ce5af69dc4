package rustle.interp.std;

import java.util.List;
import rustle.interp.FnCompiler;
import rustle.interp.drop.Dropper;
import rustle.interp.nodes.EnumAccess;
import rustle.interp.rt.Machine;
import rustle.memory.HeapTypes;
import rustle.types.AdtDef;
import rustle.types.Infer;
import rustle.types.Layout;
import rustle.types.Ty;

/**
 * Steppers of flat_map, flatten (which keep the current inner iterator in {@code frontiter: Option<U>},
 * as std does) and peekable ({@code peeked: Option<Option<T>>}); the text and slice iterators are in
 * {@link TextSteppers}.
 */
final class FlatSteppers {
  private FlatSteppers() {}

  static Stepper of(FnCompiler f, Ty.Adt a, Layout l) {
    switch (a.def().name) {
      case "FlatMap": return flat(f, a.args().get(0), a.args().get(1), a.args().get(2), l);
      case "Flatten": return flat(f, a.args().get(0), null, a.args().get(1), l);
      case "Peekable": return peekable(f, a, l);
      default: return TextSteppers.of(f, a, l);
    }
  }

  /** Turns a value of type r (an iterator, or a Vec by value) into the iterator u it iterates with. */
  abstract static class IntoIter {
    abstract void convert(Machine m, int src, int dst);
  }

  static IntoIter intoIter(FnCompiler f, Ty r0, Ty u) {
    Ty r = Infer.shallow(f.sub(r0));
    int size = f.size(u);
    if (r instanceof Ty.Adt a && a.def().builtin == AdtDef.Builtin.VEC) {
      Layout l = f.layout(u);
      long esize = f.size(a.args().get(0));
      return new IntoIter() {
        @Override
        void convert(Machine m, int src, int dst) {
          long ptr = m.mem.getLong(src + HeapTypes.PTR);
          long cap = m.mem.getLong(src + HeapTypes.CAP);
          long len = m.mem.getLong(src + HeapTypes.LEN);
          m.mem.putLong(dst + l.offsets[0], ptr);
          m.mem.putLong(dst + l.offsets[1], cap);
          m.mem.putLong(dst + l.offsets[2], ptr);
          m.mem.putLong(dst + l.offsets[3], ptr + len * esize);
        }
      };
    }
    if (r instanceof Ty.Ref ref) {
      // &Vec<T>, &[T; N], &[T]: a slice iterator { ptr, end } over the elements.
      Ty in = Infer.shallow(ref.inner());
      Layout l = f.layout(u);
      boolean vec = in instanceof Ty.Adt a && a.def().builtin == AdtDef.Builtin.VEC;
      Ty elem = vec ? ((Ty.Adt) in).args().get(0) : in instanceof Ty.Array ar ? ar.elem() : ((Ty.Slice) in).elem();
      long esize = f.size(elem);
      long n = in instanceof Ty.Array ar ? ar.len() : -1;
      return new IntoIter() {
        @Override
        void convert(Machine m, int src, int dst) {
          long p = m.mem.getLong(src);
          long len = n;
          if (vec) {
            len = m.mem.getLong((int) p + HeapTypes.LEN);
            p = m.mem.getLong((int) p + HeapTypes.PTR);
          } else if (n < 0) {
            len = m.mem.getLong(src + 8);
          }
          m.mem.putLong(dst + l.offsets[0], p);
          m.mem.putLong(dst + l.offsets[1], p + len * esize);
        }
      };
    }
    return new IntoIter() {
      @Override
      void convert(Machine m, int src, int dst) {
        m.mem.copy(src, dst, size);
      }
    };
  }

  private static Stepper flat(FnCompiler f, Ty inner, Ty fn, Ty u, Layout l) {
    Stepper in = Steppers.of(f, inner);
    Stepper su = Steppers.of(f, u);
    Ty item = AdapterSteppers.item(inner);
    FnCaller call = fn == null ? null : new FnCaller(f, fn, item);
    Ty r = fn == null ? item : rustle.check.Iterators.fnRet(fn);
    int rsize = f.size(r);
    IntoIter conv = intoIter(f, r, u);
    Layout ol = f.layout(f.c.program.items().option(u));
    EnumAccess acc = new EnumAccess(ol);
    Dropper dropU = f.c.drops.of(u);
    int io = l.offsets[0];
    int fo = fn == null ? 0 : l.offsets[1];
    int front = l.offsets[fn == null ? 1 : 2];
    int payload = ol.variantOffsets[1][0];
    return new Stepper() {
      @Override
      public boolean next(Machine m, int it, int dst) {
        while (true) {
          if (acc.variant(m.mem, it + front) == 1) {
            if (su.next(m, it + front + payload, dst)) return true;
            if (dropU != null) dropU.drop(m, it + front + payload);
            acc.setVariant(m.mem, it + front, 0);
          }
          int sp0 = m.sp;
          m.pushFrame(rsize);
          int tmp = m.sp;
          boolean got;
          if (call == null) {
            got = in.next(m, it + io, tmp);
          } else {
            int nfp = call.enter(m, it + fo);
            got = in.next(m, it + io, call.arg(nfp, 0));
            if (got) call.call(m, nfp, tmp);
            else m.sp = nfp;
          }
          if (got) {
            conv.convert(m, tmp, it + front + payload);
            acc.setVariant(m.mem, it + front, 1);
          }
          m.sp = sp0;
          if (!got) return false;
        }
      }
    };
  }

  /** Peekable { iter, peeked: Option<Option<T>> }: a peeked item is handed out before the inner one. */
  private static Stepper peekable(FnCompiler f, Ty.Adt a, Layout l) {
    Stepper in = Steppers.of(f, a.args().get(0));
    Peeked p = new Peeked(f, a, l);
    int size = f.size(a.args().get(1));
    return new Stepper() {
      @Override
      public boolean next(Machine m, int it, int dst) {
        int slot = it + p.peeked;
        if (p.outer.variant(m.mem, slot) == 1) {
          // Read the inner Option before the outer one is set to None: with a niche the two tags can be
          // one byte (Option<Option<i32>>), and writing None over it would turn Some(Some(v)) to None.
          boolean some = p.inner.variant(m.mem, slot + p.innerAt) == 1;
          if (some) m.mem.copy(slot + p.innerAt + p.valueAt, dst, size);
          p.outer.setVariant(m.mem, slot, 0);
          return some;
        }
        return in.next(m, it + p.iter, dst);
      }
    };
  }

  /** Where Peekable keeps its peeked item. */
  static final class Peeked {
    final EnumAccess outer;
    final EnumAccess inner;
    final int iter;
    final int peeked;
    final int innerAt;
    final int valueAt;

    Peeked(FnCompiler f, Ty.Adt a, Layout l) {
      Ty optT = f.c.program.items().option(a.args().get(1));
      Layout lo = f.layout(f.c.program.items().option(optT));
      Layout li = f.layout(optT);
      outer = new EnumAccess(lo);
      inner = new EnumAccess(li);
      iter = l.offsets[0];
      peeked = l.offsets[1];
      innerAt = lo.variantOffsets[1][0];
      valueAt = li.variantOffsets[1][0];
    }
  }

  static List<Ty> none() {
    return List.of();
  }
}
