package rustle.syntax;

import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;
import rustle.ast.Expr;
import rustle.ast.Path;
import rustle.ast.Pattern;
import rustle.ast.Span;
import rustle.ast.TypeExpr;
import rustle.syntax.gen.RustLexer;
import rustle.syntax.gen.RustParser.*;

/** Builds primary expressions: literals, paths, tuples, arrays, struct literals, macros, closures, jumps. */
final class PrimaryBuilder {
  private final BuildContext cx;
  private final AstBuilder ast;

  PrimaryBuilder(BuildContext cx, AstBuilder ast) {
    this.cx = cx;
    this.ast = ast;
  }

  /** {@code primary}, {@code primaryNS} or {@code primaryStmt}: one child names the kind. */
  Expr primary(ParserRuleContext c) {
    ParseTree ch = c.getChild(0);
    Span span = cx.span(ch);
    if (ch instanceof BlockLikeExprContext b) return ast.blocks.blockLike(b);
    if (ch instanceof PathExprContext p) return new Expr.PathExpr(cx.id(), span, path(p));
    if (ch instanceof LiteralContext l) return literal(l);
    if (ch instanceof PathOrStructLitContext s) {
      if (s.structLitBody() == null) return new Expr.PathExpr(cx.id(), span, path(s.pathExpr()));
      return structLit(s, span);
    }
    if (ch instanceof MacroCallContext m) return macroCall(m.simplePath(), m.macroArgs(), span);
    if (ch instanceof MacroCallNoBraceContext m) return macroCall(m.simplePath(), m.macroArgs(), span);
    if (ch instanceof MatchesMacroContext m) return matchesMacro(m, span);
    if (ch instanceof TupleExprContext t) {
      List<Expr> elems = exprs(t.expr());
      if (elems.size() == 1 && !Tok.has(t, ",")) return parenthesised(elems.get(0), span);
      return new Expr.Tuple(cx.id(), span, elems);
    }
    if (ch instanceof ArrayExprContext a) {
      if (Tok.has(a, ";")) {
        return new Expr.ArrayRepeat(cx.id(), span, ast.exprs.expr(a.expr(0)), ast.exprs.expr(a.expr(1)));
      }
      return new Expr.Array(cx.id(), span, exprs(a.expr()));
    }
    if (ch instanceof QualifiedPathExprContext q) return qualifiedPath(q, span);
    cx.unsupported("this expression", span);
    return new Expr.Tuple(cx.id(), span, List.of());
  }

  /** {@code <T as Trait>::f} becomes the path {@code Trait::f} with qself T; {@code <T>::f} the path {@code f}. */
  private Expr qualifiedPath(QualifiedPathExprContext q, Span span) {
    TypeExpr qself = ast.types.type(q.type());
    List<Path.Segment> segs = new ArrayList<>();
    if (q.typePath() != null) segs.addAll(ast.types.typePath(q.typePath()).segments());
    segs.addAll(ast.types.exprPath(q, q.pathExprSegment()).segments());
    return new Expr.PathExpr(cx.id(), span, new Path(span, segs), qself);
  }

  /**
   * rustc lowers `(e)` to e with the span of the parentheses: overflow panics and `assert!` quote it.
   * Done for the operations whose span is reported at run time.
   */
  private static Expr parenthesised(Expr e, Span span) {
    if (e instanceof Expr.Binary b) return new Expr.Binary(b.id(), span, b.op(), b.left(), b.right());
    if (e instanceof Expr.Unary u) return new Expr.Unary(u.id(), span, u.op(), u.operand());
    if (e instanceof Expr.Cast c) return new Expr.Cast(c.id(), span, c.operand(), c.type());
    return e;
  }

  Path path(PathExprContext p) {
    return ast.types.exprPath(p, p.pathExprSegment());
  }

  private List<Expr> exprs(List<ExprContext> cs) {
    List<Expr> out = new ArrayList<>(cs.size());
    for (ExprContext e : cs) out.add(ast.exprs.expr(e));
    return out;
  }

  private Expr literal(LiteralContext l) {
    Token t = l.start;
    if (t.getType() == RustLexer.INTEGER_LITERAL) {
      Token dot = Tok.child(l, ".");
      return dot != null ? ast.literals.floatWithDot(t, dot) : ast.literals.integer(t);
    }
    if (t.getType() == RustLexer.FLOAT_LITERAL) return ast.literals.floating(t);
    if (t.getType() == RustLexer.BYTE_STRING_LITERAL || t.getType() == RustLexer.RAW_BYTE_STRING_LITERAL) {
      return ast.escapes.byteString(t, t.getType() == RustLexer.RAW_BYTE_STRING_LITERAL);
    }
    return simpleLiteral(t);
  }

  /** A literal other than a number: char, byte, string, bool. */
  Expr.Lit simpleLiteral(Token t) {
    switch (t.getType()) {
      case RustLexer.CHAR_LITERAL:
        return ast.escapes.charLit(t);
      case RustLexer.BYTE_LITERAL:
        return ast.escapes.byteLit(t);
      case RustLexer.STRING_LITERAL:
        return ast.escapes.string(t);
      case RustLexer.RAW_STRING_LITERAL:
        return ast.escapes.rawString(t);
      case RustLexer.BYTE_STRING_LITERAL:
      case RustLexer.RAW_BYTE_STRING_LITERAL:
        cx.unsupported("byte string literals in patterns", cx.span(t));
        return new Expr.StrLit(cx.id(), cx.span(t), "");
      default:
        return new Expr.BoolLit(cx.id(), cx.span(t), t.getText().equals("true"));
    }
  }

  private Expr structLit(PathOrStructLitContext s, Span span) {
    Path path = path(s.pathExpr());
    StructLitBodyContext body = s.structLitBody();
    List<Expr.FieldInit> fields = new ArrayList<>();
    for (StructLitFieldContext f : body.structLitField()) {
      if (f.expr() != null) {
        String name = f.identifier() != null ? TypeBuilder.name(f.identifier()) : f.INTEGER_LITERAL().getText();
        fields.add(new Expr.FieldInit(cx.span(f), name, ast.exprs.expr(f.expr())));
      } else {
        String name = TypeBuilder.name(f.identifier());
        Span ns = cx.span(f.identifier());
        Path p = new Path(ns, List.of(new Path.Segment(name, ns, List.of())));
        fields.add(new Expr.FieldInit(cx.span(f), name, new Expr.PathExpr(cx.id(), ns, p)));
      }
    }
    Expr base = body.structBase() == null ? null : ast.exprs.expr(body.structBase().expr());
    return new Expr.StructLit(cx.id(), span, path, fields, base);
  }

  /** {@code name! { .. }} as a statement or match arm body. */
  Expr braceMacro(BraceMacroContext m) {
    return macroCall(m.simplePath(), m.macroArgs(), cx.span(m));
  }

  private Expr macroCall(SimplePathContext path, MacroArgsContext a, Span span) {
    List<SimplePathSegmentContext> segs = path.simplePathSegment();
    SimplePathSegmentContext last = segs.get(segs.size() - 1);
    String name = last.identifier() != null ? TypeBuilder.name(last.identifier()) : last.getText();
    List<Expr.MacroArg> args = new ArrayList<>();
    boolean repeat = a != null && Tok.has(a, ";");
    if (a != null) {
      for (MacroArgContext arg : a.macroArg()) {
        String argName = arg.identifier() == null ? null : TypeBuilder.name(arg.identifier());
        if (repeat && argName != null) {
          cx.error("expected expression, found `=`", cx.span(Tok.child(arg, "=")), "expected expression");
        }
        args.add(new Expr.MacroArg(cx.span(arg), argName, ast.exprs.expr(arg.expr())));
      }
      if (repeat) args.add(new Expr.MacroArg(cx.span(a.expr()), null, ast.exprs.expr(a.expr())));
    }
    return new Expr.MacroCall(cx.id(), span, name, args, repeat);
  }

  /**
   * {@code matches!(v, P if g)} takes a pattern, which no macro argument can hold, so it is built as
   * the match it stands for: {@code match v { P if g => true, _ => false }}.
   */
  private Expr matchesMacro(MatchesMacroContext m, Span span) {
    Expr value = ast.exprs.expr(m.expr(0));
    Pattern p = ast.patterns.pattern(m.pattern());
    Expr guard = m.expr().size() > 1 ? ast.exprs.expr(m.expr(1)) : null;
    List<Expr.Arm> arms = List.of(
        new Expr.Arm(span, p, guard, new Expr.BoolLit(cx.id(), span, true)),
        new Expr.Arm(span, new Pattern.WildPat(cx.id(), span), null, new Expr.BoolLit(cx.id(), span, false)));
    return new Expr.Match(cx.id(), span, value, arms);
  }

  /** {@code jumpOrClosure} or its NS copy: borrows applied to a return, break, continue or closure. */
  Expr jumpOrClosure(ParserRuleContext c) {
    int n = c.getChildCount();
    ParserRuleContext last = (ParserRuleContext) c.getChild(n - 1);
    Expr e = last instanceof JumpExprContext || last instanceof JumpExprNSContext ? jump(last) : closure(last);
    for (int i = n - 2; i >= 0; i--) {
      BorrowOpContext b = (BorrowOpContext) c.getChild(i);
      e = ast.exprs.borrow(b, e, cx.span(b.start, c.stop));
    }
    return e;
  }

  private Expr jump(ParserRuleContext j) {
    Span span = cx.span(j);
    Token label = Tok.childOfType(j, RustLexer.LIFETIME);
    String labelText = label == null ? null : label.getText();
    ParserRuleContext valueCtx = null;
    for (int i = 0; i < j.getChildCount(); i++) {
      if (j.getChild(i) instanceof ParserRuleContext r) valueCtx = r;
    }
    Expr value = valueCtx == null ? null : ast.exprs.expr(valueCtx);
    return switch (j.start.getText()) {
      case "return" -> new Expr.Return(cx.id(), span, value);
      case "break" -> new Expr.Break(cx.id(), span, labelText, value);
      default -> new Expr.Continue(cx.id(), span, labelText);
    };
  }

  /** {@code closure} or {@code closureNS}: {@code move |a: T, b| -> R { .. }}. */
  private Expr closure(ParserRuleContext c) {
    ClosureParamsContext ps = null;
    TypeExpr ret = null;
    Expr body = null;
    for (int i = 0; i < c.getChildCount(); i++) {
      ParseTree ch = c.getChild(i);
      if (ch instanceof ClosureParamsContext p) ps = p;
      else if (ch instanceof TypeContext t) ret = ast.types.type(t);
      else if (ch instanceof BlockContext b) body = ast.blocks.block(b, false);
      else if (ch instanceof ParserRuleContext e) body = ast.exprs.expr(e);
    }
    List<Expr.ClosureParam> params = new ArrayList<>();
    for (ClosureParamContext p : ps.closureParam()) {
      TypeExpr t = p.type() == null ? null : ast.types.type(p.type());
      params.add(new Expr.ClosureParam(cx.span(p), ast.patterns.alt(p.patternNoTopAlt()), t));
    }
    boolean isMove = c.getChild(0) instanceof TerminalNode n && n.getText().equals("move");
    return new Expr.Closure(cx.id(), cx.span(c), isMove, params, ret, body);
  }
}
