package rustle.ast;

import java.util.List;
import java.util.Objects;

/** A top-level (or block-level) item. */
public sealed interface Item extends Node {
  /** The name an item declares in its scope (fn, struct, enum, trait, const, type alias), else null. */
  static String nameOf(Item it) {
    if (it instanceof FnItem f) return f.name();
    if (it instanceof StructItem s) return s.name();
    if (it instanceof EnumItem e) return e.name();
    if (it instanceof TraitItem t) return t.name();
    if (it instanceof ConstItem c) return c.name();
    if (it instanceof TypeAlias a) return a.name();
    return null;
  }

  /** A generic parameter: a type {@code T: Bound + Other} or a lifetime {@code 'a} (isLifetime). */
  record GenericParam(Span span, String name, boolean isLifetime, List<TypeExpr.Bound> bounds) {}

  enum SelfKind { NONE, VALUE, MUT_VALUE, REF, REF_MUT }

  /** A function parameter {@code pat: type}. */
  record Param(Span span, Pattern pattern, TypeExpr type) {}

  /**
   * {@code fn name<G>(self?, params) -> ret where .. { body }}. selfKind tells the receiver form of a
   * method (selfSpan its span); ret is null for unit; body is null for a trait method without default.
   * selfLifetime is the lifetime written in {@code &'a self}, or null. isUnsafe marks an {@code unsafe fn}
   * (calling it needs an unsafe block); abi is the {@code extern "C"} ABI string, or null for Rust's.
   * selfSized is the {@code Sized} of a {@code where Self: Sized} (the method is not on trait objects), or null.
   */
  record FnItem(int id, Span span, String name, Span nameSpan, List<GenericParam> generics,
      SelfKind selfKind, Span selfSpan, String selfLifetime, List<Param> params, TypeExpr ret,
      Expr.Block body, boolean isPub, boolean isUnsafe, String abi, Span selfSized) implements Item {
    public FnItem(int id, Span span, String name, Span nameSpan, List<GenericParam> generics,
        SelfKind selfKind, Span selfSpan, String selfLifetime, List<Param> params, TypeExpr ret,
        Expr.Block body, boolean isPub) {
      this(id, span, name, nameSpan, generics, selfKind, selfSpan, selfLifetime, params, ret, body, isPub, false,
          null, null);
    }

    /** The body, decoded first if the prelude's cache left it encoded (see {@link LazyBody}). */
    @Override
    public Expr.Block body() {
      return body != null && body.stmts() instanceof LazyBody lazy ? lazy.block() : body;
    }

    /** Whether there is a body, without decoding one that is still encoded. */
    public boolean hasBody() {
      return body != null;
    }

    /** A function declared in an {@code extern} block: its body is supplied natively. */
    public boolean isForeign() {
      Expr.Block b = abi == null ? null : body();
      return b != null && b.stmts().isEmpty() && b.tail() instanceof Expr.MacroCall m
          && m.name().equals("intrinsic");
    }

    // By value like every record, but with the body as body() gives it (the generated methods would
    // compare an encoded body's stand-in).
    @Override
    public boolean equals(Object o) {
      return o instanceof FnItem f && id == f.id && isPub == f.isPub && isUnsafe == f.isUnsafe
          && Objects.equals(span, f.span) && Objects.equals(name, f.name) && Objects.equals(nameSpan, f.nameSpan)
          && Objects.equals(generics, f.generics) && selfKind == f.selfKind && Objects.equals(selfSpan, f.selfSpan)
          && Objects.equals(selfLifetime, f.selfLifetime) && Objects.equals(params, f.params)
          && Objects.equals(ret, f.ret) && Objects.equals(abi, f.abi) && Objects.equals(body(), f.body());
    }

    /** From a few components (equal items have them equal): hashing the whole body is never wanted. */
    @Override
    public int hashCode() {
      return (id * 31 + Objects.hashCode(name)) * 31 + Objects.hashCode(span);
    }
  }

  enum StructKind { NAMED, TUPLE, UNIT }

  /** A named field {@code name: Type}; for tuple structs the name is the index as text. */
  record FieldDef(Span span, String name, TypeExpr type) {}

  /** {@code struct Name<G> { fields }} / {@code struct Name(A, B);} / {@code struct Name;}. */
  record StructItem(int id, Span span, String name, Span nameSpan, List<GenericParam> generics,
      StructKind kind, List<FieldDef> fields, List<String> derives) implements Item {}

  /** One enum variant; discriminant is an explicit {@code = value} or null. */
  /** isDefault: marked {@code #[default]} (the variant a derived Default makes). */
  record Variant(Span span, String name, StructKind kind, List<FieldDef> fields, Expr discriminant, boolean isDefault) {}

  record EnumItem(int id, Span span, String name, Span nameSpan, List<GenericParam> generics,
      List<Variant> variants, List<String> derives) implements Item {}

  /** {@code impl<G> Trait for Type { .. }}; trait is null for an inherent impl. */
  record ImplItem(int id, Span span, List<GenericParam> generics, Path trait, TypeExpr selfType,
      List<FnItem> fns, List<ConstItem> consts, List<TypeAlias> types) implements Item {}

  /** {@code trait Name<G>: Supers { fns }}. */
  record TraitItem(int id, Span span, String name, Span nameSpan, List<GenericParam> generics,
      List<TypeExpr.Bound> supertraits, List<FnItem> fns, List<TypeAlias> types) implements Item {}

  /** {@code const NAME: T = e;} or {@code static NAME: T = e;} (isStatic). */
  record ConstItem(int id, Span span, String name, Span nameSpan, TypeExpr type, Expr value,
      boolean isStatic, boolean mutable) implements Item {}

  /** {@code type Name<G> = T;} (also associated types in impls/traits, where type may be null). */
  record TypeAlias(int id, Span span, String name, List<GenericParam> generics, TypeExpr type) implements Item {}

  /** {@code use a::b::{c, d as e};} flattened to one path per imported name; glob imports end in "*". */
  record UseItem(int id, Span span, List<UseTree> trees) implements Item {}

  record UseTree(Span span, List<String> path, String alias) {}

  /** {@code mod name { items }} inline module. */
  record ModItem(int id, Span span, String name, List<Item> items) implements Item {}
}
