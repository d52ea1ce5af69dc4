package rustle.types;

import java.util.List;

/**
 * A semantic type as the checker and the interpreter see it (rustc's {@code Ty}). Primitive types are the
 * constants of {@link Prim}; inference variables are mutable {@link Infer} cells resolved by
 * {@link Infer#resolve(Ty)} before anyone outside the checker sees them.
 */
public sealed interface Ty permits Prim, Ty.Tuple, Ty.Array, Ty.Slice, Ty.Ref, Ty.Adt, Ty.Param, Infer,
    Ty.FnDef, Ty.Closure, Ty.FnPtr, Ty.Dyn {

  Ty UNIT = new Tuple(List.of());

  /** {@code (A, B)}; the empty tuple is unit. */
  record Tuple(List<Ty> elems) implements Ty {}

  /** {@code [T; N]}. */
  record Array(Ty elem, long len) implements Ty {}

  /** {@code [T]} (unsized; behind a reference it is a fat pointer). {@code str} is {@link Prim#STR}. */
  record Slice(Ty elem) implements Ty {}

  /** {@code &T} / {@code &mut T}. */
  record Ref(Ty inner, boolean mutable) implements Ty {}

  /** A struct or enum (user-defined or from the prelude: String, Vec, Box, Option, ...) applied to arguments. */
  record Adt(AdtDef def, List<Ty> args) implements Ty {}

  /** A generic type parameter of the item being checked; index counts the item's type parameters. */
  record Param(String name, int index) implements Ty {}

  /** The zero-sized type of one function item, with its generic arguments. */
  record FnDef(FnSig.Def def, List<Ty> args) implements Ty {}

  /**
   * The type of one closure expression: its node id, signature, and the types of what it captures (a
   * reference for a variable captured by reference, the variable's type for one moved in); the
   * captures are its fields in memory.
   */
  record Closure(int exprId, List<Ty> params, Ty ret, List<Ty> captures) implements Ty {}

  /** {@code fn(A) -> B}. */
  record FnPtr(List<Ty> params, Ty ret) implements Ty {}

  /**
   * {@code dyn Trait} (unsized; behind a pointer it is a fat pointer: data, vtable). For the closure
   * traits ({@code dyn Fn(A) -> R}) fnParams and fnRet are set; auto traits and lifetimes are dropped.
   */
  record Dyn(String trait, List<Ty> args, List<Ty> fnParams, Ty fnRet) implements Ty {
    public boolean isFnTrait() {
      return fnParams != null;
    }
  }

  static boolean isUnit(Ty t) {
    return t instanceof Tuple tu && tu.elems().isEmpty();
  }
}
