package rustle.syntax;

import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;
import rustle.ast.Expr;
import rustle.ast.Expr.BinOp;
import rustle.ast.Span;
import rustle.ast.TypeExpr;
import rustle.diag.Errors;
import rustle.syntax.gen.RustParser.*;

/**
 * Builds expressions level by level: assignment, range, the binary-operator list, unary prefixes and
 * postfix chains. Each level is written once and serves the grammar's plain, no-struct-literal (NS)
 * and statement copies alike, which have the same shape of children.
 */
final class ExprBuilder {
  private final BuildContext cx;
  private final AstBuilder ast;

  ExprBuilder(BuildContext cx, AstBuilder ast) {
    this.cx = cx;
    this.ast = ast;
  }

  /** {@code expr} or {@code exprNS}: a jump or closure, or a range with an optional assignment. */
  Expr expr(ParserRuleContext c) {
    ParseTree first = c.getChild(0);
    if (first instanceof JumpOrClosureContext || first instanceof JumpOrClosureNSContext) {
      return ast.primaries.jumpOrClosure((ParserRuleContext) first);
    }
    Expr lhs = range((ParserRuleContext) first);
    if (c.getChildCount() == 1) return lhs;
    return assign(lhs, (AssignOpContext) c.getChild(1), expr((ParserRuleContext) c.getChild(2)), cx.span(c));
  }

  private Expr range(ParserRuleContext c) {
    int n = c.getChildCount();
    ParseTree first = c.getChild(0);
    if (n == 1 && !(first instanceof RangeOpContext)) return bin((ParserRuleContext) first);
    Expr lo = null;
    int i = 0;
    if (!(first instanceof RangeOpContext)) {
      lo = bin((ParserRuleContext) first);
      i = 1;
    }
    Expr hi = i + 1 < n ? bin((ParserRuleContext) c.getChild(i + 1)) : null;
    return makeRange(lo, (RangeOpContext) c.getChild(i), hi, cx.span(c));
  }

  private Expr makeRange(Expr lo, RangeOpContext op, Expr hi, Span span) {
    String text = op.getText();
    if (text.equals("...")) {
      cx.error("unexpected token: `...`", cx.span(op),
          "use `..` for an exclusive range or `..=` for an inclusive one");
    }
    boolean inclusive = !text.equals("..");
    if (inclusive && hi == null) {
      cx.error(Errors.coded("E0586", "inclusive range with no end", cx.span(op), "help: use `..` instead"));
    }
    return new Expr.Range(cx.id(), span, lo, hi, inclusive);
  }

  private Expr assign(Expr lhs, AssignOpContext op, Expr rhs, Span span) {
    String text = joined(op);
    if (text.equals("=")) return new Expr.Assign(cx.id(), span, lhs, rhs);
    return new Expr.CompoundAssign(cx.id(), span, binOp(text.substring(0, text.length() - 1)), lhs, rhs);
  }

  /** {@code binExpr} or {@code binExprNS}: the first operand and the operator list after it. */
  private Expr bin(ParserRuleContext c) {
    ParserRuleContext first = (ParserRuleContext) c.getChild(0);
    Expr e = unary(first);
    ParserRuleContext tail = (ParserRuleContext) c.getChild(1);
    return tail.getChildCount() == 0 ? e : fold(e, cx.span(first), tail);
  }

  /** Applies {@code binTail}'s operators and casts to a first operand. */
  private Expr fold(Expr first, Span firstSpan, ParserRuleContext tail) {
    Precedence p = new Precedence(cx, first, firstSpan);
    Span operand = firstSpan;
    for (int i = 0; i + 1 < tail.getChildCount(); i += 2) {
      ParseTree a = tail.getChild(i);
      ParserRuleContext b = (ParserRuleContext) tail.getChild(i + 1);
      if (Tok.is(a, "as")) {
        p.cast(ast.types.castType((CastTypeContext) b), cx.span(b));
        if (i + 3 < tail.getChildCount()) castThenLess(operand, (CastTypeContext) b, tail.getChild(i + 2), tail.getChild(i + 3));
        operand = operand.to(cx.span(b));
      } else {
        p.operator(binOp(joined((ParserRuleContext) a)), cx.span(a));
        p.operand(unary(b), cx.span(b));
        operand = cx.span(b);
      }
    }
    return p.finish();
  }

  /**
   * rustc reads {@code <} or {@code <<} right after a cast to a path type as the start of the type's
   * generic arguments, and rejects {@code x as usize < y} with a syntax error; rustle's grammar parses
   * a comparison there, so the error is given here.
   */
  private void castThenLess(Span cast, CastTypeContext type, ParseTree op, ParseTree next) {
    if (!(op instanceof ParserRuleContext o)) return;
    String text = joined(o);
    if (!text.equals("<") && !text.equals("<<") || !endsInBarePath(type)) return;
    boolean shift = text.equals("<<");
    String typeText = sourceText(type);
    Span whole = cast.to(cx.span(type));
    cx.error(Errors.error("`" + text + "` is interpreted as a start of generic arguments for `"
            + typeText + "`, not a " + (shift ? "shift" : "comparison"), cx.span(op),
            "not interpreted as " + (shift ? "shift" : "comparison"))
        .withLabel(cx.span(next), "interpreted as generic arguments")
        .withSuggestion(shift ? "try shifting the cast value" : "try comparing the cast value", whole,
            "(" + sourceText(type, whole) + ")"));
  }

  private static boolean endsInBarePath(CastTypeContext t) {
    if (t instanceof PathCastTypeContext p) return p.genericArgs() == null;
    if (t instanceof RefCastTypeContext r) return endsInBarePath(r.castType());
    if (t instanceof RawPtrCastTypeContext r) return endsInBarePath(r.castType());
    return false;
  }

  private static String sourceText(ParserRuleContext c) {
    return sourceText(c, new Span(c.start.getStartIndex(), c.stop.getStopIndex() + 1, 0, 0, 0, 0));
  }

  /** The source text of span s, read from the stream c was parsed from. */
  private static String sourceText(ParserRuleContext c, Span s) {
    return c.start.getInputStream().getText(org.antlr.v4.runtime.misc.Interval.of(s.start(), s.end() - 1));
  }

  /** {@code unaryExpr}, {@code unaryExprNS} or a statement head: prefix operators, then a postfix chain. */
  Expr unary(ParserRuleContext c) {
    int n = c.getChildCount();
    Expr e = postfix((ParserRuleContext) c.getChild(n - 1));
    for (int i = n - 2; i >= 0; i--) {
      UnaryOpContext op = (UnaryOpContext) c.getChild(i);
      Span span = cx.span(op.start, c.stop);
      if (op.borrowOp() != null) {
        e = borrow(op.borrowOp(), e, span);
      } else {
        Expr.UnOp u = switch (op.getText()) {
          case "-" -> Expr.UnOp.NEG;
          case "!" -> Expr.UnOp.NOT;
          default -> Expr.UnOp.DEREF;
        };
        e = new Expr.Unary(cx.id(), span, u, e);
      }
    }
    return e;
  }

  /**
   * {@code &e}, {@code &mut e}; the token {@code &&} borrows twice. {@code &raw const e} / {@code &raw mut e}
   * is read as {@code &e as *const _} / {@code &mut e as *mut _}: the same address, and the borrow ends at once.
   */
  Expr borrow(BorrowOpContext b, Expr e, Span span) {
    if (b.identifier() != null) {
      if (!b.identifier().getText().equals("raw")) {
        cx.error("expected one of `!`, `.`, `::`, `;`, `?`, `{`, `}`, or an operator, found `"
            + b.identifier().getText() + "`", cx.span(b.identifier()), null);
      }
      boolean mut = Tok.has(b, "mut");
      Expr r = new Expr.Cast(cx.id(), span, new Expr.Borrow(cx.id(), span, mut, e),
          ast.types.rawPtr(span, mut, new TypeExpr.InferType(cx.id(), span)));
      return Tok.has(b, "&&") ? new Expr.Borrow(cx.id(), span, false, r) : r;
    }
    Expr r = new Expr.Borrow(cx.id(), span, Tok.has(b, "mut"), e);
    return Tok.has(b, "&&") ? new Expr.Borrow(cx.id(), span, false, r) : r;
  }

  private Expr postfix(ParserRuleContext c) {
    Expr e = ast.primaries.primary((ParserRuleContext) c.getChild(0));
    List<ParserRuleContext> ops = new ArrayList<>();
    for (int i = 1; i < c.getChildCount(); i++) ops.add((ParserRuleContext) c.getChild(i));
    return postfixOps(e, c.start, ops);
  }

  /**
   * Applies a chain of postfix ops (PostfixOpContext, or a block tail's first DotOrTryOpContext) to e. A
   * field op followed by a call op is a method call: the grammar leaves the joining to this (see its
   * dotOrTryOp), which rustc's parser does too ({@code (s.f)(x)} calls a field).
   */
  private Expr postfixOps(Expr e, Token start, List<? extends ParserRuleContext> ops) {
    for (int i = 0; i < ops.size(); i++) {
      ParserRuleContext op = ops.get(i);
      DotOrTryOpContext d = op instanceof PostfixOpContext p ? p.dotOrTryOp() : (DotOrTryOpContext) op;
      if (d instanceof FieldOpContext f) {
        PostfixOpContext call = i + 1 < ops.size() && ops.get(i + 1) instanceof PostfixOpContext n
            && n.dotOrTryOp() == null && Tok.has(n, "(") ? n : null;
        if (call != null) {
          e = new Expr.MethodCall(cx.id(), cx.span(start, call.stop), e, TypeBuilder.name(f.identifier()),
              cx.span(f.identifier()), ast.types.genericArgs(f.genericArgs()), args(call.callArgs()));
          i++;
          continue;
        }
        if (f.genericArgs() != null) {
          cx.error("field expressions cannot have generic arguments", cx.span(f.genericArgs()), null);
        }
      }
      e = d != null ? dotOrTry(e, start, d) : postfixOp(e, start, (PostfixOpContext) op);
    }
    return e;
  }

  private Expr postfixOp(Expr e, Token start, PostfixOpContext op) {
    Span span = cx.span(start, op.stop);
    if (Tok.has(op, "(")) return new Expr.Call(cx.id(), span, e, args(op.callArgs()));
    return new Expr.Index(cx.id(), span, e, expr(op.expr()));
  }

  private Expr dotOrTry(Expr e, Token start, DotOrTryOpContext op) {
    Span span = cx.span(start, op.stop);
    if (op instanceof TryOpContext) return new Expr.Try(cx.id(), span, e);
    if (op instanceof FieldOpContext f) {
      return new Expr.Field(cx.id(), span, e, TypeBuilder.name(f.identifier()), cx.span(f.identifier()));
    }
    if (op instanceof TupleFieldOpContext t) {
      return tupleField(e, start, ((TerminalNode) t.getChild(1)).getSymbol());
    }
    cx.unsupported("`.await` expressions", cx.span(op));
    return e;
  }

  /** {@code x.0}, and {@code x.0.1} whose {@code 0.1} the lexer read as one float token. */
  private Expr tupleField(Expr e, Token start, Token index) {
    String text = index.getText();
    int base = index.getStartIndex();
    int dot = text.indexOf('.');
    if (dot < 0) {
      Integer i = index(text, cx.span(index));
      return i == null ? e : new Expr.TupleField(cx.id(), cx.span(start, index), e, i, cx.span(index));
    }
    String a = text.substring(0, dot);
    String b = text.substring(dot + 1);
    Span aSpan = cx.spanOf(base, base + a.length());
    Span bSpan = cx.spanOf(base + dot + 1, base + text.length());
    Integer i = index(a, aSpan);
    Integer j = i == null ? null : index(b, bSpan);
    if (j == null) return e;
    Expr inner = new Expr.TupleField(cx.id(), cx.span(start).to(aSpan), e, i, aSpan);
    return new Expr.TupleField(cx.id(), cx.span(start, index), inner, j, bSpan);
  }

  private Integer index(String text, Span span) {
    if (!text.isEmpty() && text.chars().allMatch(Character::isDigit) && text.length() < 10) {
      return Integer.parseInt(text);
    }
    if (text.chars().allMatch(Character::isLetterOrDigit) && Character.isDigit(text.charAt(0))) {
      cx.error("suffixes on a tuple index are invalid", span, "invalid suffix");
    } else {
      cx.error("unexpected token: `" + text + "`", span, null);
    }
    return null;
  }

  List<Expr> args(CallArgsContext c) {
    List<Expr> out = new ArrayList<>();
    if (c == null) return out;
    for (ExprContext e : c.expr()) out.add(expr(e));
    return out;
  }

  // ------------------------------------------------------------------ statement forms

  /** A statement's head ({@code stmtHead}): prefix operators and a postfix chain, or a primary. */
  Expr stmtHead(StmtHeadContext h) {
    if (h.primaryStmt() == null) return unary(h);
    return postfixOps(ast.primaries.primary(h.primaryStmt()), h.start, h.postfixOp());
  }

  /** After a block-like statement: its {@code .} or {@code ?} continuation and the operators after. */
  Expr blockTail(Expr e, Token start, BlockTailContext t) {
    List<ParserRuleContext> ops = new ArrayList<>();
    ops.add(t.dotOrTryOp());
    ops.addAll(t.postfixOp());
    e = postfixOps(e, start, ops);
    return exprTail(e, cx.span(start, ops.get(ops.size() - 1).stop), start, t.exprTail());
  }

  /** {@code exprTail}: binary operators, a range and an assignment after a statement's head. */
  Expr exprTail(Expr head, Span headSpan, Token start, ExprTailContext t) {
    Expr e = head;
    ParserRuleContext bins = t.binTail();
    if (bins.getChildCount() > 0) e = fold(head, headSpan, bins);
    if (t.rangeOp() != null) {
      Expr hi = t.binExpr() == null ? null : bin(t.binExpr());
      ParseTree end = t.binExpr() != null ? t.binExpr() : t.rangeOp();
      e = makeRange(e, t.rangeOp(), hi, cx.span(start, ((ParserRuleContext) end).stop));
    }
    if (t.assignOp() != null) e = assign(e, t.assignOp(), expr(t.expr()), cx.span(start, t.stop));
    return e;
  }

  /** {@code ..b} or {@code ..} starting a statement or arm body. */
  Expr prefixRange(RangeOpContext op, BinExprContext hi) {
    Span span = hi == null ? cx.span(op) : cx.span(op, hi);
    return makeRange(null, op, hi == null ? null : bin(hi), span);
  }

  // ------------------------------------------------------------------ operators

  /** The operator's tokens joined; {@code >>} and {@code >=} are two tokens that must touch. */
  private String joined(ParserRuleContext op) {
    if (op.getChildCount() == 1) return op.getText();
    StringBuilder sb = new StringBuilder();
    Token prev = null;
    for (int i = 0; i < op.getChildCount(); i++) {
      Token t = ((TerminalNode) op.getChild(i)).getSymbol();
      if (prev != null && !Tok.adjacent(prev, t)) {
        cx.error("expected expression, found `" + t.getText() + "`", cx.span(t), "expected expression");
      }
      sb.append(t.getText());
      prev = t;
    }
    return sb.toString();
  }

  static BinOp binOp(String text) {
    for (BinOp op : BinOp.values()) if (op.symbol.equals(text)) return op;
    throw new IllegalArgumentException(text);
  }
}
