package rustle.borrowck;

import java.util.ArrayList;
import java.util.List;
import rustle.ast.Expr;

/**
 * A straight-line run of statements and the blocks control may go to next. A block that returns
 * from the function has returned set (the expression whose value was returned, or null).
 */
final class BasicBlock {
  final List<Statement> stmts = new ArrayList<>();
  final List<Integer> succ = new ArrayList<>();
  /** How many blocks jump here. */
  int preds;
  boolean returns;
  Expr returned;

  void goTo(int target) {
    if (!succ.contains(target)) succ.add(target);
  }
}
