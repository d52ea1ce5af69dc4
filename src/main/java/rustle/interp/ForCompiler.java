package rustle.interp;

import java.util.ArrayList;
import java.util.List;
import rustle.ast.Expr;
import rustle.ast.Pattern;
import rustle.check.LocalVar;
import rustle.interp.drop.DropSlot;
import rustle.interp.drop.Dropper;
import rustle.interp.drop.ScopedDrops;
import rustle.interp.drop.Unwind;
import rustle.interp.nodes.Control;
import rustle.interp.nodes.Loops;
import rustle.interp.rt.IntNode;
import rustle.interp.rt.JumpSignal;
import rustle.interp.rt.Kind;
import rustle.interp.rt.Machine;
import rustle.interp.rt.MemNode;
import rustle.interp.rt.Node;
import rustle.interp.std.Stepper;
import rustle.interp.std.Steppers;
import rustle.memory.HeapTypes;
import rustle.types.AdtDef;
import rustle.types.Infer;
import rustle.types.Layout;
import rustle.types.Ty;

/**
 * Compiles {@code for} loops: integer ranges become a counted loop; everything else becomes an
 * iterator in a frame slot (IntoIterator done natively: {@code &Vec} gives a slice iterator, a Vec by
 * value an owning one) stepped by its {@link Stepper}.
 */
final class ForCompiler {
  private final FnCompiler f;

  ForCompiler(FnCompiler f) {
    this.f = f;
  }

  Node forLoop(Expr.For fo) {
    if (f.observing != null) f.observing.scope(PatCompiler.bindings(fo.pattern(), f.t), fo.span());
    Ty it = Infer.shallow(f.ty(fo.iter()));
    Ty item = f.ty(fo.pattern());
    if (fo.iter() instanceof Expr.Range r && r.lo() != null && r.hi() != null
        && fo.pattern() instanceof Pattern.IdentPat ip && ip.sub() == null
        && f.t.res[ip.id()] instanceof LocalVar v && f.t.bindModes[ip.id()] == 0 && Kind.of(item) != null
        && !Kind.of(item).isFloat()) {
      IntNode lo = f.exprs.intVal(r.lo());
      IntNode hi = f.exprs.intVal(r.hi());
      Node body = body(fo);
      return new Loops.ForRange(lo, hi, r.inclusive(), Kind.of(item), f.slot(v), body, fo.id());
    }
    Source src = source(fo.iter(), it);
    int itOff = f.temp(src.iterTy);
    if (f.observing != null) {
      f.observing.hidden("<for iterator>", src.iterTy, itOff, 0, fo.span().line(), fo.span().endLine());
    }
    int itemOff = f.temp(item);
    Stepper stepper = Steppers.of(f, src.iterTy);
    List<DropSlot> drops = new ArrayList<>();
    PatCompiler.Bind bind = f.pats.bind(fo.pattern(), item, drops);
    f.collectDrops(fo.pattern(), drops);
    Node body = body(fo);
    if (!drops.isEmpty()) body = new ScopedDrops(body, drops.toArray(new DropSlot[0]));
    Dropper fin = src.owning ? f.c.drops.of(src.iterTy) : null;
    // Without an init, the loop steps the iterator a `&mut` points to (`for x in &mut it`) in place.
    Node ref = src.init == null ? f.exprs.value(fo.iter()) : null;
    return new ForEach(src.init, ref, itOff, itemOff, stepper, bind, body, fo.id(), fin);
  }

  private Node body(Expr.For fo) {
    return f.block(fo.body());
  }

  record Source(Ty iterTy, Node init, boolean owning) {}

  Source source(Expr iter, Ty it) {
    Source table = TableLoops.source(f, iter, it);
    if (table != null) return table;
    Source deque = DequeLoops.source(f, iter, it);
    if (deque != null) return deque;
    if (it instanceof Ty.Adt a && rustle.check.Iterators.itemOf(a, null) != null && a.def().builtin != AdtDef.Builtin.VEC) {
      // Any iterator that owns something (IntoIter, and adapters over it) is dropped by the loop.
      return new Source(it, f.exprs.value(iter), f.c.drops.of(it) != null);
    }
    if (it instanceof Ty.Adt a && a.def().builtin == AdtDef.Builtin.OPTION) {
      // An Option as IntoIterator (`chain(Some(x))`, `zip(opt)`): OptionIntoIter is laid out as the Option.
      Ty iterTy = new Ty.Adt(f.c.program.items().std("OptionIntoIter"), List.of(a.args().get(0)));
      return new Source(iterTy, f.exprs.value(iter), f.c.drops.of(iterTy) != null);
    }
    if (it instanceof Ty.Adt a && a.def().builtin == AdtDef.Builtin.VEC) {
      Ty elem = a.args().get(0);
      Ty iterTy = new Ty.Adt(f.c.program.items().std("IntoIter"), List.of(elem));
      Layout l = f.layout(iterTy);
      int esize = f.size(elem);
      MemNode vec = f.exprs.memVal(iter);
      int tmp = f.temp(it);
      return new Source(iterTy, new MemNode(l.size) {
        @Override
        public void evalInto(Machine m, int fp, int dst) {
          vec.evalInto(m, fp, fp + tmp);
          long ptr = m.mem.getLong(fp + tmp + HeapTypes.PTR);
          long cap = m.mem.getLong(fp + tmp + HeapTypes.CAP);
          long len = m.mem.getLong(fp + tmp + HeapTypes.LEN);
          m.mem.putLong(dst + l.offsets[0], ptr);
          m.mem.putLong(dst + l.offsets[1], cap);
          m.mem.putLong(dst + l.offsets[2], ptr);
          m.mem.putLong(dst + l.offsets[3], ptr + len * esize);
        }
      }, true);
    }
    if (it instanceof Ty.Array a) {
      // By value: iterate over a copy held in the frame.
      Ty iterTy = new Ty.Adt(f.c.program.items().std("IntoIter"), List.of(a.elem()));
      Layout l = f.layout(iterTy);
      int esize = f.size(a.elem());
      MemNode arr = f.exprs.memVal(iter);
      int tmp = f.temp(it);
      long n = a.len();
      return new Source(iterTy, new MemNode(l.size) {
        @Override
        public void evalInto(Machine m, int fp, int dst) {
          arr.evalInto(m, fp, fp + tmp);
          m.mem.putLong(dst + l.offsets[0], 0);
          m.mem.putLong(dst + l.offsets[1], 0);
          m.mem.putLong(dst + l.offsets[2], fp + tmp);
          m.mem.putLong(dst + l.offsets[3], fp + tmp + n * esize);
        }
      }, true);
    }
    // A reference: &Vec<T>, &mut Vec<T>, &[T; N], &[T] give a slice iterator of references.
    Ty.Ref ref = (Ty.Ref) it;
    Ty inner = Infer.shallow(ref.inner());
    Ty elem;
    int mode;
    long arrayLen = 0;
    if (inner instanceof Ty.Adt a && a.def().builtin == AdtDef.Builtin.VEC) {
      elem = a.args().get(0);
      mode = 0;
    } else if (inner instanceof Ty.Array a) {
      elem = a.elem();
      mode = 1;
      arrayLen = a.len();
    } else if (inner instanceof Ty.Slice s) {
      elem = s.elem();
      mode = 2;
    } else if (inner instanceof Ty.Adt o && o.def().builtin == AdtDef.Builtin.OPTION) {
      return optionRef(iter, o, ref.mutable());
    } else {
      // &mut of an iterator: step it in place.
      return new Source(inner, null, false);
    }
    Ty iterTy = new Ty.Adt(f.c.program.items().std(ref.mutable() ? "IterMut" : "Iter"), List.of(elem));
    Layout l = f.layout(iterTy);
    int esize = f.size(elem);
    Node v = f.exprs.value(iter);
    int fm = mode;
    long alen = arrayLen;
    int tmp = mode == 2 ? f.temp(it) : 0;
    return new Source(iterTy, new MemNode(l.size) {
      @Override
      public void evalInto(Machine m, int fp, int dst) {
        long ptr;
        long len;
        if (fm == 2) {
          v.evalInto(m, fp, fp + tmp);
          ptr = m.mem.getLong(fp + tmp);
          len = m.mem.getLong(fp + tmp + 8);
        } else {
          long p = v.evalLong(m, fp);
          if (fm == 0) {
            ptr = m.mem.getLong((int) p + HeapTypes.PTR);
            len = m.mem.getLong((int) p + HeapTypes.LEN);
          } else {
            ptr = p;
            len = alen;
          }
        }
        m.mem.putLong(dst + l.offsets[0], ptr);
        m.mem.putLong(dst + l.offsets[1], ptr + len * esize);
      }
    }, false);
  }

  /** {@code for x in &opt} (or {@code &mut opt}): std's option::Iter, an Option of a reference to the payload. */
  private Source optionRef(Expr iter, Ty.Adt opt, boolean mutable) {
    Ty r = new Ty.Ref(opt.args().get(0), mutable);
    Ty iterTy = new Ty.Adt(f.c.program.items().std("OptionIntoIter"), List.of(r));
    int at = f.layout(iterTy).offsets[0];
    Layout rl = f.layout(f.c.program.items().option(r));
    Layout sl = f.layout(opt);
    rustle.interp.nodes.EnumAccess accR = new rustle.interp.nodes.EnumAccess(rl);
    rustle.interp.nodes.EnumAccess accS = new rustle.interp.nodes.EnumAccess(sl);
    int pr = rl.variantOffsets[1][0];
    int ps = sl.variantOffsets[1][0];
    IntNode v = ExprCompiler.asInt(f.exprs.value(iter), new Ty.Ref(opt, mutable));
    return new Source(iterTy, new MemNode(f.size(iterTy)) {
      @Override
      public void evalInto(Machine m, int fp, int dst) {
        int p = (int) v.evalLong(m, fp);
        if (accS.variant(m.mem, p) == 1) {
          m.mem.putLong(dst + at + pr, p + ps);
          accR.setVariant(m.mem, dst + at, 1);
        } else {
          accR.setVariant(m.mem, dst + at, 0);
        }
      }
    }, false);
  }

  /** A loop over an iterator held in the frame. */
  static final class ForEach extends Node {
    final Node init;
    final Node ref;
    final int itOff;
    final int itemOff;
    final Stepper stepper;
    final PatCompiler.Bind bind;
    final Node body;
    final int id;
    final Dropper fin;

    ForEach(Node init, Node ref, int itOff, int itemOff, Stepper stepper, PatCompiler.Bind bind, Node body, int id, Dropper fin) {
      this.init = init;
      this.ref = ref;
      this.itOff = itOff;
      this.itemOff = itemOff;
      this.stepper = stepper;
      this.bind = bind;
      this.body = body;
      this.id = id;
      this.fin = fin;
    }

    @Override
    public int exec(Machine m, int fp) {
      int it;
      if (init != null) {
        it = fp + itOff;
        init.evalInto(m, fp, it);
      } else {
        it = (int) ref.evalLong(m, fp);
      }
      int item = fp + itemOff;
      int result = NORMAL;
      if (fin == null) {
        while (stepper.next(m, it, item)) {
          bind.bind(m, fp, item);
          int st = body.exec(m, fp);
          if (st != NORMAL) {
            st = Control.settle(m, st, id);
            if (st >= 0) return st;
          }
        }
        return NORMAL;
      }
      // The loop owns its iterator: the items not yet yielded are dropped on every way out.
      try {
        while (stepper.next(m, it, item)) {
          bind.bind(m, fp, item);
          int st = body.exec(m, fp);
          if (st != NORMAL) {
            st = Control.settle(m, st, id);
            if (st >= 0) {
              result = st;
              break;
            }
          }
        }
        fin.drop(m, it);
      } catch (RuntimeException e) {
        throw Unwind.leave(m, e, fin, it);
      }
      return result;
    }

    @Override
    public void evalInto(Machine m, int fp, int dst) {
      int st = exec(m, fp);
      if (st != NORMAL) {
        m.pendingStatus = st;
        throw JumpSignal.INSTANCE;
      }
    }
  }
}
