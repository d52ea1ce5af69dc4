package rustle.interp.std;

import rustle.ast.Expr;
import rustle.ast.Span;
import rustle.check.MethodRes;
import rustle.fmt.FormatSpec;
import rustle.interp.ExprCompiler;
import rustle.interp.ExprCompilerAccess;
import rustle.interp.FnCompiler;
import rustle.interp.drop.CloneGlue;
import rustle.interp.nodes.Equality;
import rustle.interp.print.Fmts;
import rustle.interp.print.ValueFmt;
import rustle.interp.rt.IntNode;
import rustle.interp.rt.Kind;
import rustle.interp.rt.Machine;
import rustle.interp.rt.MemNode;
import rustle.interp.rt.Node;
import rustle.types.Infer;
import rustle.types.Layouts;
import rustle.types.Prim;
import rustle.types.Ty;

/** The natively typed methods: clone, to_string, to_owned, extend, and the iterator methods. */
public final class NativeCalls {
  private NativeCalls() {}

  /** An Eq.cmp result as an Ordering (or Option<Ordering>) byte. */
  static long ordering(int c) {
    return c == 2 ? 2 : Integer.signum(c);
  }

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
            ToStringCaps.newString(mc, dst, x, sb.toString(), site);
          }
        };
      }
      case "cmp":
      case "partial_cmp": {
        // Ordering and Option<Ordering> are one byte: -1, 0, 1, and 2 for None (what Eq.cmp says of
        // unordered floats).
        Node other = f.exprs.value(m.args().get(0));
        if (Layouts.isUnsized(x)) {
          // str and slices: compare the two fat pointers, held in frame slots.
          Ty ref = new Ty.Ref(x, false);
          Equality.Eq eq = Equality.glue(f, ref, ref);
          MemNode fa = (MemNode) ExprCompilerAccess.mem(recv, 16);
          MemNode fb = (MemNode) ExprCompilerAccess.mem(other, 16);
          int ta = f.frame.alloc(16, 8);
          int tb = f.frame.alloc(16, 8);
          return new IntNode(Kind.I8) {
            @Override
            public long evalLong(Machine mc, int fp) {
              fa.evalInto(mc, fp, fp + ta);
              fb.evalInto(mc, fp, fp + tb);
              return ordering(eq.cmp(mc, fp + ta, fp + tb));
            }
          };
        }
        IntNode a = ExprCompiler.asInt(recv, new Ty.Ref(x, false));
        IntNode b = ExprCompiler.asInt(other, new Ty.Ref(x, false));
        Equality.Eq eq = Equality.glue(f, x, x);
        if (r.nativeName().equals("cmp")) {
          return new IntNode(Kind.I8) {
            @Override
            public long evalLong(Machine mc, int fp) {
              return ordering(eq.total(mc, (int) a.evalLong(mc, fp), (int) b.evalLong(mc, fp)));
            }
          };
        }
        return new IntNode(Kind.I8) {
          @Override
          public long evalLong(Machine mc, int fp) {
            int pa = (int) a.evalLong(mc, fp);
            int pb = (int) b.evalLong(mc, fp);
            return ordering(eq.cmp(mc, pa, pb));
          }
        };
      }
      case "extend":
        return Extend.compile(f, m, recv, x);
      case "map":
        // [T; N]::map; an iterator's map is an adapter (IterCalls).
        if (x instanceof Ty.Array arr) return ArrayMap.compile(f, m, recv, arr, ret);
        return IterCalls.compile(f, m, r, recv, ret, x);
      case "into_iter": {
        // Of a generic `I: IntoIterator` whose instance is a collection by value (not an iterator).
        if (r.receiverTy() instanceof Ty.Param && x instanceof Ty.Adt xa && rustle.check.Iterators.itemOf(xa, null) == null) {
          return ExprCompilerAccess.intoIter(f, m.receiver(), x, ret);
        }
        if (x instanceof Ty.Ref ref && r.receiverTy() instanceof Ty.Param && !(Infer.shallow(ref.inner()) instanceof Ty.Slice
            || Infer.shallow(ref.inner()) instanceof Ty.Array
            || Infer.shallow(ref.inner()) instanceof Ty.Adt va && va.def().builtin == rustle.types.AdtDef.Builtin.VEC)) {
          return ExprCompilerAccess.intoIter(f, m.receiver(), x, ret);
        }
        if (x instanceof Ty.Ref ref) return SliceMore.refIntoIter(f, recv, Infer.shallow(ref.inner()), ret);
        // An iterator's into_iter is itself (IntoIterator for I: Iterator).
        if (!(x instanceof Ty.Array)) return recv;
        // [T; N] by value into std::array::IntoIter { data, alive: start..end }.
        int[] o = f.layout(ret).offsets;
        MemNode arr = (MemNode) ExprCompilerAccess.mem(recv, f.size(x));
        long n = ((Ty.Array) x).len();
        return new MemNode(f.size(ret)) {
          @Override
          public void evalInto(Machine mc, int fp, int dst) {
            arr.evalInto(mc, fp, dst + o[0]);
            mc.mem.putLong(dst + o[1], 0);
            mc.mem.putLong(dst + o[2], n);
          }
        };
      }
      default:
        return IterCalls.compile(f, m, r, recv, ret, x);
    }
  }

  /** The body of {@code ToString::to_string} called as a function: Display of {@code *self} into a new String. */
  public static Intrinsics.Impl toStringImpl(FnCompiler f, Ty self, int paramOff) {
    Ty t = Infer.shallow(self);
    // `str::to_string`: &self is a fat pointer, shown where it lies as a &str is.
    boolean unsized = t == rustle.types.Prim.STR;
    ValueFmt vf = new Fmts(f).of(unsized ? new Ty.Ref(t, false) : t, false);
    return new Intrinsics.Impl() {
      @Override
      public void callInto(Machine mc, int fp, int dst, Span span) {
        StringBuilder sb = new StringBuilder();
        int at = unsized ? fp + paramOff : (int) mc.mem.getLong(fp + paramOff);
        vf.write(mc, at, new ValueFmt.Ctx(sb, FormatSpec.DISPLAY, -1, -1));
        ToStringCaps.newString(mc, dst, t, sb.toString(), span);
      }
    };
  }
}
