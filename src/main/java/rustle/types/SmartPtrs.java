package rustle.types;

/**
 * The layout facts of std's smart pointers, named once: {@code Rc<T>} points to an {@code RcBox}
 * (strong count, weak count, value; {@code repr(C)}), {@code Ref}/{@code RefMut} hold a pointer to the
 * {@code RefCell}'s value and one to its borrow flag, and {@code Weak::new()} holds usize::MAX.
 */
public final class SmartPtrs {
  private SmartPtrs() {}

  /** RcBox offsets: the strong count, then the weak count (which counts all strong ones as one). */
  public static final int STRONG = 0;
  public static final int WEAK = 8;
  /** Ref/RefMut offsets: the value pointer, then the pointer to the RefCell's borrow flag. */
  public static final int REF_VALUE = 0;
  public static final int REF_FLAG = 8;
  /** The address {@code Weak::new()} stores: it points to no RcBox. */
  public static final long DANGLING = -1L;

  public static AdtDef.Builtin builtin(Ty t) {
    t = Infer.shallow(t);
    return t instanceof Ty.Adt a ? a.def().builtin : AdtDef.Builtin.NONE;
  }

  /** What {@code *p} yields for Box, Rc, Ref and RefMut (std's Deref impls), or null for other types. */
  public static Ty derefTarget(Ty t) {
    t = Infer.shallow(t);
    if (!(t instanceof Ty.Adt a)) return null;
    switch (a.def().builtin) {
      case BOX: case RC: case REF: case REF_MUT: return a.args().get(0);
      default: return null;
    }
  }

  /** Whether the smart pointer allows {@code DerefMut} (Box and RefMut do; Rc and Ref do not). */
  public static boolean derefMut(Ty t) {
    AdtDef.Builtin b = builtin(t);
    return b == AdtDef.Builtin.BOX || b == AdtDef.Builtin.REF_MUT;
  }

  /** Where the value of an RcBox holding T starts: after the two counts, aligned for T. */
  public static int rcValueOffset(Layout value) {
    return Layout.alignUp(16, Math.max(8, value.align));
  }

  /** The size of an RcBox holding T. */
  public static int rcBoxSize(Layout value) {
    return Layout.alignUp(rcValueOffset(value) + value.size, Math.max(8, value.align));
  }

  public static int rcBoxAlign(Layout value) {
    return Math.max(8, value.align);
  }

  /** Offset added after loading the pointer when dereferencing t (the RcBox header for Rc, else 0). */
  public static int derefOffset(Layouts layouts, Ty t) {
    if (builtin(t) != AdtDef.Builtin.RC) return 0;
    return rcValueOffset(layouts.of(((Ty.Adt) Infer.shallow(t)).args().get(0)));
  }
}
