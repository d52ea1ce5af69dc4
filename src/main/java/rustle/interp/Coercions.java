package rustle.interp;

import rustle.check.Tables;
import rustle.interp.nodes.Loads;
import rustle.interp.nodes.Places;
import rustle.interp.rt.IntNode;
import rustle.interp.rt.Kind;
import rustle.interp.rt.Machine;
import rustle.interp.rt.MemNode;
import rustle.interp.rt.Node;
import rustle.interp.rt.Place;
import rustle.memory.HeapTypes;
import rustle.types.Infer;
import rustle.types.SmartPtrs;
import rustle.types.Ty;

/** The run-time side of coercions: turning {@code &String} into a {@code &str} fat pointer and the like. */
public final class Coercions {
  private Coercions() {}

  /**
   * The address of the String or Vec header that n turns into a {@code &str} or slice (a {@code &String}
   * coerced to {@code &str}), or null when n is something else: for direct std nodes that read the
   * pointer and length from the header instead of building the fat pointer.
   */
  public static IntNode headerOf(Node n) {
    return n instanceof HeaderToFat h ? h.ptr : null;
  }

  /** Applies a coercion to a value of type from (the expression's own type). */
  static Node apply(FnCompiler f, Tables.Coercion co, Node n, Ty from, rustle.ast.Expr e) {
    switch (co) {
      case UNSIZE:
      case REIFY_FN_POINTER:
      case CLOSURE_FN_POINTER:
        return DynCoercions.apply(f, co, n, from, e);
      case MUT_TO_SHARED:
        return n;
      case DEREF_CHAIN: {
        java.util.List<Tables.Coercion> steps = f.t.derefChains.get(e.id());
        Ty at = from;
        for (int i = 0; i < steps.size(); i++) {
          n = apply(f, steps.get(i), n, at, e);
          if (i + 1 < steps.size()) at = derefTarget(at);
        }
        return n;
      }
      case STRING_TO_STR:
      case VEC_TO_SLICE:
        return new HeaderToFat(ExprCompiler.asInt(n, from));
      case ARRAY_TO_SLICE: {
        Ty inner = Infer.shallow(((Ty.Ref) from).inner());
        long len = inner instanceof Ty.Array a ? a.len() : 0;
        return new PtrToFat(ExprCompiler.asInt(n, from), len);
      }
      case BOX_ARRAY_TO_SLICE: {
        Ty inner = Infer.shallow(((Ty.Adt) Infer.shallow(from)).args().get(0));
        return new PtrToFat(ExprCompiler.asInt(n, from), ((Ty.Array) inner).len());
      }
      case SMART_DEREF: {
        // &Rc<T> as &T: the RcBox address plus the value's offset (0 for Ref/RefMut's value pointer).
        Ty ptr = Infer.shallow(((Ty.Ref) Infer.shallow(from)).inner());
        Place at = Places.field(new Places.Deref(ExprCompiler.asInt(n, from)), 0);
        return Loads.addrOf(Places.field(new Places.DerefAt(at), SmartPtrs.derefOffset(f.layouts, ptr)));
      }
      case USER_DEREF:
      case USER_DEREF_TO_STR:
      case USER_DEREF_TO_SLICE: {
        Ty self = Infer.shallow(((Ty.Ref) Infer.shallow(from)).inner());
        if (co == Tables.Coercion.USER_DEREF && userTargetUnsized(f, self)) return FmtImpls.derefFat(f, self, n, null);
        IntNode target = FmtImpls.deref(f, self, n, null);
        return co == Tables.Coercion.USER_DEREF ? target : new HeaderToFat(target);
      }
      case BOX_DEREF:
      case REF_DEREF: {
        // &Box<dyn Tr> as &dyn Tr: the box is the fat pointer itself, copied out whole.
        Ty held = Infer.shallow(((Ty.Ref) Infer.shallow(from)).inner());
        if (DynCoercions.isFatPointer(held)) return new Loads.Copy(new Places.Deref(ExprCompiler.asInt(n, from)), 16, 0);
        return new Loads.LoadInt(new Places.Deref(ExprCompiler.asInt(n, from)), Kind.U64);
      }
      default:
        return n;
    }
  }

  /** Whether self's Deref impl has an unsized Target (its deref returns a fat pointer). */
  static boolean userTargetUnsized(FnCompiler f, Ty self) {
    rustle.interp.rt.FnCode code = FmtImpls.code(f, self, "Deref", "deref");
    return code != null && Infer.shallow(code.def.ret) instanceof Ty.Ref r
        && rustle.types.Layouts.isUnsized(Infer.shallow(r.inner()));
  }

  /** The reference a built-in deref step makes of {@code &P}: {@code &T} for P = Box<T>, Rc<T>, Ref<T>, &T. */
  private static Ty derefTarget(Ty ref) {
    Ty p = Infer.shallow(((Ty.Ref) Infer.shallow(ref)).inner());
    if (p instanceof Ty.Ref r) return new Ty.Ref(r.inner(), false);
    return new Ty.Ref(((Ty.Adt) p).args().get(0), false);
  }

  /** A pointer to a String or Vec header becomes (buffer pointer, length). */
  static final class HeaderToFat extends MemNode {
    final IntNode ptr;

    HeaderToFat(IntNode ptr) {
      super(16);
      this.ptr = ptr;
    }

    @Override
    public void evalInto(Machine m, int fp, int dst) {
      int p = (int) ptr.evalLong(m, fp);
      m.mem.putLong(dst, m.mem.getLong(p + HeapTypes.PTR));
      m.mem.putLong(dst + 8, m.mem.getLong(p + HeapTypes.LEN));
    }
  }

  /** A pointer to an array becomes (pointer, known length). */
  static final class PtrToFat extends MemNode {
    final IntNode ptr;
    final long len;

    PtrToFat(IntNode ptr, long len) {
      super(16);
      this.ptr = ptr;
      this.len = len;
    }

    @Override
    public void evalInto(Machine m, int fp, int dst) {
      m.mem.putLong(dst, ptr.evalLong(m, fp));
      m.mem.putLong(dst + 8, len);
    }
  }
}
