package rustle.ast;

import java.util.List;

/** A pattern in let, match, function parameters, for loops and closures. */
public sealed interface Pattern extends Node {
  /**
   * A binding {@code x}, {@code mut x}, {@code ref x}, {@code ref mut x}, or {@code x @ sub}. A single
   * identifier may also name a unit struct, enum variant or constant; the resolver decides.
   */
  record IdentPat(int id, Span span, String name, boolean byRef, boolean mutable, Pattern sub)
      implements Pattern {}

  /** {@code _}. */
  record WildPat(int id, Span span) implements Pattern {}

  /** {@code ..} inside a tuple, tuple-struct or slice pattern. */
  record RestPat(int id, Span span) implements Pattern {}

  /** A literal: integer (possibly negative), char, bool, string, float. */
  record LitPat(int id, Span span, Expr.Lit lit) implements Pattern {}

  /**
   * {@code a..=b} or {@code a..b}; either end may be null (open). Each end is a literal (an Expr.Lit,
   * negative numbers folded into its value) or a PathExpr naming a constant such as {@code i32::MIN}.
   */
  record RangePat(int id, Span span, Expr lo, Expr hi, boolean inclusive) implements Pattern {}

  /** {@code (a, b, ..)}. */
  record TuplePat(int id, Span span, List<Pattern> elems) implements Pattern {}

  /** {@code Some(x)}, {@code Point(a, b)}. */
  record TupleStructPat(int id, Span span, Path path, List<Pattern> elems) implements Pattern {}

  /** {@code Point { x, y: 0, .. }}. */
  record StructPat(int id, Span span, Path path, List<FieldPat> fields, boolean hasRest)
      implements Pattern {}

  /** One field of a struct pattern; shorthand {@code x} has pattern IdentPat x. */
  record FieldPat(Span span, String name, Pattern pattern) {}

  /** A multi-segment path with no arguments: {@code Color::Red}, {@code Option::None}. */
  record PathPat(int id, Span span, Path path) implements Pattern {}

  /** {@code &p} or {@code &mut p}. */
  record RefPat(int id, Span span, boolean mutable, Pattern inner) implements Pattern {}

  /** {@code a | b}. */
  record OrPat(int id, Span span, List<Pattern> alts) implements Pattern {}

  /** {@code [a, b, rest @ ..]}. */
  record SlicePat(int id, Span span, List<Pattern> elems) implements Pattern {}
}
