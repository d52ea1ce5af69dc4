package rustle.interp.std;

import rustle.ast.Span;
import rustle.interp.FnCompiler;
import rustle.interp.drop.Leaks;
import rustle.interp.rt.Kind;
import rustle.interp.rt.Machine;
import rustle.interp.rt.RustPanic;
import rustle.types.Layout;
import rustle.types.SmartPtrs;
import rustle.types.Ty;

/**
 * Rc, Weak, RefCell and Cell over the simulated memory: an Rc is the address of a heap RcBox (strong
 * count, weak count, value), a RefCell's borrow flag is an isize beside its value (0 free, n > 0 shared
 * borrows, -1 mutably borrowed), and a Ref/RefMut is (value pointer, flag pointer).
 */
final class SmartIntrinsics {
  private SmartIntrinsics() {}

  static Intrinsics.Impl of(FnCompiler f, String owner, String name, Intrinsics.Args a, Ty t) {
    Layout tl = f.layout(t);
    switch (owner) {
      case "Rc": return rc(f, name, a, t, tl);
      case "Weak": return weak(name, a, tl);
      case "RefCell": return refCell(f, name, a, t, tl);
      case "Cell": return cell(name, a, tl, t);
      default: return null;
    }
  }

  private static Intrinsics.Impl rc(FnCompiler f, String name, Intrinsics.Args a, Ty t, Layout tl) {
    int off = SmartPtrs.rcValueOffset(tl);
    switch (name) {
      case "new":
        return new Intrinsics.Impl() {
          @Override
          public long callLong(Machine m, int fp, Span span) {
            int p = m.heap.allocate(SmartPtrs.rcBoxSize(tl), SmartPtrs.rcBoxAlign(tl), new Leaks.RcBoxSite(span));
            m.mem.putLong(p + SmartPtrs.STRONG, 1);
            m.mem.putLong(p + SmartPtrs.WEAK, 1);
            if (tl.size > 0) m.mem.copy(a.at(fp, 0), p + off, tl.size);
            return p;
          }
        };
      case "clone":
        return new Intrinsics.Impl() {
          @Override
          public long callLong(Machine m, int fp, Span span) {
            int p = (int) m.mem.getLong(a.ptr(m, fp, 0));
            m.mem.putLong(p + SmartPtrs.STRONG, m.mem.getLong(p + SmartPtrs.STRONG) + 1);
            return p;
          }
        };
      case "strong_count":
        return count(a, SmartPtrs.STRONG, 0);
      case "weak_count":
        return count(a, SmartPtrs.WEAK, 1);
      case "downgrade":
        return new Intrinsics.Impl() {
          @Override
          public long callLong(Machine m, int fp, Span span) {
            int p = (int) m.mem.getLong(a.ptr(m, fp, 0));
            m.mem.putLong(p + SmartPtrs.WEAK, m.mem.getLong(p + SmartPtrs.WEAK) + 1);
            return p;
          }
        };
      case "ptr_eq":
        return new Intrinsics.Impl() {
          @Override
          public long callLong(Machine m, int fp, Span span) {
            return m.mem.getLong(a.ptr(m, fp, 0)) == m.mem.getLong(a.ptr(m, fp, 1)) ? 1 : 0;
          }
        };
      default:
        return null;
    }
  }

  /** Rc::strong_count / weak_count: a count read from the RcBox (the weak one less its implicit 1). */
  private static Intrinsics.Impl count(Intrinsics.Args a, int field, int implicit) {
    return new Intrinsics.Impl() {
      @Override
      public long callLong(Machine m, int fp, Span span) {
        int p = (int) m.mem.getLong(a.ptr(m, fp, 0));
        return m.mem.getLong(p + field) - implicit;
      }
    };
  }

  private static Intrinsics.Impl weak(String name, Intrinsics.Args a, Layout tl) {
    switch (name) {
      case "new":
        return new Intrinsics.Impl() {
          @Override
          public long callLong(Machine m, int fp, Span span) {
            return SmartPtrs.DANGLING;
          }
        };
      case "clone":
        return new Intrinsics.Impl() {
          @Override
          public long callLong(Machine m, int fp, Span span) {
            long p = m.mem.getLong(a.ptr(m, fp, 0));
            if (p != SmartPtrs.DANGLING) m.mem.putLong((int) p + SmartPtrs.WEAK, m.mem.getLong((int) p + SmartPtrs.WEAK) + 1);
            return p;
          }
        };
      case "upgrade":
        // Option<Rc<T>> uses the pointer's niche: None is 0.
        return new Intrinsics.Impl() {
          @Override
          public long callLong(Machine m, int fp, Span span) {
            long p = m.mem.getLong(a.ptr(m, fp, 0));
            if (p == SmartPtrs.DANGLING) return 0;
            long strong = m.mem.getLong((int) p + SmartPtrs.STRONG);
            if (strong == 0) return 0;
            m.mem.putLong((int) p + SmartPtrs.STRONG, strong + 1);
            return p;
          }

          @Override
          public void callInto(Machine m, int fp, int dst, Span span) {
            m.mem.putLong(dst, callLong(m, fp, span));
          }
        };
      case "strong_count":
      case "weak_count":
        boolean strong = name.equals("strong_count");
        return new Intrinsics.Impl() {
          @Override
          public long callLong(Machine m, int fp, Span span) {
            long p = m.mem.getLong(a.ptr(m, fp, 0));
            if (p == SmartPtrs.DANGLING) return 0;
            long s = m.mem.getLong((int) p + SmartPtrs.STRONG);
            if (strong || s == 0) return strong ? s : 0;
            return m.mem.getLong((int) p + SmartPtrs.WEAK) - 1;
          }
        };
      default:
        return null;
    }
  }

  private static Intrinsics.Impl refCell(FnCompiler f, String name, Intrinsics.Args a, Ty t, Layout tl) {
    Layout cl = f.layout(new Ty.Adt(f.c.program.items().std("RefCell"), java.util.List.of(t)));
    int flag = cl.offsets[0];
    int value = cl.offsets[1];
    switch (name) {
      case "new":
        return new Intrinsics.Impl() {
          @Override
          public void callInto(Machine m, int fp, int dst, Span span) {
            m.mem.putLong(dst + flag, 0);
            if (tl.size > 0) m.mem.copy(a.at(fp, 0), dst + value, tl.size);
          }
        };
      case "get_mut":
        return new Intrinsics.Impl() {
          @Override
          public long callLong(Machine m, int fp, Span span) {
            return a.ptr(m, fp, 0) + value;
          }
        };
      case "__flag":
        return new Intrinsics.Impl() {
          @Override
          public long callLong(Machine m, int fp, Span span) {
            return m.mem.getLong(a.ptr(m, fp, 0) + flag);
          }
        };
      case "borrow":
      case "borrow_mut": {
        boolean mut = name.equals("borrow_mut");
        return new Intrinsics.Impl() {
          @Override
          public void callInto(Machine m, int fp, int dst, Span span) {
            int c = a.ptr(m, fp, 0);
            long b = m.mem.getLong(c + flag);
            if (mut ? b != 0 : b < 0) {
              throw new RustPanic(mut ? "RefCell already borrowed" : "RefCell already mutably borrowed", m.callerSpan());
            }
            m.mem.putLong(c + flag, mut ? -1 : b + 1);
            m.mem.putLong(dst + SmartPtrs.REF_VALUE, c + value);
            m.mem.putLong(dst + SmartPtrs.REF_FLAG, c + flag);
          }
        };
      }
      default:
        return null;
    }
  }

  private static Intrinsics.Impl cell(String name, Intrinsics.Args a, Layout tl, Ty t) {
    Kind k = Kind.of(t);
    switch (name) {
      case "new":
        return new Intrinsics.Impl() {
          @Override
          public void callInto(Machine m, int fp, int dst, Span span) {
            if (tl.size > 0) m.mem.copy(a.at(fp, 0), dst, tl.size);
          }
        };
      case "get":
        return new Intrinsics.Impl() {
          @Override
          public long callLong(Machine m, int fp, Span span) {
            return k.load(m.mem, a.ptr(m, fp, 0));
          }

          @Override
          public double callDouble(Machine m, int fp, Span span) {
            return k == Kind.F32 ? Float.intBitsToFloat((int) k.load(m.mem, a.ptr(m, fp, 0)))
                : Double.longBitsToDouble(k.load(m.mem, a.ptr(m, fp, 0)));
          }

          @Override
          public void callInto(Machine m, int fp, int dst, Span span) {
            if (tl.size > 0) m.mem.copy(a.ptr(m, fp, 0), dst, tl.size);
          }
        };
      case "set":
        return new Intrinsics.Impl() {
          @Override
          public void callInto(Machine m, int fp, int dst, Span span) {
            if (tl.size > 0) m.mem.copy(a.at(fp, 1), a.ptr(m, fp, 0), tl.size);
          }
        };
      default:
        return null;
    }
  }
}
