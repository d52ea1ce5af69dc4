package rustle.syntax;

import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import rustle.ast.Path;
import rustle.ast.Span;
import rustle.ast.TypeExpr;
import rustle.syntax.gen.RustParser.*;

/** Builds types, paths with generic arguments, and trait bounds. */
final class TypeBuilder {
  private final BuildContext cx;
  private final AstBuilder ast;
  /** Set while a trait bound's path is built: an `Item = T` binding there is accepted (see genericArgs). */
  private boolean inBound;
  /**
   * The {@code Output = T} binding of the trait bound being read ({@code T: Add<Output = T>}) and its
   * span, taken by {@link #traitBound}: it becomes the bound's return type, as an {@code Fn} bound's.
   */
  private TypeExpr boundOutput;
  private Span boundOutputSpan;
  /** Set while the bounds of an `impl Trait` type are built. */
  private boolean inImpl;

  /** Inside a {@code dyn} type's bounds (their bindings are not kept). */
  private boolean inDyn;

  /** The name of the path segment whose generic arguments are being built. */
  private String segName;

  TypeBuilder(BuildContext cx, AstBuilder ast) {
    this.cx = cx;
    this.ast = ast;
  }

  static String name(IdentifierContext c) {
    String t = c.getText();
    return t.startsWith("r#") ? t.substring(2) : t;
  }

  static String segment(PathIdentContext c) {
    return c.identifier() != null ? name(c.identifier()) : c.getText();
  }

  TypeExpr type(TypeContext c) {
    Span span = cx.span(c);
    if (c instanceof PathTypeContext p) return new TypeExpr.PathType(cx.id(), span, typePath(p.typePath()));
    if (c instanceof TupleTypeContext t) {
      List<TypeExpr> elems = types(t.type());
      boolean comma = Tok.has(t, ",");
      if (elems.size() == 1 && !comma) return elems.get(0);
      return new TypeExpr.TupleType(cx.id(), span, elems);
    }
    if (c instanceof NeverTypeContext) return new TypeExpr.NeverType(cx.id(), span);
    if (c instanceof InferTypeContext) return new TypeExpr.InferType(cx.id(), span);
    if (c instanceof RefTypeContext r) return refType(r, span);
    if (c instanceof ArrayTypeContext a) {
      TypeExpr elem = type(a.type());
      if (a.expr() == null) return new TypeExpr.SliceType(cx.id(), span, elem);
      return new TypeExpr.ArrayType(cx.id(), span, elem, ast.exprs.expr(a.expr()));
    }
    if (c instanceof FnPtrTypeContext f) return fnPtr(f, span);
    if (c instanceof BoundsTypeContext b) {
      boolean impl = Tok.has(b, "impl");
      boolean outer = inImpl;
      boolean outerDyn = inDyn;
      inImpl = impl;
      inDyn = !impl;
      List<TypeExpr.Bound> bounds;
      try {
        bounds = bounds(b.typeParamBounds());
      } finally {
        inImpl = outer;
        inDyn = outerDyn;
      }
      if (impl) return new TypeExpr.ImplTraitType(cx.id(), span, bounds);
      for (TypeExpr.Bound bd : bounds) {
        // An operator trait's `Output = T` is kept for bounds on parameters only, not on a trait object.
        if (bd.fnParams() == null && bd.fnRet() != null) cx.unsupported("bindings of associated types", bd.span());
      }
      return new TypeExpr.DynTraitType(cx.id(), span, bounds);
    }
    if (c instanceof RawPtrTypeContext r) return rawPtr(span, Tok.has(r, "mut"), type(r.type()));
    cx.unsupported("`<T as Trait>` qualified paths", span);
    return new TypeExpr.InferType(cx.id(), span);
  }

  /**
   * The type after {@code as}: the same kinds of type, with generic arguments on a path's last segment
   * only ({@code x as Box<dyn Trait>}).
   */
  TypeExpr castType(CastTypeContext c) {
    Span span = cx.span(c);
    if (c instanceof PathCastTypeContext p) {
      List<Path.Segment> segs = new ArrayList<>();
      List<PathIdentContext> ids = p.pathIdent();
      for (int i = 0; i < ids.size(); i++) {
        PathIdentContext s = ids.get(i);
        List<TypeExpr> args = i == ids.size() - 1 && p.genericArgs() != null ? genericArgs(p.genericArgs()) : List.of();
        segs.add(new Path.Segment(segment(s), cx.span(s), args));
      }
      return new TypeExpr.PathType(cx.id(), span, new Path(span, segs));
    }
    if (c instanceof RefCastTypeContext r) {
      TypeExpr inner = new TypeExpr.RefType(cx.id(), span, r.LIFETIME() == null ? null : r.LIFETIME().getText(),
          Tok.has(r, "mut"), castType(r.castType()));
      return Tok.has(r, "&&") ? new TypeExpr.RefType(cx.id(), span, null, false, inner) : inner;
    }
    if (c instanceof TupleCastTypeContext t) {
      List<TypeExpr> elems = types(t.type());
      if (elems.size() == 1 && !Tok.has(t, ",")) return elems.get(0);
      return new TypeExpr.TupleType(cx.id(), span, elems);
    }
    if (c instanceof ArrayCastTypeContext a) {
      TypeExpr elem = type(a.type());
      if (a.expr() == null) return new TypeExpr.SliceType(cx.id(), span, elem);
      return new TypeExpr.ArrayType(cx.id(), span, elem, ast.exprs.expr(a.expr()));
    }
    if (c instanceof RawPtrCastTypeContext r) return rawPtr(span, Tok.has(r, "mut"), castType(r.castType()));
    if (c instanceof DynCastTypeContext d) {
      // One bound only: a `+` after it continues the expression (rustc asks for parentheses there too).
      CastBoundContext b = d.castBound();
      TypeExpr.Bound bound = b.LIFETIME() != null ? new TypeExpr.Bound(cx.span(b), null, null, null, b.LIFETIME().getText())
          : castBound(b);
      return new TypeExpr.DynTraitType(cx.id(), span, List.of(bound));
    }
    return new TypeExpr.InferType(cx.id(), span);
  }

  /** {@code *const T} / {@code *mut T}: the prelude's raw pointer struct applied to T (see RawPtrs). */
  TypeExpr rawPtr(Span span, boolean mutable, TypeExpr pointee) {
    String name = mutable ? rustle.types.RawPtrs.MUT : rustle.types.RawPtrs.CONST;
    if (pointee instanceof TypeExpr.SliceType || pointee instanceof TypeExpr.DynTraitType
        || pointee instanceof TypeExpr.PathType pt && pt.path().text().equals("str")) {
      cx.unsupported("raw pointers to unsized types", span);
    }
    return new TypeExpr.PathType(cx.id(), span, new Path(span, List.of(new Path.Segment(name, span, List.of(pointee)))));
  }

  List<TypeExpr> types(List<TypeContext> cs) {
    List<TypeExpr> out = new ArrayList<>(cs.size());
    for (TypeContext t : cs) out.add(type(t));
    return out;
  }

  /** {@code &'a mut T}; the token {@code &&} is two references. */
  private TypeExpr refType(RefTypeContext r, Span span) {
    Token lifetime = r.LIFETIME() == null ? null : r.LIFETIME().getSymbol();
    TypeExpr inner = new TypeExpr.RefType(cx.id(), span, lifetime == null ? null : lifetime.getText(),
        Tok.has(r, "mut"), type(r.type()));
    if (Tok.has(r, "&&")) inner = new TypeExpr.RefType(cx.id(), span, null, false, inner);
    return inner;
  }

  private TypeExpr fnPtr(FnPtrTypeContext f, Span span) {
    FnPtrContext p = f.fnPtr();
    if (f.forLifetimes() != null) cx.unsupported("`for<'a>` higher-ranked lifetimes", cx.span(f.forLifetimes()));
    // `extern "Rust" fn(..)` is the plain `fn(..)` type written out.
    boolean rustAbi = p.abi() != null && p.abi().getText().replace("\"", "").equals("Rust");
    if (Tok.has(p, "unsafe") || (Tok.has(p, "extern") && !rustAbi)) {
      cx.unsupported("unsafe and extern function pointers", span);
    }
    List<TypeExpr> params = new ArrayList<>();
    for (FnPtrParamContext param : p.fnPtrParam()) params.add(type(param.type()));
    TypeExpr ret = p.type() == null ? null : type(p.type());
    return new TypeExpr.FnPtrType(cx.id(), span, params, ret);
  }

  Path typePath(TypePathContext c) {
    List<Path.Segment> segs = new ArrayList<>();
    for (TypePathSegmentContext s : c.typePathSegment()) {
      segName = s.pathIdent().getText();
      segs.add(new Path.Segment(segment(s.pathIdent()), cx.span(s.pathIdent()), genericArgs(s.genericArgs())));
    }
    return new Path(cx.span(c), segs);
  }

  /** Path segments of an expression or pattern path, with turbofish arguments. */
  Path exprPath(ParserRuleContext c, List<PathExprSegmentContext> segments) {
    List<Path.Segment> segs = new ArrayList<>();
    for (PathExprSegmentContext s : segments) {
      segs.add(new Path.Segment(segment(s.pathIdent()), cx.span(s.pathIdent()), genericArgs(s.genericArgs())));
    }
    return new Path(cx.span(c), segs);
  }

  /** Type arguments; lifetime arguments are dropped (the AST keeps types only). */
  List<TypeExpr> genericArgs(GenericArgsContext c) {
    if (c == null) return List.of();
    List<TypeExpr> out = new ArrayList<>();
    for (GenericArgContext a : c.genericArg()) {
      if (a.LIFETIME() != null) continue;
      if (a.identifier() != null) {
        // `impl Iterator<Item = T>`: the checker takes the item type from the concrete iterator the body
        // returns. It is kept as the bound's one type argument (`Iterator<T>`): the checker compares it
        // with the item type of the iterator returned (E0271); in argument position it is dropped there.
        // An operator trait's `Output = T` in a bound is kept too (see boundOutput); other bindings
        // (`dyn Iterator<Item = T>`, `I: Iterator<Item = T>`) are not supported.
        // A generic parameter's `I: Iterator<Item = T>` / `IntoIterator<Item = T>` keeps it the same way
        // (check.IterParams); a trait object's does not.
        boolean iterTrait = "Iterator".equals(segName) || "IntoIterator".equals(segName)
            || "DoubleEndedIterator".equals(segName) || "ExactSizeIterator".equals(segName);
        if (inBound && (inImpl || iterTrait && !inDyn) && a.identifier().getText().equals("Item") && a.type() != null) {
          out.add(type(a.type()));
          continue;
        }
        if (inBound && a.identifier().getText().equals("Output") && a.type() != null && boundOutput == null) {
          boundOutputSpan = cx.span(a);
          boundOutput = type(a.type());
          continue;
        }
        cx.unsupported("bindings of associated types", cx.span(a));
      } else if (a.type() != null) {
        out.add(type(a.type()));
      } else {
        cx.unsupported("const generic arguments", cx.span(a));
      }
    }
    return out;
  }

  List<TypeExpr.Bound> bounds(TypeParamBoundsContext c) {
    List<TypeExpr.Bound> out = new ArrayList<>();
    if (c == null) return out;
    for (TypeParamBoundContext b : c.typeParamBound()) {
      if (b.LIFETIME() != null) {
        out.add(new TypeExpr.Bound(cx.span(b), null, null, null, b.LIFETIME().getText()));
      } else {
        out.add(traitBound(b.traitBound()));
      }
    }
    return out;
  }

  /** The operator traits whose {@code Output} a bound may fix ({@code T: Add<Output = T>}). */
  private static final java.util.Set<String> OPERATOR_TRAITS = java.util.Set.of("Add", "Sub", "Mul", "Div", "Rem",
      "Neg", "Not", "BitAnd", "BitOr", "BitXor", "Shl", "Shr");

  private TypeExpr.Bound traitBound(TraitBoundContext t) {
    Span span = cx.span(t);
    if (Tok.has(t, "?")) cx.unsupported("`?Sized` bounds", span);
    if (t.forLifetimes() != null) cx.unsupported("`for<'a>` higher-ranked lifetimes", cx.span(t.forLifetimes()));
    inBound = true;
    Path path;
    try {
      path = typePath(t.typePath());
    } finally {
      inBound = false;
    }
    TypeExpr output = boundOutput;
    boundOutput = null;
    if (output != null && !OPERATOR_TRAITS.contains(path.last())) {
      cx.unsupported("bindings of associated types", boundOutputSpan);
      output = null;
    }
    FnSugarContext f = t.fnSugar();
    if (f == null) return new TypeExpr.Bound(span, path, null, output, null);
    List<TypeContext> written = f.type();
    boolean hasRet = Tok.has(f, "->");
    List<TypeExpr> params = types(hasRet ? written.subList(0, written.size() - 1) : written);
    TypeExpr ret = hasRet ? type(written.get(written.size() - 1)) : null;
    return new TypeExpr.Bound(span, path, List.copyOf(params), ret, null);
  }

  /** The trait bound of a {@code dyn} cast type, as {@link #traitBound} builds a bound's. */
  private TypeExpr.Bound castBound(CastBoundContext t) {
    Span span = cx.span(t);
    if (Tok.has(t, "?")) cx.unsupported("`?Sized` bounds", span);
    if (t.forLifetimes() != null) cx.unsupported("`for<'a>` higher-ranked lifetimes", cx.span(t.forLifetimes()));
    List<Path.Segment> segs = new ArrayList<>();
    List<PathIdentContext> ids = t.pathIdent();
    inBound = true;
    boolean outerDyn = inDyn;
    inDyn = true;
    try {
      for (int i = 0; i < ids.size(); i++) {
        PathIdentContext s = ids.get(i);
        List<TypeExpr> args = i == ids.size() - 1 && t.genericArgs() != null ? genericArgs(t.genericArgs()) : List.of();
        segs.add(new Path.Segment(segment(s), cx.span(s), args));
      }
    } finally {
      inBound = false;
      inDyn = outerDyn;
    }
    if (boundOutput != null) {
      boundOutput = null;
      cx.unsupported("bindings of associated types", boundOutputSpan);
    }
    Path path = new Path(cx.span(ids.get(0), t.genericArgs() != null ? t.genericArgs() : ids.get(ids.size() - 1)), segs);
    CastFnSugarContext f = t.castFnSugar();
    if (f == null) return new TypeExpr.Bound(span, path, null, null, null);
    TypeExpr ret = f.castType() == null ? null : castType(f.castType());
    return new TypeExpr.Bound(span, path, List.copyOf(types(f.type())), ret, null);
  }

  /** The lifetimes after {@code 'a:} as lifetime bounds. */
  List<TypeExpr.Bound> lifetimeBounds(LifetimeBoundsContext c) {
    List<TypeExpr.Bound> out = new ArrayList<>();
    if (c == null) return out;
    for (var l : c.LIFETIME()) out.add(new TypeExpr.Bound(cx.span(l), null, null, null, l.getText()));
    return out;
  }
}
