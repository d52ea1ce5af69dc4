package rustle.check;

import rustle.ast.Expr;
import rustle.types.Prim;
import rustle.types.Ty;

/** Typing of {@code match}: every arm's pattern against the scrutinee, guards as bool, arms joined. */
final class MatchCk {
  private final FnCk cx;

  MatchCk(FnCk cx) {
    this.cx = cx;
  }

  Ty match(Expr.Match m, Ty expected) {
    Ty st = cx.exprs.check(m.scrutinee(), null);
    Ty result = null;
    // An unsized expectation (`&match ..` where a &str is wanted) is a hint only: the arms' own type
    // (a String) is the match's, and later arms are checked against it (`"b".into()` after a String arm).
    if (expected != null && rustle.types.Layouts.isUnsized(cx.resolve(expected))) expected = null;
    for (Expr.Arm arm : m.arms()) {
      cx.pushScope();
      cx.pats.check(arm.pattern(), st, false);
      if (arm.guard() != null) cx.coerce(arm.guard(), cx.exprs.check(arm.guard(), Prim.BOOL), Prim.BOOL);
      Ty bt = cx.exprs.check(arm.body(), expected != null ? expected : result);
      if (cx.coerceBranch(arm.body(), bt, expected) != null) bt = expected;
      result = result == null ? bt : cx.join(arm.body(), result, bt);
      cx.popScope();
    }
    // After inference (literal types settle last) and only in a body that checked: rustc's order.
    cx.deferred.add(new Object[] {(Runnable) () -> {
      if (cx.typeckOk) new Exhaustiveness(cx).match(m, st);
    }});
    return result == null ? Prim.NEVER : result;
  }
}
