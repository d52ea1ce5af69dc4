package rustle.interp.std;

import java.util.List;
import rustle.ast.Span;
import rustle.interp.FnCompiler;
import rustle.interp.rt.Machine;
import rustle.interp.rt.RustPanic;
import rustle.interp.rt.UndefinedBehavior;
import rustle.types.Layout;
import rustle.types.Ty;

/**
 * Native bodies of the raw pointer methods ({@code *const T} / {@code *mut T}: is_null, add, offset, read,
 * write, ...) and of the slice methods that hand out raw pointers or split a slice ({@code as_ptr},
 * {@code as_mut_ptr}, {@code split_at}, {@code split_at_mut}). A raw pointer is a plain address; only an
 * access through it (read, write) is checked by {@link UndefinedBehavior#check}.
 */
final class RawPtrIntrinsics {
  private RawPtrIntrinsics() {}

  /** A method of {@code *const T} / {@code *mut T}; argument 0 is the pointer, t its pointee type. */
  static Intrinsics.Impl pointer(FnCompiler f, String name, Intrinsics.Args a, Ty t) {
    int size = f.size(t);
    switch (name) {
      case "is_null":
        return scalar((m, fp) -> a.word(m, fp, 0) == 0 ? 1 : 0);
      case "addr":
      case "cast_const":
        return scalar((m, fp) -> a.word(m, fp, 0));
      case "add":
      case "wrapping_add":
      case "offset":
      case "wrapping_offset":
        return scalar((m, fp) -> a.word(m, fp, 0) + a.word(m, fp, 1) * size);
      case "sub":
      case "wrapping_sub":
        return scalar((m, fp) -> a.word(m, fp, 0) - a.word(m, fp, 1) * size);
      case "read":
        return new Intrinsics.Impl() {
          @Override
          public void callInto(Machine m, int fp, int dst, Span span) {
            m.mem.copy(UndefinedBehavior.check(m, a.word(m, fp, 0), size, m.callerSpan(), fp), dst, size);
          }
        };
      case "write":
        return new Intrinsics.Impl() {
          @Override
          public long callLong(Machine m, int fp, Span span) {
            m.mem.copy(a.at(fp, 1), UndefinedBehavior.check(m, a.word(m, fp, 0), size, m.callerSpan(), fp), size);
            return 0;
          }

          @Override
          public void callInto(Machine m, int fp, int dst, Span span) {
            callLong(m, fp, span);
          }
        };
      default:
        return null;
    }
  }

  /** A slice method; argument 0 is the slice's fat pointer (address, length). */
  static Intrinsics.Impl slice(FnCompiler f, String name, Intrinsics.Args a, Ty elem) {
    int size = f.size(elem);
    switch (name) {
      case "as_ptr":
      case "as_mut_ptr":
        return scalar((m, fp) -> a.word(m, fp, 0));
      case "split_at":
      case "split_at_mut": {
        Ty half = new Ty.Ref(new Ty.Slice(elem), name.endsWith("mut"));
        Layout l = f.layout(new Ty.Tuple(List.of(half, half)));
        int first = l.offsets[0];
        int second = l.offsets[1];
        return new Intrinsics.Impl() {
          @Override
          public void callInto(Machine m, int fp, int dst, Span span) {
            long p = a.word(m, fp, 0);
            long len = m.mem.getLong(a.at(fp, 0) + 8);
            long mid = a.word(m, fp, 1);
            if (Long.compareUnsigned(mid, len) > 0) throw new RustPanic("mid > len", m.callerSpan());
            m.mem.putLong(dst + first, p);
            m.mem.putLong(dst + first + 8, mid);
            m.mem.putLong(dst + second, p + mid * size);
            m.mem.putLong(dst + second + 8, len - mid);
          }
        };
      }
      default:
        return null;
    }
  }

  /** {@code std::ptr::{null, null_mut, read, write}}, {@code std::slice::from_raw_parts(_mut)}. */
  static rustle.interp.rt.Node free(FnCompiler f, rustle.check.Res.Intrinsic in, rustle.ast.Expr.Call c) {
    Ty t = f.sub(in.args().get(0));
    switch (in.name()) {
      case "ptr::null":
      case "ptr::null_mut":
        return new rustle.interp.nodes.Loads.ConstInt(0, rustle.interp.rt.Kind.U64);
      case "ptr::read": {
        rustle.interp.rt.Place p = new rustle.interp.nodes.RawDeref(f.exprs.intVal(c.args().get(0)), f.size(t),
            c.span());
        switch (rustle.interp.rt.Rep.of(t)) {
          case INT: return rustle.interp.nodes.Loads.load(p, rustle.interp.rt.Kind.of(t));
          case FLOAT: return new rustle.interp.nodes.Loads.LoadFloat(p, t == rustle.types.Prim.F32);
          default: return new rustle.interp.nodes.Loads.Copy(p, f.size(t), 0);
        }
      }
      case "ptr::write": {
        rustle.interp.rt.IntNode ptr = f.exprs.intVal(c.args().get(0));
        rustle.interp.rt.Node v = f.exprs.value(c.args().get(1));
        int bytes = f.size(t);
        int tmp = f.temp(t);
        return new rustle.interp.rt.MemNode(0) {
          @Override
          public void evalInto(Machine m, int fp, int dst) {
            long addr = ptr.evalLong(m, fp);
            v.evalInto(m, fp, fp + tmp);
            m.mem.copy(fp + tmp, UndefinedBehavior.check(m, addr, bytes, c.span()), bytes);
          }
        };
      }
      case "slice::from_raw_parts":
      case "slice::from_raw_parts_mut": {
        rustle.interp.rt.IntNode ptr = f.exprs.intVal(c.args().get(0));
        rustle.interp.rt.IntNode len = f.exprs.intVal(c.args().get(1));
        // Only the fat pointer is built: like rustc, nothing is read until the slice is used.
        return new rustle.interp.rt.MemNode(16) {
          @Override
          public void evalInto(Machine m, int fp, int dst) {
            long p = ptr.evalLong(m, fp);
            m.mem.putLong(dst, p);
            m.mem.putLong(dst + 8, len.evalLong(m, fp));
          }
        };
      }
      default:
        throw new IllegalStateException(in.name());
    }
  }

  /** A C function of rustle's table (rustle.check.ForeignFns), with its C semantics. */
  static Intrinsics.Impl libc(String name, Intrinsics.Args a) {
    switch (name) {
      case "abs":
        // C's abs(INT_MIN) is undefined; glibc returns INT_MIN, as the wrapping negation does.
        return scalar((m, fp) -> (int) Math.abs(m.mem.getInt(a.at(fp, 0))));
      case "labs":
      case "llabs":
        return scalar((m, fp) -> Math.abs(a.word(m, fp, 0)));
      case "sqrt":
      case "fabs":
      case "cbrt":
        return new Intrinsics.Impl() {
          @Override
          public double callDouble(Machine m, int fp, Span span) {
            double x = m.mem.getDouble(a.at(fp, 0));
            return name.equals("sqrt") ? Math.sqrt(x) : name.equals("fabs") ? Math.abs(x) : Math.cbrt(x);
          }
        };
      default:
        throw new IllegalStateException("no native implementation of the C function " + name);
    }
  }

  interface LongBody {
    long eval(Machine m, int fp);
  }

  private static Intrinsics.Impl scalar(LongBody body) {
    return new Intrinsics.Impl() {
      @Override
      public long callLong(Machine m, int fp, Span span) {
        return body.eval(m, fp);
      }
    };
  }
}
