package rustle.ast;

/** A statement inside a block. */
public sealed interface Stmt extends Node {
  /** {@code let pat: type = init else { .. };}; type, init and elseBlock may be null. */
  record LetStmt(int id, Span span, Pattern pattern, TypeExpr type, Expr init, Expr.Block elseBlock)
      implements Stmt {}

  /** An expression statement; semi tells whether a semicolon followed it. */
  record ExprStmt(int id, Span span, Expr expr, boolean semi) implements Stmt {}

  /** An item (fn, struct, ...) declared inside a block. */
  record ItemStmt(int id, Span span, Item item) implements Stmt {}
}
