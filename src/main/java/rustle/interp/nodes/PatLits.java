package rustle.interp.nodes;

import java.nio.charset.StandardCharsets;
import rustle.ast.Expr;
import rustle.ast.Pattern;
import rustle.check.ConstDef;
import rustle.interp.FnCompiler;
import rustle.interp.PatCompiler;
import rustle.interp.rt.Kind;
import rustle.interp.rt.Machine;
import rustle.types.Infer;
import rustle.types.Prim;
import rustle.types.Ty;

/** Tests for literal, range and constant patterns. */
public final class PatLits {
  private PatLits() {}

  static long intValue(Expr.Lit lit) {
    if (lit instanceof Expr.IntLit i) return i.value().longValue();
    if (lit instanceof Expr.CharLit c) return c.value();
    if (lit instanceof Expr.BoolLit b) return b.value() ? 1 : 0;
    if (lit instanceof Expr.ByteLit b) return b.value();
    throw new IllegalStateException("not an integer literal");
  }

  public static PatCompiler.Test literal(FnCompiler f, Expr.Lit lit, Ty ty) {
    ty = Infer.shallow(ty);
    if (lit instanceof Expr.StrLit s) {
      byte[] want = s.value().getBytes(StandardCharsets.UTF_8);
      boolean isRef = ty instanceof Ty.Ref;
      return new PatCompiler.Test() {
        @Override
        public boolean test(Machine m, int fp, int addr) {
          int ptr = (int) m.mem.getLong(addr);
          long len = m.mem.getLong(addr + 8);
          if (len != want.length) return false;
          for (int i = 0; i < want.length; i++) if (m.mem.getByte(ptr + i) != want[i]) return false;
          return true;
        }
      };
    }
    if (lit instanceof Expr.FloatLit fl) {
      double want = fl.value();
      boolean f32 = ty == Prim.F32;
      return new PatCompiler.Test() {
        @Override
        public boolean test(Machine m, int fp, int addr) {
          return (f32 ? m.mem.getFloat(addr) : m.mem.getDouble(addr)) == want;
        }
      };
    }
    Kind k = Kind.of(ty);
    long want = k.wrap(intValue(lit) * (isNegated(lit) ? -1 : 1));
    return new PatCompiler.Test() {
      @Override
      public boolean test(Machine m, int fp, int addr) {
        return k.load(m.mem, addr) == want;
      }
    };
  }

  private static boolean isNegated(Expr.Lit lit) {
    return false;
  }

  /** The value of a range pattern end: a literal or a path to a constant with a literal value. */
  static long endValue(FnCompiler f, Expr e) {
    if (e instanceof Expr.Lit l) return intValue(l);
    if (e instanceof Expr.Unary u && u.operand() instanceof Expr.Lit l2) return -intValue(l2);
    if (e instanceof Expr.PathExpr p && f.t.res[p.id()] instanceof rustle.check.Res.Const c) {
      return endValue(f, c.def().item.value());
    }
    throw new IllegalStateException("range pattern end is not a constant");
  }

  /** The value of a float range pattern end: a literal, a negated one, or a constant with such a value. */
  static double floatEnd(FnCompiler f, Expr e) {
    if (e instanceof Expr.FloatLit l) return l.value();
    if (e instanceof Expr.Lit l) return intValue(l);
    if (e instanceof Expr.Unary u) return -floatEnd(f, u.operand());
    if (e instanceof Expr.PathExpr p && f.t.res[p.id()] instanceof rustle.check.Res.Const c) {
      return floatEnd(f, c.def().item.value());
    }
    throw new IllegalStateException("range pattern end is not a constant");
  }

  private static PatCompiler.Test floatRange(FnCompiler f, Pattern.RangePat rp, boolean f32) {
    boolean hasLo = rp.lo() != null;
    boolean hasHi = rp.hi() != null;
    double lo = hasLo ? floatEnd(f, rp.lo()) : 0;
    double hi = hasHi ? floatEnd(f, rp.hi()) : 0;
    boolean inclusive = rp.inclusive();
    return new PatCompiler.Test() {
      @Override
      public boolean test(Machine m, int fp, int addr) {
        double v = f32 ? m.mem.getFloat(addr) : m.mem.getDouble(addr);
        if (hasLo && !(v >= lo)) return false;
        if (hasHi) return inclusive ? v <= hi : v < hi;
        return true;
      }
    };
  }

  public static PatCompiler.Test range(FnCompiler f, Pattern.RangePat rp, Ty ty) {
    Ty st = Infer.shallow(ty);
    if (st == Prim.F64 || st == Prim.F32) return floatRange(f, rp, st == Prim.F32);
    Kind k = Kind.of(st);
    boolean hasLo = rp.lo() != null;
    boolean hasHi = rp.hi() != null;
    long lo = hasLo ? k.wrap(endValue(f, rp.lo())) : 0;
    long hi = hasHi ? k.wrap(endValue(f, rp.hi())) : 0;
    boolean inclusive = rp.inclusive();
    boolean unsigned64 = k == Kind.U64;
    return new PatCompiler.Test() {
      @Override
      public boolean test(Machine m, int fp, int addr) {
        long v = k.load(m.mem, addr);
        if (hasLo && (unsigned64 ? Long.compareUnsigned(v, lo) < 0 : v < lo)) return false;
        if (hasHi) {
          int c = unsigned64 ? Long.compareUnsigned(v, hi) : Long.compare(v, hi);
          return inclusive ? c <= 0 : c < 0;
        }
        return true;
      }
    };
  }

  public static PatCompiler.Test constant(FnCompiler f, ConstDef c, Ty ty) {
    Expr v = c.item.value();
    if (v instanceof Expr.Lit l) return literal(f, l, ty);
    if (v instanceof Expr.Unary u && u.operand() instanceof Expr.IntLit il) {
      Kind k = Kind.of(Infer.shallow(ty));
      long want = k.wrap(-il.value().longValue());
      return new PatCompiler.Test() {
        @Override
        public boolean test(Machine m, int fp, int addr) {
          return k.load(m.mem, addr) == want;
        }
      };
    }
    return structural(f, c, Infer.shallow(ty));
  }

  /**
   * A constant of an aggregate type ({@code const ORIGIN: (i32, i32) = (0, 0);}, a struct, an array, a
   * variant with fields) as a pattern: its value is built into a scratch slot and compared with the
   * scrutinee as {@code ==} would, which for the structural-match types a pattern allows is the match.
   */
  private static PatCompiler.Test structural(FnCompiler f, ConstDef c, Ty ty) {
    f.c.program.checkConst(c);
    rustle.interp.rt.Node value = f.exprs.value(c.item.value());
    rustle.types.Layout l = f.layout(ty);
    int tmp = f.frame.alloc(Math.max(l.size, 1), Math.max(l.align, 1));
    rustle.interp.rt.Rep rep = rustle.interp.rt.Rep.of(ty);
    Kind k = rep == rustle.interp.rt.Rep.MEM ? null : Kind.of(ty);
    Equality.Eq eq = Equality.glue(f, ty, ty);
    return new PatCompiler.Test() {
      @Override
      public boolean test(Machine m, int fp, int addr) {
        int at = fp + tmp;
        if (k == null) value.evalInto(m, fp, at);
        else if (k.isFloat()) {
          double d = value.evalDouble(m, fp);
          if (k == Kind.F32) m.mem.putFloat(at, (float) d);
          else m.mem.putDouble(at, d);
        } else k.store(m.mem, at, value.evalLong(m, fp));
        return eq.eq(m, addr, at);
      }
    };
  }
}
