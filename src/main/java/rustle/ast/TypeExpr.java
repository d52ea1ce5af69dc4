package rustle.ast;

import java.util.List;

/** A type as written in the source (resolved to a semantic type by the type checker). */
public sealed interface TypeExpr extends Node {
  /** A named type with optional generic arguments: {@code i32}, {@code Vec<String>}, {@code Self}, {@code T}. */
  record PathType(int id, Span span, Path path) implements TypeExpr {}

  /** {@code &'a mut T}; lifetime is null when elided. */
  record RefType(int id, Span span, String lifetime, boolean mutable, TypeExpr inner) implements TypeExpr {}

  /** {@code (A, B)}; the empty tuple is the unit type. */
  record TupleType(int id, Span span, List<TypeExpr> elems) implements TypeExpr {}

  /** {@code [T; N]}. */
  record ArrayType(int id, Span span, TypeExpr elem, Expr len) implements TypeExpr {}

  /** {@code [T]} (only behind a reference). */
  record SliceType(int id, Span span, TypeExpr elem) implements TypeExpr {}

  /** {@code impl Trait} in argument or return position; bounds are trait paths. */
  record ImplTraitType(int id, Span span, List<Bound> bounds) implements TypeExpr {}

  /** {@code dyn Trait}: parsed so that it can be named as unsupported. */
  record DynTraitType(int id, Span span, List<Bound> bounds) implements TypeExpr {}

  /** {@code fn(A) -> B} function pointer type. */
  record FnPtrType(int id, Span span, List<TypeExpr> params, TypeExpr ret) implements TypeExpr {}

  /** {@code !}. */
  record NeverType(int id, Span span) implements TypeExpr {}

  /** {@code _}: let the checker infer it. */
  record InferType(int id, Span span) implements TypeExpr {}

  /**
   * A trait bound: a path, or for the closure traits {@code Fn(A, B) -> R} the parenthesised
   * parameter types and return type (ret null means unit). A lifetime bound has path null.
   */
  record Bound(Span span, Path path, List<TypeExpr> fnParams, TypeExpr fnRet, String lifetime) {}
}
