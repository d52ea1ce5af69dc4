package rustle.lint;

import java.util.List;
import rustle.ast.Expr;
import rustle.ast.Pattern;
import rustle.check.LocalVar;
import rustle.check.Res;
import rustle.check.Tables;
import rustle.types.Prim;
import rustle.types.Ty;

/**
 * Which arm of a match rustc's walk visits before the code after the match. Known only for a switch on
 * an integer or char whose arms are literals and whose last arm catches the rest: that arm is the
 * switch's "otherwise" target, the last successor, and the walk's stack pops it first.
 */
final class MatchOrder {
  private MatchOrder() {}

  static Expr.Arm visitedFirst(Tables tables, Ty scrutinee, List<Expr.Arm> arms) {
    if (!(scrutinee instanceof Prim p) || !(p.isInt() || p == Prim.CHAR) || arms.size() < 2) return null;
    for (Expr.Arm a : arms) if (a.guard() != null) return null;
    for (int i = 0; i < arms.size() - 1; i++) if (!literals(tables, arms.get(i).pattern())) return null;
    Pattern last = arms.get(arms.size() - 1).pattern();
    boolean catchAll = last instanceof Pattern.WildPat
        || last instanceof Pattern.IdentPat ip && ip.sub() == null && tables.res[ip.id()] instanceof LocalVar;
    return catchAll ? arms.get(arms.size() - 1) : null;
  }

  /** A pattern that is one value or several: a literal or a constant, or an or of them. */
  private static boolean literals(Tables tables, Pattern p) {
    if (p instanceof Pattern.LitPat) return true;
    if (p instanceof Pattern.IdentPat || p instanceof Pattern.PathPat) return tables.res[p.id()] instanceof Res.Const;
    if (p instanceof Pattern.OrPat o) return o.alts().stream().allMatch(x -> literals(tables, x));
    return false;
  }
}
