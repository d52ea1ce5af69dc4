package rustle.syntax;

import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.TerminalNode;
import rustle.ast.Expr;
import rustle.ast.Path;
import rustle.ast.Pattern;
import rustle.ast.Span;
import rustle.diag.Errors;
import rustle.syntax.gen.RustLexer;
import rustle.syntax.gen.RustParser.*;

/** Builds patterns: bindings, literals and ranges, tuples, structs, slices, references, or. */
final class PatternBuilder {
  private final BuildContext cx;
  private final AstBuilder ast;

  PatternBuilder(BuildContext cx, AstBuilder ast) {
    this.cx = cx;
    this.ast = ast;
  }

  Pattern pattern(PatternContext c) {
    List<PatternNoTopAltContext> alts = c.patternNoTopAlt();
    if (alts.size() == 1) return alt(alts.get(0));
    List<Pattern> ps = new ArrayList<>(alts.size());
    for (PatternNoTopAltContext a : alts) ps.add(alt(a));
    return new Pattern.OrPat(cx.id(), cx.span(c), ps);
  }

  Pattern alt(PatternNoTopAltContext c) {
    Span span = cx.span(c);
    if (c instanceof LitPatternContext l) {
      Expr.Lit lit = literal(l.literalPattern());
      if (l.rangePatternTail() == null) return new Pattern.LitPat(cx.id(), span, lit);
      return range(lit, l.rangePatternTail(), span);
    }
    if (c instanceof RangeToPatternContext r) {
      return new Pattern.RangePat(cx.id(), span, null, end(r.rangePatternEnd()), true);
    }
    if (c instanceof RestPatternContext) return new Pattern.RestPat(cx.id(), span);
    if (c instanceof WildPatternContext) return new Pattern.WildPat(cx.id(), span);
    if (c instanceof BindingPatternContext b) {
      Pattern sub = b.patternNoTopAlt() == null ? null : alt(b.patternNoTopAlt());
      return new Pattern.IdentPat(cx.id(), span, TypeBuilder.name(b.identifier()), Tok.has(b, "ref"),
          Tok.has(b, "mut"), sub);
    }
    if (c instanceof AtPatternContext a) {
      Pattern sub = alt(a.patternNoTopAlt());
      return new Pattern.IdentPat(cx.id(), span, TypeBuilder.name(a.identifier()), false, false, sub);
    }
    if (c instanceof PathPatternContext p) return pathPattern(p, span);
    if (c instanceof RefPatternContext r) {
      Pattern p = new Pattern.RefPat(cx.id(), span, Tok.has(r, "mut"), alt(r.patternNoTopAlt()));
      if (Tok.has(r, "&&")) p = new Pattern.RefPat(cx.id(), span, false, p);
      return p;
    }
    if (c instanceof TuplePatternContext t) {
      List<Pattern> elems = list(t.patternList());
      boolean comma = t.patternList() != null && Tok.has(t.patternList(), ",");
      if (elems.size() == 1 && !comma && !(elems.get(0) instanceof Pattern.RestPat)) return elems.get(0);
      return new Pattern.TuplePat(cx.id(), span, elems);
    }
    SlicePatternContext s = (SlicePatternContext) c;
    return new Pattern.SlicePat(cx.id(), span, list(s.patternList()));
  }

  private Pattern pathPattern(PathPatternContext p, Span span) {
    PathInPatternContext pc = p.pathInPattern();
    Path path = ast.types.exprPath(pc, pc.pathExprSegment());
    if (Tok.has(p, "(")) return new Pattern.TupleStructPat(cx.id(), span, path, list(p.patternList()));
    if (Tok.has(p, "{")) return structPattern(p.structPatternBody(), path, span);
    if (p.rangePatternTail() != null) {
      return range(new Expr.PathExpr(cx.id(), path.span(), path), p.rangePatternTail(), span);
    }
    if (path.isSingle() && !Tok.has(pc, "::")) {
      return new Pattern.IdentPat(cx.id(), span, path.last(), false, false, null);
    }
    return new Pattern.PathPat(cx.id(), span, path);
  }

  private Pattern structPattern(StructPatternBodyContext body, Path path, Span span) {
    List<Pattern.FieldPat> fields = new ArrayList<>();
    for (StructPatternFieldContext f : body.structPatternField()) {
      Span fs = cx.span(f);
      if (f.pattern() != null) {
        String name = f.identifier() != null ? TypeBuilder.name(f.identifier()) : f.INTEGER_LITERAL().getText();
        fields.add(new Pattern.FieldPat(fs, name, pattern(f.pattern())));
      } else {
        String name = TypeBuilder.name(f.identifier());
        Span ns = cx.span(f.outerAttr().isEmpty() ? f : f.identifier());
        fields.add(new Pattern.FieldPat(fs, name,
            new Pattern.IdentPat(cx.id(), ns, name, Tok.has(f, "ref"), Tok.has(f, "mut"), null)));
      }
    }
    return new Pattern.StructPat(cx.id(), span, path, fields, Tok.has(body, ".."));
  }

  private Pattern range(Expr lo, RangePatternTailContext t, Span span) {
    if (Tok.has(t, "...")) {
      cx.error(Errors.coded("E0783", "`...` range patterns are deprecated", cx.span(Tok.child(t, "...")),
          "help: use `..=` for an inclusive range"));
    }
    boolean inclusive = !Tok.has(t, "..");
    Expr hi = t.rangePatternEnd() == null ? null : end(t.rangePatternEnd());
    return new Pattern.RangePat(cx.id(), span, lo, hi, inclusive);
  }

  private Expr end(RangePatternEndContext e) {
    if (e.literalPattern() != null) return literal(e.literalPattern());
    PathInPatternContext pc = e.pathInPattern();
    Path path = ast.types.exprPath(pc, pc.pathExprSegment());
    return new Expr.PathExpr(cx.id(), path.span(), path);
  }

  List<Pattern> list(PatternListContext c) {
    List<Pattern> out = new ArrayList<>();
    if (c == null) return out;
    for (PatternContext p : c.pattern()) out.add(pattern(p));
    return out;
  }

  private Expr.Lit literal(LiteralPatternContext c) {
    Span span = cx.span(c);
    Token t = ((TerminalNode) c.getChild(c.getChildCount() - 1)).getSymbol();
    boolean negative = Tok.has(c, "-");
    switch (t.getType()) {
      case RustLexer.INTEGER_LITERAL:
        return ast.literals.integer(t, span, negative);
      case RustLexer.FLOAT_LITERAL:
        return ast.literals.floating(t, span, negative);
      default:
        return ast.primaries.simpleLiteral(t);
    }
  }
}
