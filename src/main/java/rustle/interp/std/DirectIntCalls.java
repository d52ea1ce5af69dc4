package rustle.interp.std;

import rustle.ast.Span;
import rustle.interp.rt.FnCode;
import rustle.interp.rt.IntNode;
import rustle.interp.rt.Kind;
import rustle.interp.rt.Machine;
import rustle.interp.rt.Node;
import rustle.interp.rt.Panics;
import rustle.types.Prim;

/**
 * The integer methods hot in loops and closures ({@code abs}, {@code min}, {@code max},
 * {@code wrapping_add/sub/mul}, {@code abs_diff}) as one node over their operands' values, like
 * {@link DirectCalls}: no frame, no argument slots, no dispatch on the method's name per call. The
 * values and panics are {@link IntIntrinsics}' (which stays the reference for the framed call).
 */
final class DirectIntCalls {
  private DirectIntCalls() {}

  private enum Op { ABS, MIN, MAX, WRAPPING_ADD, WRAPPING_SUB, WRAPPING_MUL, ABS_DIFF }

  /** The direct node of the generated integer method {@code owner::name}, or null. */
  static Node of(FnCode code, Node[] args, Span span, Span panicAt) {
    String path = code.def.path();
    int sep = path.indexOf("::");
    if (sep < 0) return null;
    Prim p = Prim.byName(path.substring(0, sep));
    // 128-bit integers are not held in a long: they keep the framed call.
    if (p == null || !p.isInt() || p == Prim.I128 || p == Prim.U128) return null;
    Kind k = Kind.of(p);
    if (k == null) return null;
    Op op;
    switch (path.substring(sep + 2)) {
      case "abs": op = Op.ABS; break;
      case "min": op = Op.MIN; break;
      case "max": op = Op.MAX; break;
      case "wrapping_add": op = Op.WRAPPING_ADD; break;
      case "wrapping_sub": op = Op.WRAPPING_SUB; break;
      case "wrapping_mul": op = Op.WRAPPING_MUL; break;
      case "abs_diff": op = Op.ABS_DIFF; break;
      default: return null;
    }
    int arity = op == Op.ABS ? 1 : 2;
    if (args.length != arity) return null;
    for (Node a : args) if (!(a instanceof IntNode)) return null;
    IntNode x = (IntNode) args[0];
    IntNode y = arity == 2 ? (IntNode) args[1] : null;
    Kind rk = op == Op.ABS_DIFF ? Kind.of(unsigned(k)) : k;
    return new IntNode(rk) {
      @Override
      public long evalLong(Machine m, int fp) {
        long a = k.wrap(x.evalLong(m, fp));
        if (op == Op.ABS) {
          if (a == k.min) throw Panics.overflow("negate", panicAt != null ? panicAt : m.callerSpan() != null ? m.callerSpan() : span);
          return Math.abs(a);
        }
        long b = k.wrap(y.evalLong(m, fp));
        switch (op) {
          case MIN: return cmp(a, b) <= 0 ? a : b;
          case MAX: return cmp(a, b) >= 0 ? a : b;
          case WRAPPING_ADD: return k.wrap(a + b);
          case WRAPPING_SUB: return k.wrap(a - b);
          case WRAPPING_MUL: return k.wrap(a * b);
          default: return cmp(a, b) >= 0 ? a - b : b - a;
        }
      }

      int cmp(long a, long b) {
        return k == Kind.U64 ? Long.compareUnsigned(a, b) : Long.compare(a, b);
      }
    };
  }

  private static Prim unsigned(Kind k) {
    switch (k.size) {
      case 1: return Prim.U8;
      case 2: return Prim.U16;
      case 4: return Prim.U32;
      default: return Prim.U64;
    }
  }
}
