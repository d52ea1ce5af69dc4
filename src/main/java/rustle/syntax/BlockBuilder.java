package rustle.syntax;

import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import rustle.ast.Expr;
import rustle.ast.Item;
import rustle.ast.Pattern;
import rustle.ast.Span;
import rustle.ast.Stmt;
import rustle.ast.TypeExpr;
import rustle.diag.Errors;
import rustle.syntax.gen.RustParser.*;

/** Builds blocks and their statements, and the block-like expressions: if, match, loops. */
final class BlockBuilder {
  private static final int PENDING = -1;
  private final BuildContext cx;
  private final AstBuilder ast;

  BlockBuilder(BuildContext cx, AstBuilder ast) {
    this.cx = cx;
    this.ast = ast;
  }

  Expr.Block block(BlockContext c, boolean unsafe) {
    List<Stmt> stmts = new ArrayList<>();
    StmtsContext next = c.stmts();
    while (next != null) next = stmt(next, stmts);
    Expr tail = null;
    // A final expression without a semicolon is the block's value, as in rustc.
    if (!stmts.isEmpty() && stmts.get(stmts.size() - 1) instanceof Stmt.ExprStmt es && !es.semi()) {
      tail = es.expr();
      stmts.remove(stmts.size() - 1);
    }
    // Expression statements get their ids only now, so that one that became the tail wastes none.
    for (int i = 0; i < stmts.size(); i++) {
      if (stmts.get(i) instanceof Stmt.ExprStmt es && es.id() == PENDING) {
        stmts.set(i, new Stmt.ExprStmt(cx.id(), es.span(), es.expr(), es.semi()));
      }
    }
    return new Expr.Block(cx.id(), cx.span(c), stmts, tail, unsafe);
  }

  /** Adds the statement at the head of the chain and returns the rest of the chain. */
  private StmtsContext stmt(StmtsContext s, List<Stmt> out) {
    StmtBodyContext b = s.stmtBody();
    if (b == null) {
      // A semicolon after a block-like expression statement belongs to it.
      int last = out.size() - 1;
      if (last >= 0 && out.get(last) instanceof Stmt.ExprStmt es && !es.semi()) {
        out.set(last, new Stmt.ExprStmt(es.id(), es.span().to(cx.span(s.start)), es.expr(), true));
      }
      return s.stmts();
    }
    if (!Cfg.enabled(s.outerAttr())) return b.stmts();
    if (b.letStmt() != null) {
      out.add(let(b.letStmt()));
      return b.stmts();
    }
    if (b.itemKind() != null) {
      cx.blockItems = true;
      for (Item item : ast.items.itemKinds(b.itemKind(), s.outerAttr(), b.visibility())) {
        out.add(new Stmt.ItemStmt(cx.id(), item.span(), item));
      }
      return b.stmts();
    }
    Expr e;
    if (b.blockLikeExpr() != null || b.braceMacro() != null) {
      e = b.blockLikeExpr() != null ? blockLike(b.blockLikeExpr()) : ast.primaries.braceMacro(b.braceMacro());
      if (b.blockTail() == null) {
        out.add(new Stmt.ExprStmt(PENDING, e.span(), e, false));
        return b.stmts();
      }
      e = ast.exprs.blockTail(e, b.start, b.blockTail());
    } else if (b.jumpOrClosure() != null) {
      e = ast.primaries.jumpOrClosure(b.jumpOrClosure());
    } else if (b.stmtHead() != null) {
      e = ast.exprs.exprTail(ast.exprs.stmtHead(b.stmtHead()), cx.span(b.stmtHead()), b.start, b.exprTail());
    } else {
      e = ast.exprs.prefixRange(b.rangeOp(), b.binExpr());
    }
    boolean semi = Tok.has(b, ";");
    Token end = semi ? Tok.child(b, ";") : null;
    out.add(new Stmt.ExprStmt(PENDING, semi ? cx.span(b.start, end) : e.span(), e, semi));
    return semi ? b.stmts() : null;
  }

  private Stmt let(LetStmtContext l) {
    Pattern p = ast.patterns.pattern(l.pattern());
    TypeExpr t = l.type() == null ? null : ast.types.type(l.type());
    Expr init = l.expr() == null ? null : ast.exprs.expr(l.expr());
    Expr.Block orElse = l.block() == null ? null : block(l.block(), false);
    if (orElse != null && l.expr().stop.getText().equals("}")) {
      // rustc's rule: an else after `}` would read as the else of an if (GreedyElse takes it so).
      Span brace = cx.span(l.expr().stop);
      cx.error(Errors.letElseTrailingBrace(brace));
    }
    return new Stmt.LetStmt(cx.id(), cx.span(l), p, t, init, orElse);
  }

  Expr blockLike(BlockLikeExprContext c) {
    Span span = cx.span(c);
    if (c instanceof PlainBlockContext b) return block(b.block(), false);
    if (c instanceof UnsafeBlockContext b) return block(b.block(), true);
    if (c instanceof IfBlockLikeContext i) return ifExpr(i.ifExpr());
    if (c instanceof MatchBlockLikeContext m) return match(m.matchExpr(), span);
    if (c instanceof LoopBlockLikeContext l) {
      return new Expr.Loop(cx.id(), span, label(l.label()), block(l.loopExpr().block(), false), false);
    }
    if (c instanceof WhileBlockLikeContext w) {
      WhileExprContext we = w.whileExpr();
      return new Expr.While(cx.id(), span, label(w.label()), condition(we.condition()), block(we.block(), false));
    }
    if (c instanceof ForBlockLikeContext f) {
      ForExprContext fe = f.forExpr();
      return new Expr.For(cx.id(), span, label(f.label()), ast.patterns.pattern(fe.pattern()),
          ast.exprs.expr(fe.exprNS()), block(fe.block(), false));
    }
    BlockContext inner;
    if (c instanceof AsyncBlockContext a) {
      cx.unsupported("async blocks", span);
      inner = a.block();
    } else if (c instanceof ConstBlockContext k) {
      cx.unsupported("inline const blocks", span);
      inner = k.block();
    } else {
      // 'a: { .. } runs as 'a: loop { break 'a { .. } }: `break 'a v` leaves it with v, and the body's
      // value leaves it by the synthesised break (the checker rejects what would loop: ExprCk.findLoop).
      LabeledBlockContext lb = (LabeledBlockContext) c;
      String label = label(lb.label());
      Expr.Block body = block(lb.block(), false);
      Expr.Break leave = new Expr.Break(cx.id(), body.span(), label, body);
      // A statement, not the tail: a jump inside the value is caught where statements catch them.
      rustle.ast.Stmt st = new rustle.ast.Stmt.ExprStmt(cx.id(), body.span(), leave, true);
      Expr.Block wrapper = new Expr.Block(cx.id(), body.span(), java.util.List.of(st), null, false);
      return new Expr.Loop(cx.id(), span, label, wrapper, true);
    }
    return block(inner, false);
  }

  private static String label(LabelContext l) {
    return l == null ? null : l.LIFETIME().getText();
  }

  private Expr.If ifExpr(IfExprContext c) {
    Expr cond = condition(c.condition());
    Expr.Block then = block(c.block(0), false);
    Expr orElse = null;
    if (c.ifExpr() != null) orElse = ifExpr(c.ifExpr());
    else if (c.block().size() > 1) orElse = block(c.block(1), false);
    return new Expr.If(cx.id(), cx.span(c), cond, then, orElse);
  }

  private Expr condition(ConditionContext c) {
    Expr value = ast.exprs.expr(c.exprNS());
    if (!Tok.has(c, "let")) return value;
    if (hasLazyOperator(c.exprNS())) cx.unsupported("`let` chains", cx.span(c));
    return new Expr.Let(cx.id(), cx.span(c), ast.patterns.pattern(c.pattern()), value);
  }

  /** Whether {@code &&} or {@code ||} appears unparenthesised at the top of the expression. */
  private static boolean hasLazyOperator(ExprNSContext e) {
    RangeExprNSContext r = e.rangeExprNS();
    if (r == null) return false;
    for (BinExprNSContext b : r.binExprNS()) {
      for (ParseTree t : b.binTailNS().children == null ? List.<ParseTree>of() : b.binTailNS().children) {
        if (t instanceof BinOpContext op && (op.getText().equals("&&") || op.getText().equals("||"))) return true;
      }
    }
    return false;
  }

  private Expr match(MatchExprContext m, Span span) {
    Expr scrutinee = ast.exprs.expr(m.exprNS());
    List<Expr.Arm> arms = new ArrayList<>();
    MatchArmsContext next = m.matchArms();
    while (next != null) next = arm(next, arms);
    return new Expr.Match(cx.id(), span, scrutinee, arms);
  }

  /** Adds the arm at the head of the chain and returns the remaining arms. */
  private MatchArmsContext arm(MatchArmsContext a, List<Expr.Arm> out) {
    if (!Cfg.enabled(a.outerAttr())) return a.armBody().matchArms();
    Pattern p = ast.patterns.pattern(a.pattern());
    Expr guard = a.expr() == null ? null : ast.exprs.expr(a.expr());
    ArmBodyContext b = a.armBody();
    Expr e;
    if (b.blockLikeExpr() != null || b.braceMacro() != null) {
      e = b.blockLikeExpr() != null ? blockLike(b.blockLikeExpr()) : ast.primaries.braceMacro(b.braceMacro());
      if (b.blockTail() != null) e = ast.exprs.blockTail(e, b.start, b.blockTail());
    } else if (b.jumpOrClosure() != null) {
      e = ast.primaries.jumpOrClosure(b.jumpOrClosure());
    } else if (b.stmtHead() != null) {
      e = ast.exprs.exprTail(ast.exprs.stmtHead(b.stmtHead()), cx.span(b.stmtHead()), b.start, b.exprTail());
    } else {
      e = ast.exprs.prefixRange(b.rangeOp(), b.binExpr());
    }
    out.add(new Expr.Arm(cx.span(a.pattern()).to(e.span()), p, guard, e));
    return b.matchArms();
  }
}
