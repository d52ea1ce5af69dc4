package rustle.syntax;

import java.util.ArrayList;
import rustle.ast.Expr;
import rustle.ast.Expr.BinOp;
import rustle.ast.Span;
import rustle.ast.TypeExpr;

/**
 * Folds the grammar's flat operand/operator list into a tree by the Rust Reference's precedence:
 * {@code as} > {@code * / %} > {@code + -} > {@code << >>} > {@code &} > {@code ^} > {@code |} >
 * comparisons (which do not chain) > {@code &&} > {@code ||}, all others left-associative. Iterative,
 * so a long chain such as {@code 1 + 1 + ... + 1} needs no deep recursion.
 */
final class Precedence {
  private static final int COMPARISON = 4;

  private final BuildContext cx;
  private final ArrayList<Expr> operands = new ArrayList<>();
  private final ArrayList<Span> spans = new ArrayList<>();
  private final ArrayList<BinOp> ops = new ArrayList<>();
  private final ArrayList<Span> opSpans = new ArrayList<>();
  private boolean chainReported;

  Precedence(BuildContext cx, Expr first, Span span) {
    this.cx = cx;
    operand(first, span);
  }

  static int level(BinOp op) {
    return switch (op) {
      case MUL, DIV, REM -> 10;
      case ADD, SUB -> 9;
      case SHL, SHR -> 8;
      case BIT_AND -> 7;
      case BIT_XOR -> 6;
      case BIT_OR -> 5;
      case EQ, NE, LT, LE, GT, GE -> COMPARISON;
      case AND -> 3;
      case OR -> 2;
    };
  }

  /** {@code as T} applies to the operand just before it: it binds tighter than every binary operator. */
  void cast(TypeExpr type, Span typeSpan) {
    int top = operands.size() - 1;
    Span s = spans.get(top).to(typeSpan);
    operands.set(top, new Expr.Cast(cx.id(), s, operands.get(top), type));
    spans.set(top, s);
  }

  void operator(BinOp op, Span opSpan) {
    int p = level(op);
    while (!ops.isEmpty() && level(ops.get(ops.size() - 1)) >= p) {
      if (p == COMPARISON && level(ops.get(ops.size() - 1)) == COMPARISON && !chainReported) {
        chainReported = true;
        cx.error(rustle.diag.Errors.error("comparison operators cannot be chained",
            opSpans.get(opSpans.size() - 1), null).withLabel(opSpan, ""));
      }
      reduce();
    }
    ops.add(op);
    opSpans.add(opSpan);
  }

  void operand(Expr e, Span span) {
    operands.add(e);
    spans.add(span);
  }

  Expr finish() {
    while (!ops.isEmpty()) reduce();
    return operands.get(0);
  }

  private void reduce() {
    BinOp op = ops.remove(ops.size() - 1);
    opSpans.remove(opSpans.size() - 1);
    Expr right = operands.remove(operands.size() - 1);
    Span rs = spans.remove(spans.size() - 1);
    int top = operands.size() - 1;
    Span s = spans.get(top).to(rs);
    operands.set(top, new Expr.Binary(cx.id(), s, op, operands.get(top), right));
    spans.set(top, s);
  }
}
