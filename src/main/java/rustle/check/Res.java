package rustle.check;

import java.util.List;
import rustle.types.FnSig;
import rustle.types.Ty;

/** What a path (in an expression or pattern) resolved to. */
public sealed interface Res {
  record Local(LocalVar var) implements Res {}

  /** A function or associated function with its generic arguments (impl's then its own). */
  record Fn(FnSig.Def def, List<Ty> args) implements Res {}

  record Const(ConstDef def) implements Res {}

  /** A struct or enum variant (constructor, unit value, literal or pattern) of a concrete ADT type. */
  record Variant(Ty.Adt adt, int variant) implements Res {}

  /** {@code std::mem::size_of::<T>} and friends implemented by the interpreter. */
  record Intrinsic(String name, List<Ty> args) implements Res {}
}
