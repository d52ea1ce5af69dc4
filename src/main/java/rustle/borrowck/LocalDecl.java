package rustle.borrowck;

import rustle.ast.Span;
import rustle.check.LocalVar;
import rustle.types.Ty;

/** One local of a lowered body (rustc's LocalDecl): the return place, an argument, a binding or a temporary. */
final class LocalDecl {
  enum Kind { RETURN, ARG, USER, TEMP }

  final Kind kind;
  final String name;
  final Ty ty;
  final boolean mutable;
  /** The binding's span, or for a temporary the expression that created it. */
  final Span span;
  final LocalVar var;
  /** Where "mut " would make a reference type in this local's declaration mutable, or null. */
  Span mutRefInsert;
  /** For a temporary holding {@code &v[i]} of a Vec or String: the indexed type, for E0507's wording. */
  Ty indexOf;
  /** The first assignment seen while lowering, for E0384's "first assignment" label. */
  Span firstAssign;
  /** For {@code let x: T;}: where " = value" would initialize it (E0381's help), or null. */
  Span initInsert;
  /** A binding as a match guard sees it: it may not be moved from (E0507), see Patterns. */
  boolean guardBinding;
  /** A variable captured by a closure that must be {@code Fn}: not mutable in the closure's body. */
  boolean fnCapture;
  /** For a temporary made by a borrow: that borrow's loan (its own lifetime), or -1. */
  int ownLoan = -1;
  /** A temporary holding a constant rvalue rustc promotes to a static: borrows of it never dangle. */
  boolean promoted;
  /**
   * For an argument {@code &mut T}: the first reference written inside T, whose lifetime what is
   * stored behind the argument must outlive (rustc names it `'1` when it is elided), or null.
   */
  rustle.ast.TypeExpr.RefType innerRef;
  /**
   * A binding whose annotation names {@code 'static} ({@code let r: &'static str}, {@code Box<dyn Fn() +
   * 'static>}): the annotation's span. What it holds must outlive the body, so it is live to the end.
   */
  Span staticAnnot;
  /** The initializer of such a binding: only a borrow it is (`&x`) or a capture inside it is held for `'static`. */
  Span staticInit;

  LocalDecl(Kind kind, String name, Ty ty, boolean mutable, Span span, LocalVar var) {
    this.kind = kind;
    this.name = name;
    this.ty = ty;
    this.mutable = mutable;
    this.span = span;
    this.var = var;
  }

  boolean isTemp() {
    return kind == Kind.TEMP;
  }

  boolean isUser() {
    return kind == Kind.USER || kind == Kind.ARG;
  }

  @Override
  public String toString() {
    return name == null ? "tmp" : name;
  }
}
