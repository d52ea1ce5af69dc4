package rustle.interp;

import rustle.check.Tables;
import rustle.interp.nodes.DynCalls;
import rustle.interp.rt.Node;
import rustle.types.Infer;
import rustle.types.Ty;

/**
 * The run-time side of the pointer coercions that need code addresses: unsizing a pointer to a
 * trait object (the thin pointer plus the vtable of the concrete type), and fn items and
 * capture-free closures as fn pointers (the address of their code).
 */
final class DynCoercions {
  private DynCoercions() {}

  static Node apply(FnCompiler f, Tables.Coercion co, Node n, Ty from, rustle.ast.Expr e) {
    from = Infer.shallow(from);
    switch (co) {
      case UNSIZE: {
        Ty concrete = pointee(from);
        Ty.Dyn d = (Ty.Dyn) pointee(f.sub(f.t.unsizeTargets.get(e.id())));
        int vt = f.c.vtables.of(f, concrete, d);
        return new DynCalls.Unsize(ExprCompiler.asInt(n, from), vt);
      }
      case REIFY_FN_POINTER: {
        Ty.FnDef fd = (Ty.FnDef) from;
        TraitResolve.Target target = TraitResolve.resolve(f.c, fd.def(), fd.args());
        return new DynCalls.Reify(n, f.c.vtables.fnAddr(f.c.code(target.def(), target.args()), false));
      }
      default: {
        Ty.Closure cl = (Ty.Closure) from;
        return new DynCalls.Reify(n, f.c.vtables.fnAddr(f.c.closureCode(cl, f.code.def, f.code.typeArgs), true));
      }
    }
  }

  /** Whether a value of type t (a reference or Box) is a fat pointer. */
  static boolean isFatPointer(Ty t) {
    return rustle.interp.rt.Kind.of(t) == null && (t instanceof Ty.Ref
        || t instanceof Ty.Adt a && a.def().builtin == rustle.types.AdtDef.Builtin.BOX);
  }

  /** The type a reference or Box points to. */
  static Ty pointee(Ty t) {
    t = Infer.shallow(t);
    if (t instanceof Ty.Ref r) return Infer.shallow(r.inner());
    return Infer.shallow(((Ty.Adt) t).args().get(0));
  }
}
