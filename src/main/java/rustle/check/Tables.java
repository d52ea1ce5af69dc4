package rustle.check;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import rustle.types.FnSig;
import rustle.types.Ty;

/**
 * The checker's results, beside the AST and keyed by node id: the type of every expression and
 * pattern, what each path resolved to, how each method call, field access and index resolved, the
 * coercions applied, and the bindings each function declares.
 */
public final class Tables {
  public final Ty[] types;
  public final Object[] res;
  /** Implicit derefs applied to a receiver or scrutinee (field, index, method, pattern ergonomics). */
  public final int[] derefs;
  /** Derefs applied to an arithmetic or comparison operand ({@code &i32 + i32} reads through the reference). */
  public final int[] operandDerefs;
  /** Coercion applied to an expression's value where it was used. */
  public final Coercion[] coercions;
  /** Binding mode of identifier patterns after match ergonomics: 0 by value, 1 ref, 2 ref mut. */
  public final byte[] bindModes;
  public final Map<FnSig.Def, FnInfo> fns = new HashMap<>();
  /** Marks (in res) a call whose callee is a closure value rather than a named function. */
  public static final Object CLOSURE_CALL = "closure call";
  /** Checked closures by their expression's node id. */
  public final Map<Integer, ClosureInfo> closures = new HashMap<>();
  /** Per FnOnce closure (by expression id): the first move of a capture out of it, for E0382's note. */
  public final Map<Integer, rustle.ast.Span> closureMoveSpans = new HashMap<>();
  /** The prelude bodies not checked yet; see {@link CheckedProgram#checkBody}. */
  DeferredBodies deferred;

  Tables(int nodeCount) {
    types = new Ty[nodeCount];
    res = new Object[nodeCount];
    derefs = new int[nodeCount];
    operandDerefs = new int[nodeCount];
    coercions = new Coercion[nodeCount];
    bindModes = new byte[nodeCount];
  }

  public Ty type(int id) {
    return types[id];
  }

  /** Implicit conversions at coercion sites (rustc's adjustments). */
  public enum Coercion {
    /** {@code &U} as {@code &U::Target} through the program's Deref impl for U. */
    USER_DEREF,
    /** The same, then the target String as a str (deref coercion at a call site: {@code hello(&my_box)}). */
    USER_DEREF_TO_STR,
    /** The same, then the target Vec as a slice. */
    USER_DEREF_TO_SLICE,
    /** {@code &mut T} used as {@code &T}. */
    MUT_TO_SHARED,
    /** {@code &String} as {@code &str}: read the String's pointer and length into a fat pointer. */
    STRING_TO_STR,
    /** {@code &Vec<T>} as {@code &[T]}. */
    VEC_TO_SLICE,
    /** {@code &[T; N]} as {@code &[T]}. */
    ARRAY_TO_SLICE,
    /** {@code Box<[T; N]>} as {@code Box<[T]>}: the box's pointer with the array's length. */
    BOX_ARRAY_TO_SLICE,
    /** {@code &Box<T>} as {@code &T}. */
    BOX_DEREF,
    /** {@code &&T} as {@code &T}. */
    REF_DEREF,
    /** {@code &Rc<T>}, {@code &Ref<T>}, {@code &RefMut<T>} as {@code &T} (std's Deref impls). */
    SMART_DEREF,
    /** {@code &T} / {@code Box<T>} as {@code &dyn Trait} / {@code Box<dyn Trait>}: data pointer plus vtable. */
    UNSIZE,
    /** A fn item as a {@code fn} pointer: the address of its code. */
    REIFY_FN_POINTER,
    /** A closure that captures nothing as a {@code fn} pointer. */
    CLOSURE_FN_POINTER,
    /**
     * Several deref coercions in a row ({@code &Box<String>} as {@code &str}: the box's deref, then the
     * String's); the steps are in {@link #derefChains}.
     */
    DEREF_CHAIN
  }

  /** For each DEREF_CHAIN coercion (by expression id): its single-step coercions, first applied first. */
  public final Map<Integer, List<Coercion>> derefChains = new HashMap<>();

  /**
   * The bindings that hold no value at any normal exit of their scope (moved out whole, or never
   * initialised, on every path there): the borrow checker's initialisation dataflow finds them, and the
   * evaluator leaves their drop out of those exits (rustc's drop elaboration, docs/evaluator.md).
   */
  public final java.util.Set<LocalVar> deadAtScopeEnds = new java.util.HashSet<>();

  /** For each UNSIZE coercion (by expression id): the pointer type it produces ({@code &dyn Trait}, ...). */
  public final Map<Integer, Ty> unsizeTargets = new HashMap<>();

  /** Per-function facts: its bindings in declaration order. */
  public static final class FnInfo {
    public final java.util.List<LocalVar> locals;

    FnInfo(java.util.List<LocalVar> locals) {
      this.locals = locals;
    }
  }
}
