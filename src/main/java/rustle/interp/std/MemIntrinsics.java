package rustle.interp.std;

import rustle.ast.Expr;
import rustle.check.Res;
import rustle.interp.FnCompiler;
import rustle.interp.drop.Dropper;
import rustle.interp.drop.Leaks;
import rustle.interp.nodes.Aggregates;
import rustle.interp.nodes.Loads;
import rustle.interp.nodes.Stmts;
import rustle.interp.rt.ExitSignal;
import rustle.interp.rt.IntNode;
import rustle.interp.rt.Kind;
import rustle.interp.rt.Machine;
import rustle.interp.rt.MemNode;
import rustle.interp.rt.Node;
import rustle.types.AdtDef;
import rustle.types.Infer;
import rustle.types.Prim;
import rustle.types.Ty;

/** {@code std::mem::{size_of, align_of, drop, replace, swap, take}} and {@code std::process::exit}. */
public final class MemIntrinsics {
  private MemIntrinsics() {}

  public static Node compile(FnCompiler f, Res.Intrinsic in, Expr.Call c, Ty ret) {
    Ty t = in.args().isEmpty() ? null : f.sub(in.args().get(0));  // process::exit has no type argument
    switch (in.name()) {
      case "mem::size_of":
        return new Loads.ConstInt(f.size(t), Kind.U64);
      case "mem::align_of":
        return new Loads.ConstInt(f.layout(t).align, Kind.U64);
      case "mem::size_of_val":
      case "mem::align_of_val":
        return sizeOfVal(f, t, c.args().get(0), in.name().equals("mem::size_of_val"));
      case "hint::black_box":
        // An identity function to rustle, which optimises nothing away.
        return f.exprs.value(c.args().get(0));
      case "mem::drop": {
        Node v = f.exprs.value(c.args().get(0));
        int tmp = f.temp(t);
        Dropper d = f.c.drops.of(t);
        Stmts.Discard discard = new Stmts.Discard(v, tmp, d);
        return new MemNode(0) {
          @Override
          public void evalInto(Machine m, int fp, int dst) {
            discard.exec(m, fp);
          }
        };
      }
      case "mem::forget": {
        // The value is moved in and never dropped: the blocks it owns become the program's own leak.
        Ty vt = f.ty(c.args().get(0));
        Node v = f.exprs.value(c.args().get(0));
        int tmp = f.temp(vt);
        int bytes = f.size(vt);
        return new MemNode(0) {
          @Override
          public void evalInto(Machine m, int fp, int dst) {
            v.evalInto(m, fp, fp + tmp);
            for (int off = 0; off + 8 <= bytes; off += 8) Leaks.root(m, m.mem.getLong(fp + tmp + off));
          }
        };
      }
      case "mem::replace": {
        IntNode dest = f.exprs.intVal(c.args().get(0));
        Node src = f.exprs.value(c.args().get(1));
        int esize = f.size(t);
        int tmp = f.temp(t);
        return new MemNode(esize) {
          @Override
          public void evalInto(Machine m, int fp, int dst) {
            int d = (int) dest.evalLong(m, fp);
            src.evalInto(m, fp, fp + tmp);
            m.mem.copy(d, dst, esize);
            m.mem.copy(fp + tmp, d, esize);
          }
        };
      }
      case "mem::swap": {
        IntNode a = f.exprs.intVal(c.args().get(0));
        IntNode b = f.exprs.intVal(c.args().get(1));
        int esize = f.size(t);
        int tmp = f.temp(t);
        return new MemNode(0) {
          @Override
          public void evalInto(Machine m, int fp, int dst) {
            int x = (int) a.evalLong(m, fp);
            int y = (int) b.evalLong(m, fp);
            m.mem.copy(x, fp + tmp, esize);
            m.mem.copy(y, x, esize);
            m.mem.copy(fp + tmp, y, esize);
          }
        };
      }
      case "mem::take": {
        IntNode dest = f.exprs.intVal(c.args().get(0));
        int esize = f.size(t);
        Node deflt = defaultValue(f, t);
        return new MemNode(esize) {
          @Override
          public void evalInto(Machine m, int fp, int dst) {
            int d = (int) dest.evalLong(m, fp);
            m.mem.copy(d, dst, esize);
            deflt.evalInto(m, fp, d);
          }
        };
      }
      case "process::exit": {
        IntNode code = f.exprs.intVal(c.args().get(0));
        return new MemNode(0) {
          @Override
          public void evalInto(Machine m, int fp, int dst) {
            throw new ExitSignal((int) code.evalLong(m, fp));
          }
        };
      }
      default:
        return RawPtrIntrinsics.free(f, in, c);
    }
  }

  /**
   * size_of_val / align_of_val of the value behind a reference: the type's own for a sized T, from the
   * length for str and slices, from the vtable (size, then align, after the drop word) for dyn.
   */
  private static Node sizeOfVal(FnCompiler f, Ty t, Expr arg, boolean size) {
    Ty pointee = Infer.shallow(((Ty.Ref) Infer.shallow(f.ty(arg))).inner());
    Node ref = f.exprs.value(arg);
    if (!rustle.types.Layouts.isUnsized(pointee)) {
      long v = size ? f.size(pointee) : f.layout(pointee).align;
      IntNode r = rustle.interp.ExprCompiler.asInt(ref, new Ty.Ref(pointee, false));
      return new IntNode(Kind.U64) {
        @Override
        public long evalLong(Machine m, int fp) {
          r.evalLong(m, fp);
          return v;
        }
      };
    }
    MemNode fat = (MemNode) rustle.interp.ExprCompilerAccess.mem(ref, 16);
    int tmp = f.frame.alloc(16, 8);
    boolean dyn = pointee instanceof Ty.Dyn;
    long elem = dyn ? 0 : pointee == Prim.STR ? 1 : f.size(((Ty.Slice) pointee).elem());
    long align = dyn ? 0 : pointee == Prim.STR ? 1 : f.layout(((Ty.Slice) pointee).elem()).align;
    return new IntNode(Kind.U64) {
      @Override
      public long evalLong(Machine m, int fp) {
        fat.evalInto(m, fp, fp + tmp);
        long meta = m.mem.getLong(fp + tmp + 8);
        if (dyn) return m.mem.getLong((int) meta + (size ? 8 : 16));
        return size ? meta * elem : align;
      }
    };
  }

  /** Default::default() for the std types rustle knows. */
  static Node defaultValue(FnCompiler f, Ty t) {
    t = Infer.shallow(t);
    int esize = f.size(t);
    if (t instanceof Ty.Adt a) {
      if (a.def().builtin == AdtDef.Builtin.STRING || a.def().builtin == AdtDef.Builtin.VEC) {
        int align = a.def().builtin == AdtDef.Builtin.VEC ? Math.max(1, f.layout(a.args().get(0)).align) : 1;
        return new MemNode(24) {
          @Override
          public void evalInto(Machine m, int fp, int dst) {
            m.heapTypes.initEmpty(dst, align);
          }
        };
      }
      if (a.def().builtin == AdtDef.Builtin.OPTION) return Aggregates.unitVariant(f, a, a.def().variant("None").index());
    }
    return new MemNode(esize) {
      @Override
      public void evalInto(Machine m, int fp, int dst) {
        m.mem.fill(dst, esize, (byte) 0);
      }
    };
  }
}
