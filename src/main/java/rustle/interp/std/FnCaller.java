package rustle.interp.std;

import rustle.interp.Callees;
import rustle.interp.FnCompiler;
import rustle.interp.rt.FnCode;
import rustle.interp.rt.JumpSignal;
import rustle.interp.rt.Kind;
import rustle.interp.rt.Machine;
import rustle.interp.rt.Node;
import rustle.interp.rt.Rep;
import rustle.types.Infer;
import rustle.types.Prim;
import rustle.types.Ty;

/**
 * Calls a closure or fn item whose value lies in memory (an adapter's {@code f} field) with arguments
 * that lie in memory too: {@link #enter} pushes the callee's frame and passes the environment, the
 * caller copies the arguments to {@link #arg} slots, {@link #call} runs it and pops the frame. A
 * closure gets the address of its captures; a reference to a closure is followed first; a fn item is
 * zero-sized and called directly.
 */
final class FnCaller {
  private final FnCode code;
  private final boolean closure;
  private final int derefs;
  private final int first;
  private final Rep rep;
  private final Kind kind;
  /** An integer result stored as a whole word (no dispatch on the width). */
  private final boolean wide;
  /**
   * A closure whose parameters own nothing: its body is a bare tail (closures compile to a block
   * without statements or drops, FnCompiler.compileCode), so the call runs the parameter patterns and
   * the tail here, without FnCode's general entry and exit (which would find nothing to do there).
   */
  private final boolean lean;
  final int[] argSizes;

  FnCaller(FnCompiler f, Ty fnTy, Ty... args) {
    this.code = Callees.code(f, fnTy);
    if (code == null) throw new IllegalStateException("not callable: " + fnTy);
    Ty t = Infer.shallow(f.sub(fnTy));
    int d = 0;
    while (t instanceof Ty.Ref r) {
      t = Infer.shallow(r.inner());
      d++;
    }
    this.derefs = d;
    this.closure = t instanceof Ty.Closure;
    this.first = closure ? 1 : 0;
    Ty ret = Infer.shallow(f.sub(rustle.check.Iterators.fnRet(fnTy)));
    this.rep = ret == Prim.NEVER ? Rep.MEM : Rep.of(ret);
    this.kind = Kind.of(ret);
    this.wide = kind != null && kind.size == 8;
    this.lean = code.closure != null && code.intrinsic == null && code.paramDrops.length == 0;
    argSizes = new int[args.length];
    for (int i = 0; i < args.length; i++) argSizes[i] = f.size(args[i]);
  }

  /** Pushes the callee's frame (passing the closure at {@code fn}); returns it for {@link #arg}. */
  int enter(Machine m, int fn) {
    int nfp = m.pushFrame(code.frameSize);
    if (closure) {
      int env = fn;
      for (int i = 0; i < derefs; i++) env = (int) m.mem.getLong(env);
      m.mem.putLong(nfp + code.paramOffs[0], env);
    }
    return nfp;
  }

  int arg(int nfp, int i) {
    return nfp + code.paramOffs[first + i];
  }

  /** Copies argument i from {@code src}. */
  void copyArg(Machine m, int nfp, int i, int src) {
    if (argSizes[i] > 0) m.mem.copy(src, nfp + code.paramOffs[first + i], argSizes[i]);
  }

  /** Runs the callee in the frame {@code enter} pushed, writes its result at dst, pops the frame. */
  void call(Machine m, int nfp, int dst) {
    switch (rep) {
      case INT:
        if (wide) m.mem.putLong(dst, callLong(m, nfp));
        else kind.store(m.mem, dst, callLong(m, nfp));
        return;
      case FLOAT: {
        double v = callDouble(m, nfp);
        if (kind == Kind.F32) m.mem.putFloat(dst, (float) v);
        else m.mem.putDouble(dst, v);
        return;
      }
      default:
        if (lean) {
          callLeanInto(m, nfp, dst);
        } else if (code.intrinsic != null) code.intrinsic.callInto(m, nfp, dst, null);
        else {
          m.depth++;
          code.callInto(m, nfp, dst);
          m.depth--;
        }
        m.sp = nfp;
    }
  }

  /** {@link FnCode#callInto} of a lean closure (see {@link #lean}); the caller pops the frame. */
  private void callLeanInto(Machine m, int nfp, int dst) {
    if (code.retSlot != 0) m.mem.putInt(nfp + code.retSlot, dst);
    m.depth++;
    code.clearFlags(m, nfp);
      for (Node p : code.prologue) p.exec(m, nfp);
    rustle.interp.nodes.Block b = code.body;
    try {
      if (b.unitTail != null) b.unitTail.exec(m, nfp);
      else if (b.tail != null) b.tail.evalInto(m, nfp, dst);
    } catch (JumpSignal e) {
      // A return: its value went to the return place.
    }
    m.depth--;
  }

  /** Runs the callee for an integer (or bool) result and pops the frame. */
  long callLong(Machine m, int nfp) {
    long r;
    if (lean) {
      m.depth++;
      code.clearFlags(m, nfp);
      for (Node p : code.prologue) p.exec(m, nfp);
      try {
        r = code.body.tail.evalLong(m, nfp);
      } catch (JumpSignal e) {
        // A return inside the body (out of a value): its value is in retLong, as FnCode.callLong reads it.
        r = m.retLong;
      }
      m.depth--;
    } else if (code.intrinsic != null) {
      r = code.intrinsic.callLong(m, nfp, null);
    } else {
      m.depth++;
      r = code.callLong(m, nfp);
      m.depth--;
    }
    m.sp = nfp;
    return r;
  }

  double callDouble(Machine m, int nfp) {
    double r = code.intrinsic != null ? code.intrinsic.callDouble(m, nfp, null) : code.callDouble(m, nfp);
    m.sp = nfp;
    return r;
  }
}
