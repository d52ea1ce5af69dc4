package rustle.interp.std;

import rustle.ast.Expr;
import rustle.ast.Span;
import rustle.check.MethodRes;
import rustle.fmt.FormatSpec;
import rustle.interp.ExprCompiler;
import rustle.interp.FnCompiler;
import rustle.interp.drop.CloneGlue;
import rustle.interp.print.Fmts;
import rustle.interp.print.ValueFmt;
import rustle.interp.rt.IntNode;
import rustle.interp.rt.Machine;
import rustle.interp.rt.MemNode;
import rustle.interp.rt.Node;
import rustle.types.Infer;
import rustle.types.Prim;
import rustle.types.Ty;

/** The natively typed methods: clone, to_string, to_owned, extend, and the iterator methods. */
public final class NativeCalls {
  private NativeCalls() {}

  public static Node compile(FnCompiler f, Expr.MethodCall m, MethodRes r, Node recv, Ty ret) {
    Ty x = Infer.shallow(f.sub(r.receiverTy()));
    Span site = m.span();
    switch (r.nativeName()) {
      case "clone": {
        if (x == Prim.STR) return recv;
        IntNode ptr = ExprCompiler.asInt(recv, new Ty.Ref(x, false));
        CloneGlue g = CloneGlue.of(f, x, site);
        return new MemNode(f.size(x)) {
          @Override
          public void evalInto(Machine mc, int fp, int dst) {
            g.clone(mc, (int) ptr.evalLong(mc, fp), dst);
          }
        };
      }
      case "to_owned":
      case "to_string": {
        if (x == Prim.STR) {
          MemNode fat = (MemNode) recv;
          int tmp = f.frame.alloc(16, 8);
          return new MemNode(24) {
            @Override
            public void evalInto(Machine mc, int fp, int dst) {
              fat.evalInto(mc, fp, fp + tmp);
              mc.heapTypes.fromBytes(dst, (int) mc.mem.getLong(fp + tmp), (int) mc.mem.getLong(fp + tmp + 8), site);
            }
          };
        }
        if (r.nativeName().equals("to_owned")) return compile(f, m, new MethodRes(null, "clone", r.args(), r.derefs(),
            r.autoref(), r.derefTypes(), r.receiverTy()), recv, ret);
        IntNode ptr = ExprCompiler.asInt(recv, new Ty.Ref(x, false));
        ValueFmt vf = new Fmts(f).of(x, false);
        if (vf.unwrapped() instanceof rustle.interp.print.UserFmt) {
          return new MemNode(24) {
            @Override
            public void evalInto(Machine mc, int fp, int dst) {
              rustle.interp.print.Printing.toStringByPieces(vf, mc, (int) ptr.evalLong(mc, fp), dst, site);
            }
          };
        }
        return new MemNode(24) {
          @Override
          public void evalInto(Machine mc, int fp, int dst) {
            StringBuilder sb = new StringBuilder();
            vf.write(mc, (int) ptr.evalLong(mc, fp), new ValueFmt.Ctx(sb, FormatSpec.DISPLAY, -1, -1));
            StrIntrinsics.newString(mc, dst, sb.toString(), site);
          }
        };
      }
      case "extend":
        return Extend.compile(f, m, recv, x);
      default:
        return IterCalls.compile(f, m, r, recv, ret, x);
    }
  }

  /** The body of {@code ToString::to_string} called as a function: Display of {@code *self} into a new String. */
  public static Intrinsics.Impl toStringImpl(FnCompiler f, Ty self, int paramOff) {
    ValueFmt vf = new Fmts(f).of(Infer.shallow(self), false);
    return new Intrinsics.Impl() {
      @Override
      public void callInto(Machine mc, int fp, int dst, Span span) {
        StringBuilder sb = new StringBuilder();
        vf.write(mc, (int) mc.mem.getLong(fp + paramOff), new ValueFmt.Ctx(sb, FormatSpec.DISPLAY, -1, -1));
        StrIntrinsics.newString(mc, dst, sb.toString(), span);
      }
    };
  }
}
