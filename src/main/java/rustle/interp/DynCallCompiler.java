package rustle.interp;

import java.util.List;
import rustle.ast.Expr;
import rustle.ast.Span;
import rustle.check.MethodRes;
import rustle.interp.nodes.DynCalls;
import rustle.interp.nodes.Loads;
import rustle.interp.nodes.Places;
import rustle.interp.rt.Kind;
import rustle.interp.rt.Node;
import rustle.interp.rt.Place;
import rustle.interp.rt.Rep;
import rustle.types.AdtDef;
import rustle.types.Infer;
import rustle.types.Prim;
import rustle.types.Ty;

/**
 * Compiles the calls that go through memory: a trait method on a trait object (through its vtable),
 * calling a boxed or borrowed {@code dyn Fn}, and calling a {@code fn} pointer.
 */
final class DynCallCompiler {
  private DynCallCompiler() {}

  /** A method call whose receiver is a trait object; recv evaluates to the fat pointer. */
  static Node method(FnCompiler f, Expr.MethodCall m, MethodRes r, Ty.Dyn d, Node recv, Ty ret) {
    Node[] args = new Node[m.args().size()];
    for (int i = 0; i < args.length; i++) args[i] = f.exprs.value(m.args().get(i));
    int scratch = f.frame.alloc(16, 8);
    return node(f, new DynCalls.Callee(recv, scratch, f.c.vtables.slot(d, r.def()), f.c.codeTable(), args,
        m.nameSpan(), dynObserver(f), f.c.fastPaths()), ret);
  }

  /**
   * Calling a value of type t at place: a fn pointer, or a {@code &dyn Fn} / {@code Box<dyn Fn>}
   * (through references to them too); null when the value is something else (a closure, a fn item).
   */
  static Node callValue(FnCompiler f, Expr callee, Place place, Ty t, List<Expr> argExprs, Ty ret, Span span) {
    t = Infer.shallow(t);
    while (t instanceof Ty.Ref r && !(Infer.shallow(r.inner()) instanceof Ty.Dyn)) {
      place = new Places.DerefAt(place);
      t = Infer.shallow(r.inner());
    }
    Node[] args = null;
    if (t instanceof Ty.FnPtr) {
      args = args(f, argExprs);
      return node(f, new DynCalls.Callee(new Loads.LoadInt(place, Kind.U64), 0, -1, f.c.codeTable(), args, span, dynObserver(f), false), ret);
    }
    Ty.Dyn d = null;
    if (t instanceof Ty.Ref r) d = (Ty.Dyn) Infer.shallow(r.inner());
    if (t instanceof Ty.Adt a && a.def().builtin == AdtDef.Builtin.BOX && Infer.shallow(a.args().get(0)) instanceof Ty.Dyn bd) {
      d = bd;
    }
    if (d == null || !d.isFnTrait()) return null;
    args = args(f, argExprs);
    int scratch = f.frame.alloc(16, 8);
    if (d.trait().equals("FnOnce") && t instanceof Ty.Adt) return onceBox(f, place, d, callee, args, scratch, ret, span);
    return node(f, new DynCalls.Callee(new Loads.Copy(place, 16, 0), scratch, f.c.vtables.slot(d, null),
        f.c.codeTable(), args, span, dynObserver(f), f.c.fastPaths()), ret);
  }

  /**
   * Calling a {@code Box<dyn FnOnce>} moves the box into the call (OnceBoxCalls); only a box held in a
   * local is supported, whose drop flag the call clears.
   */
  private static Node onceBox(FnCompiler f, Place place, Ty.Dyn d, Expr callee, Node[] args, int scratch, Ty ret,
      Span span) {
    if (!(callee instanceof Expr.PathExpr p && f.t.res[p.id()] instanceof rustle.check.Res.Local l)
        || f.isCaptured(l.var())) {
      throw new Unsupported("calling a `Box<dyn FnOnce>` that is not held in a local variable", span);
    }
    Node take = new rustle.interp.nodes.OnceBoxCalls.Take(place, f.flag(l.var()));
    DynCalls.Callee c = new DynCalls.Callee(take, scratch, f.c.vtables.slot(d, null), f.c.codeTable(), args, span,
        dynObserver(f), false);
    Node call = node(f, c, ret);
    int after = Vtables.afterOnceSlot();
    switch (Rep.of(ret)) {
      case INT: return new rustle.interp.nodes.OnceBoxCalls.Int(call, Kind.of(ret), scratch, after, f.c.codeTable());
      case FLOAT: return new rustle.interp.nodes.OnceBoxCalls.Float(call, ret == Prim.F32, scratch, after, f.c.codeTable());
      default: return new rustle.interp.nodes.OnceBoxCalls.Mem(call, ret == Prim.NEVER ? 0 : f.size(ret), scratch, after,
          f.c.codeTable());
    }
  }

  private static Node[] args(FnCompiler f, List<Expr> es) {
    Node[] a = new Node[es.size()];
    for (int i = 0; i < a.length; i++) a[i] = f.exprs.value(es.get(i));
    return a;
  }

  private static Node node(FnCompiler f, DynCalls.Callee c, Ty ret) {
    switch (Rep.of(ret)) {
      case INT: return new DynCalls.Int(c, Kind.of(ret));
      case FLOAT: return new DynCalls.Float(c, ret == Prim.F32);
      default: return new DynCalls.Mem(c, ret == Prim.NEVER ? 0 : f.size(ret));
    }
  }

  /** The observer a dynamic call reports to: none when no function it could reach holds a stop. */
  static rustle.interp.observe.Observer dynObserver(FnCompiler f) {
    return f.c.reach == null || f.c.reach.wrapsDynamic() ? f.c.observer : null;
  }
}
