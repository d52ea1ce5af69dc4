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

  // The records write out equals and hashCode: types are hashed from the first phase on, and a
  // record's generated methods are linked through invokedynamic on their first call, which costs
  // milliseconds of start-up (docs/architecture.md, "Start-up"). toString stays generated: only
  // debugging output uses it.

  /** {@code (A, B)}; the empty tuple is unit. */
  record Tuple(List<Ty> elems) implements Ty {
    @Override
    public boolean equals(Object o) {
      return o instanceof Tuple t && elems.equals(t.elems);
    }

    @Override
    public int hashCode() {
      return elems.hashCode() + 1;
    }
  }

  /** {@code [T; N]}. */
  record Array(Ty elem, long len) implements Ty {
    @Override
    public boolean equals(Object o) {
      return o instanceof Array a && len == a.len && elem.equals(a.elem);
    }

    @Override
    public int hashCode() {
      return elem.hashCode() * 31 + Long.hashCode(len) + 2;
    }
  }

  /** {@code [T]} (unsized; behind a reference it is a fat pointer). {@code str} is {@link Prim#STR}. */
  record Slice(Ty elem) implements Ty {
    @Override
    public boolean equals(Object o) {
      return o instanceof Slice s && elem.equals(s.elem);
    }

    @Override
    public int hashCode() {
      return elem.hashCode() * 31 + 3;
    }
  }

  /** {@code &T} / {@code &mut T}. */
  record Ref(Ty inner, boolean mutable) implements Ty {
    @Override
    public boolean equals(Object o) {
      return o instanceof Ref r && mutable == r.mutable && inner.equals(r.inner);
    }

    @Override
    public int hashCode() {
      return inner.hashCode() * 31 + (mutable ? 5 : 4);
    }
  }

  /** A struct or enum (user-defined or from the prelude: String, Vec, Box, Option, ...) applied to arguments. */
  record Adt(AdtDef def, List<Ty> args) implements Ty {
    @Override
    public boolean equals(Object o) {
      return o instanceof Adt a && def.equals(a.def) && args.equals(a.args);
    }

    @Override
    public int hashCode() {
      return def.hashCode() * 31 + args.hashCode();
    }
  }

  /** A generic type parameter of the item being checked; index counts the item's type parameters. */
  record Param(String name, int index) implements Ty {
    @Override
    public boolean equals(Object o) {
      return o instanceof Param p && index == p.index && name.equals(p.name);
    }

    @Override
    public int hashCode() {
      return name.hashCode() * 31 + index;
    }
  }

  /** The zero-sized type of one function item, with its generic arguments. */
  record FnDef(FnSig.Def def, List<Ty> args) implements Ty {
    @Override
    public boolean equals(Object o) {
      return o instanceof FnDef f && def.equals(f.def) && args.equals(f.args);
    }

    @Override
    public int hashCode() {
      return def.hashCode() * 31 + args.hashCode() + 6;
    }
  }

  /**
   * The type of one closure expression: its node id, signature, and the types of what it captures (a
   * reference for a variable captured by reference, the variable's type for one moved in); the
   * captures are its fields in memory.
   */
  record Closure(int exprId, List<Ty> params, Ty ret, List<Ty> captures) implements Ty {
    @Override
    public boolean equals(Object o) {
      return o instanceof Closure c && exprId == c.exprId && params.equals(c.params) && ret.equals(c.ret)
          && captures.equals(c.captures);
    }

    @Override
    public int hashCode() {
      return exprId * 31 + captures.hashCode();
    }
  }

  /** {@code fn(A) -> B}. */
  record FnPtr(List<Ty> params, Ty ret) implements Ty {
    @Override
    public boolean equals(Object o) {
      return o instanceof FnPtr f && params.equals(f.params) && ret.equals(f.ret);
    }

    @Override
    public int hashCode() {
      return params.hashCode() * 31 + ret.hashCode() + 8;
    }
  }

  /**
   * {@code dyn Trait} (unsized; behind a pointer it is a fat pointer: data, vtable). For the closure
   * traits ({@code dyn Fn(A) -> R}) fnParams and fnRet are set; auto traits and lifetimes are dropped.
   */
  record Dyn(String trait, List<Ty> args, List<Ty> fnParams, Ty fnRet) implements Ty {
    public boolean isFnTrait() {
      return fnParams != null;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Dyn d && trait.equals(d.trait) && args.equals(d.args)
          && java.util.Objects.equals(fnParams, d.fnParams) && java.util.Objects.equals(fnRet, d.fnRet);
    }

    @Override
    public int hashCode() {
      return trait.hashCode() * 31 + args.hashCode();
    }
  }

  static boolean isUnit(Ty t) {
    return t instanceof Tuple tu && tu.elems().isEmpty();
  }
}
