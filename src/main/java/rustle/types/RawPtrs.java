package rustle.types;

/**
 * Raw pointers {@code *const T} / {@code *mut T}: the prelude declares them as the builtin structs named here
 * (names a program cannot clash with in practice), so inference, substitution and method lookup treat them
 * like any generic type; a thin raw pointer is an 8-byte address in the simulated memory, as a reference is.
 */
public final class RawPtrs {
  private RawPtrs() {}

  /** The prelude's name of {@code *const T}. */
  public static final String CONST = "__ConstPtr";
  /** The prelude's name of {@code *mut T}. */
  public static final String MUT = "__MutPtr";

  /** Whether t (shallowly resolved) is a raw pointer. */
  public static boolean is(Ty t) {
    return t != null && Infer.shallow(t) instanceof Ty.Adt a && a.def().builtin == AdtDef.Builtin.RAW_PTR;
  }

  public static boolean isMut(Ty t) {
    return is(t) && ((Ty.Adt) Infer.shallow(t)).def().name.equals(MUT);
  }

  /** The pointee type of a raw pointer. */
  public static Ty pointee(Ty t) {
    return ((Ty.Adt) Infer.shallow(t)).args().get(0);
  }
}
