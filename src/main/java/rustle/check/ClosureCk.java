package rustle.check;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import rustle.ast.Expr;
import rustle.ast.Node;
import rustle.types.Ty;

/**
 * Typing of closure expressions: parameters (annotated, hinted by an {@code Fn} bound, or inferred),
 * the body checked with its own return type, and the captured variables found after the body is checked.
 */
final class ClosureCk {
  private final FnCk cx;

  ClosureCk(FnCk cx) {
    this.cx = cx;
  }

  Ty closure(Expr.Closure c, Ty expected) {
    String bound = cx.closureBound;
    cx.closureBound = null;
    Ty x = expected == null ? null : cx.resolve(expected);
    if (x instanceof Ty.Dyn d && d.isFnTrait()) x = new Ty.FnPtr(d.fnParams(), d.fnRet());
    Ty.FnPtr hint = x instanceof Ty.FnPtr fp && fp.params().size() == c.params().size() ? fp : null;
    int first = cx.locals.size();
    cx.pushScope();
    List<Ty> params = new ArrayList<>();
    for (int i = 0; i < c.params().size(); i++) {
      Expr.ClosureParam p = c.params().get(i);
      Ty t = p.type() != null ? cx.lowering.lower(p.type(), cx.tyScope, cx.infer) : null;
      if (t == null) t = hint != null ? hint.params().get(i) : cx.infer.fresh();
      cx.pats.check(p.pattern(), t, true);
      params.add(t);
    }
    Ty ret = c.ret() != null ? cx.lowering.lower(c.ret(), cx.tyScope, cx.infer) : null;
    if (ret == null) ret = hint != null ? hint.ret() : cx.infer.fresh();
    Ty savedRet = cx.retTy;
    List<FnCk.LoopCtx> savedLoops = new ArrayList<>(cx.loops);
    cx.loops.clear();
    cx.retTy = ret;
    Expr savedBody = cx.closureBody;
    cx.closureBody = c.body();
    Ty body = cx.exprs.check(c.body(), ret);
    cx.coerce(c.body(), body, ret);
    cx.retTy = savedRet;
    cx.closureBody = savedBody;
    cx.loops.addAll(savedLoops);
    cx.popScope();
    int end = cx.locals.size();
    Set<LocalVar> caps = new LinkedHashSet<>();
    scan(c.body(), first, caps);
    List<LocalVar> captures = new ArrayList<>(caps);
    // A closure that must be Fn or FnMut may not move out (E0507 below); any other takes what it moves.
    boolean mayConsume = !"FnMut".equals(bound) && !"Fn".equals(bound);
    java.util.Set<LocalVar> movedOut = mayConsume ? new ClosureMoves(cx).movedOut(c, captures) : java.util.Set.of();
    List<Ty> capTys = new ArrayList<>();
    for (LocalVar v : captures) capTys.add(c.isMove() || movedOut.contains(v) ? v.ty : new Ty.Ref(v.ty, v.mutable));
    Set<LocalVar> fieldCopies = FieldCaptures.of(cx.tables, c, captures, cx::resolve);
    List<LocalVar> byValue = new ArrayList<>();
    for (LocalVar v : captures) {
      if (c.isMove() ? !fieldCopies.contains(v) && !CopyRules.isCopy(Zonk.apply(cx.resolve(v.ty))) : movedOut.contains(v)) byValue.add(v);
    }
    FieldMoves.Result fm = FieldMoves.of(cx.tables, c, byValue, captures, cx::resolve);
    for (java.util.Map.Entry<LocalVar, Expr> e : fm.restNeedsDrop().entrySet()) {
      // rustle would hold the whole variable in the closure and drop its other fields there.
      cx.error(rustle.diag.Errors.unsupported("moving a field of `" + e.getKey().name
          + "` into a closure while other fields of it have a `Drop` impl", e.getValue().span()));
    }
    cx.tables.closures.put(c.id(), new ClosureInfo(c, first, end, List.copyOf(captures), c.isMove(), cx.def, bound,
        fieldCopies, movedOut, fm.moves()));
    if (!c.isMove() && ("FnMut".equals(bound) || "Fn".equals(bound))) new ClosureMoves(cx).check(c, captures, bound);
    return new Ty.Closure(c.id(), params, ret, capTys);
  }

  /** Collects the outer variables (declared before the closure) that the body refers to. */
  private void scan(Object n, int first, Set<LocalVar> out) {
    if (n == null) return;
    if (n instanceof List<?> l) {
      for (Object o : l) scan(o, first, out);
      return;
    }
    if (n instanceof Node node && node.id() >= 0 && node.id() < cx.tables.res.length) {
      Object r = cx.tables.res[node.id()];
      if (r instanceof Res.Local loc && loc.var().index < first) out.add(loc.var());
      if (r instanceof FormatInfo fi) {
        for (FormatInfo.FmtArg a : fi.args()) {
          if (a.capture() instanceof Res.Local loc && loc.var().index < first) out.add(loc.var());
        }
      }
      ClosureInfo ci = cx.tables.closures.get(node.id());
      if (ci != null) {
        for (LocalVar v : ci.captures()) if (v.index < first) out.add(v);
      }
    }
    if (!n.getClass().isRecord()) return;
    for (RecordComponent rc : n.getClass().getRecordComponents()) {
      Class<?> t = rc.getType();
      if (t.isPrimitive() || t == String.class) continue;
      try {
        scan(rc.getAccessor().invoke(n), first, out);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
    }
  }
}
