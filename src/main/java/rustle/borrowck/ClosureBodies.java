package rustle.borrowck;

import java.util.ArrayList;
import java.util.List;
import rustle.ast.Expr;
import rustle.ast.Pattern;
import rustle.check.ClosureInfo;
import rustle.check.LocalVar;
import rustle.check.Tables;
import rustle.types.FnSig;
import rustle.types.Ty;

/**
 * Lowers a closure's body as a body of its own (rustc borrow-checks each closure as its own MIR body):
 * its parameters enter initialized like a function's, its captured variables as places that live
 * beyond it, so moves, mutations and borrows inside the body are checked as in a function.
 */
final class ClosureBodies {
  private ClosureBodies() {}

  /** The closures written in def's body, outermost first. */
  static List<ClosureInfo> of(FnSig.Def def, Tables tables) {
    List<ClosureInfo> out = new ArrayList<>();
    for (ClosureInfo ci : tables.closures.values()) if (ci.owner() == def) out.add(ci);
    out.sort((a, b) -> Integer.compare(a.expr().span().start(), b.expr().span().start()));
    return out;
  }

  static Body build(ClosureInfo ci, Tables tables, Signatures sigs) {
    Expr.Closure c = ci.expr();
    Ty ct = Builder.zonk(tables.types[c.id()]);
    if (!(ct instanceof Ty.Closure closure)) return null;
    Body body = new Body(ci.owner(), tables);
    body.captures.addAll(ci.captures());
    Tables.FnInfo info = tables.fns.get(ci.owner());
    List<LocalVar> vars = info == null ? List.of() : info.locals;
    body.addLocal(new LocalDecl(LocalDecl.Kind.RETURN, null, Builder.zonk(closure.ret()), true, c.span(), null));
    Builder b = new Builder(body, vars.size());
    Lower lo = new Lower(b, sigs);
    // A closure that must be `Fn` cannot mutate what it captures (E0594, E0596 in its body).
    boolean fn = "Fn".equals(ci.bound());
    for (LocalVar v : ci.captures()) body.local(b.declareCapture(v)).fnCapture = fn;
    b.pushScope(Builder.lastChar(c.body().span()));
    for (int i = 0; i < c.params().size(); i++) {
      Expr.ClosureParam p = c.params().get(i);
      Ty t = i < closure.params().size() ? Builder.zonk(closure.params().get(i)) : null;
      if (p.pattern() instanceof Pattern.IdentPat ip && ip.sub() == null && tables.bindModes[ip.id()] == 0
          && tables.res[ip.id()] instanceof LocalVar v) {
        b.declare(v, LocalDecl.Kind.ARG);
        continue;
      }
      int arg = body.addLocal(new LocalDecl(LocalDecl.Kind.ARG, null, t, false, p.span(), null));
      lo.patterns.declare(p.pattern());
      lo.patterns.bind(p.pattern(), Place.local(arg), t, null, false);
    }
    b.pushTemps(Builder.lastChar(c.body().span()));
    lo.control.into(Place.local(0), c.body(), Builder.Life.STATEMENT, Operand.Why.PLAIN);
    b.popTemps();
    lo.control.ret(c.body());
    b.popScope();
    return body;
  }
}
