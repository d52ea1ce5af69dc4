package rustle.interp.std;

import rustle.ast.Span;
import rustle.interp.ExprCompiler;
import rustle.interp.FnCompiler;
import rustle.interp.drop.Leaks;
import rustle.interp.rt.FnCode;
import rustle.interp.rt.IntNode;
import rustle.interp.rt.Kind;
import rustle.interp.rt.Machine;
import rustle.interp.rt.MemNode;
import rustle.interp.rt.Node;
import rustle.interp.rt.RustPanic;
import rustle.types.Infer;
import rustle.types.Layout;
import rustle.types.SmartPtrs;
import rustle.types.Ty;

/**
 * The hottest std intrinsics compiled to one node that does their work where they are called: no
 * frame, no argument slots, no dispatch through {@link Intrinsics.Impl}. They read and write the same
 * simulated memory, in the same order, and panic with the same message at the same span as the
 * intrinsic (whose Impl stays the reference and serves {@code --unchecked} runs; see Compiler.fastPaths).
 */
public final class DirectCalls {
  private DirectCalls() {}

  /**
   * The direct node of a call to code, or null when it has none. panicAt is the span std reports for
   * a panic (the caller's, for a call from user code into the prelude), null to use the machine's.
   */
  public static Node of(FnCompiler f, FnCode code, Node[] args, Span span, Span panicAt) {
    if (code.intrinsic == null || code.def.item == null || !code.def.fromPrelude) return null;
    switch (code.def.path()) {
      case "Rc::clone":
        return new RcClone(ptr(f, args[0]));
      case "Rc::strong_count":
        return new RcCount(ptr(f, args[0]));
      case "RefCell::borrow":
      case "RefCell::borrow_mut": {
        Ty t = Infer.shallow(code.typeArgs.get(0));
        Layout cl = f.layout(new Ty.Adt(f.c.program.items().std("RefCell"), java.util.List.of(t)));
        return new Borrow(ptr(f, args[0]), code.def.path().endsWith("_mut"), cl.offsets[0], cl.offsets[1], panicAt);
      }
      case "RefCell::new": {
        Ty t = Infer.shallow(code.typeArgs.get(0));
        Layout cl = f.layout(new Ty.Adt(f.c.program.items().std("RefCell"), java.util.List.of(t)));
        return new RefCellNew(args[0], cl.size, cl.offsets[0], cl.offsets[1]);
      }
      case "Box::new": {
        Layout l = f.layout(Infer.shallow(code.typeArgs.get(0)));
        return new BoxNew(args[0], l.size, l.align, span);
      }
      case "Rc::new": {
        Layout tl = f.layout(Infer.shallow(code.typeArgs.get(0)));
        return new RcNew(args[0], tl, span);
      }
      case "Vec::push":
        return DirectVecCalls.push(f, code, args, span, panicAt);
      default: {
        Node n = DirectIntCalls.of(code, args, span, panicAt);
        return n != null ? n : DirectStdCalls.of(f, code, args, span, panicAt);
      }
    }
  }

  private static IntNode ptr(FnCompiler f, Node arg) {
    return arg instanceof IntNode n ? n : ExprCompiler.asInt(arg, null);
  }

  /** {@code Rc::clone(&rc)}: one more strong count in the RcBox. */
  static final class RcClone extends IntNode {
    final IntNode rc;
    /** When rc is read from a local (Loads.localPointer): its slot, else 0, and the constant added. */
    final int rcSlot;
    final int rcPlus;

    RcClone(IntNode rc) {
      super(Kind.U64);
      this.rc = rc;
      int[] lp = rustle.interp.nodes.Loads.localPointer(rc);
      this.rcSlot = lp == null ? 0 : lp[0];
      this.rcPlus = lp == null ? 0 : lp[1];
    }

    @Override
    public long evalLong(Machine m, int fp) {
      int a = rcSlot != 0 ? (int) m.mem.getLong(fp + rcSlot) + rcPlus : (int) rc.evalLong(m, fp);
      int p = (int) m.mem.getLong(a);
      m.mem.putLong(p + SmartPtrs.STRONG, m.mem.getLong(p + SmartPtrs.STRONG) + 1);
      return p;
    }
  }

  /** {@code Rc::strong_count(&rc)}. */
  static final class RcCount extends IntNode {
    final IntNode rc;

    RcCount(IntNode rc) {
      super(Kind.U64);
      this.rc = rc;
    }

    @Override
    public long evalLong(Machine m, int fp) {
      return m.mem.getLong((int) m.mem.getLong((int) rc.evalLong(m, fp)) + SmartPtrs.STRONG);
    }
  }

  /** {@code cell.borrow()} / {@code cell.borrow_mut()}: checks and sets the flag, writes the Ref. */
  static final class Borrow extends MemNode {
    final IntNode cell;
    final boolean mut;
    final int flag;
    final int value;
    final Span panicAt;
    /** When cell is read from a local (Loads.localPointer): its slot, else 0, and the constant added. */
    final int cellSlot;
    final int cellPlus;

    Borrow(IntNode cell, boolean mut, int flag, int value, Span panicAt) {
      super(16);
      this.cell = cell;
      this.mut = mut;
      this.flag = flag;
      this.value = value;
      this.panicAt = panicAt;
      int[] lp = rustle.interp.nodes.Loads.localPointer(cell);
      this.cellSlot = lp == null ? 0 : lp[0];
      this.cellPlus = lp == null ? 0 : lp[1];
    }

    @Override
    public void evalInto(Machine m, int fp, int dst) {
      int c = cellSlot != 0 ? (int) m.mem.getLong(fp + cellSlot) + cellPlus : (int) cell.evalLong(m, fp);
      long b = m.mem.getLong(c + flag);
      if (mut ? b != 0 : b < 0) throw failed(m, mut, panicAt);
      m.mem.putLong(c + flag, mut ? -1 : b + 1);
      m.mem.putLong(dst + SmartPtrs.REF_VALUE, c + value);
      m.mem.putLong(dst + SmartPtrs.REF_FLAG, c + flag);
    }

    /** The panic of a borrow that conflicts with one alive (out of line: the hot path stays small). */
    static RustPanic failed(Machine m, boolean mut, Span panicAt) {
      return new RustPanic(mut ? "RefCell already borrowed" : "RefCell already mutably borrowed",
          panicAt != null ? panicAt : m.callerSpan());
    }
  }

  /** {@code RefCell::new(x)}: x built in place beside a free borrow flag (any node may build into its destination). */
  static final class RefCellNew extends MemNode {
    final Node x;
    final int flag;
    final int value;

    RefCellNew(Node x, int size, int flag, int value) {
      super(size);
      this.x = x;
      this.flag = flag;
      this.value = value;
    }

    @Override
    public void evalInto(Machine m, int fp, int dst) {
      x.evalInto(m, fp, dst + value);
      m.mem.putLong(dst + flag, 0);
    }
  }

  /**
   * {@code Box::new(x)}: x is built on the stack first (building it may allocate), then moved into the
   * new block, as the intrinsic does with its parameter slot.
   */
  static final class BoxNew extends IntNode {
    final Node x;
    final IntNode wide;
    final int size;
    final int align;
    final Span span;

    BoxNew(Node x, int size, int align, Span span) {
      super(Kind.U64);
      this.x = x;
      this.wide = x instanceof IntNode n && n.kind.size == 8 ? n : null;
      this.size = size;
      this.align = align;
      this.span = span;
    }

    @Override
    public long evalLong(Machine m, int fp) {
      if (wide != null) {
        long v = wide.evalLong(m, fp);
        int p = m.heapTypes.boxNew(8, align, span);
        m.mem.putLong(p, v);
        return p;
      }
      int sp0 = m.sp;
      m.pushFrame(size);
      int t = m.sp;
      x.evalInto(m, fp, t);
      int p = m.heapTypes.boxNew(size, align, span);
      if (size > 0) m.mem.copy(t, p, size);
      m.sp = sp0;
      return p;
    }
  }

  /** {@code Rc::new(x)}: x built on the stack, then an RcBox with strong 1, weak 1 and x. */
  static final class RcNew extends IntNode {
    final Node x;
    final int size;
    final int boxSize;
    final int boxAlign;
    final int off;
    final Leaks.RcBoxSite site;

    RcNew(Node x, Layout tl, Span span) {
      super(Kind.U64);
      this.x = x;
      this.size = tl.size;
      this.boxSize = SmartPtrs.rcBoxSize(tl);
      this.boxAlign = SmartPtrs.rcBoxAlign(tl);
      this.off = SmartPtrs.rcValueOffset(tl);
      this.site = new Leaks.RcBoxSite(span);
    }

    @Override
    public long evalLong(Machine m, int fp) {
      int sp0 = m.sp;
      m.pushFrame(size);
      int t = m.sp;
      x.evalInto(m, fp, t);
      int p = m.heap.allocate(boxSize, boxAlign, site);
      m.mem.putLong(p + SmartPtrs.STRONG, 1);
      m.mem.putLong(p + SmartPtrs.WEAK, 1);
      if (size > 0) m.mem.copy(t, p + off, size);
      m.sp = sp0;
      return p;
    }
  }
}
