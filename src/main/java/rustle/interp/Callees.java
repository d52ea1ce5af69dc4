package rustle.interp;

import rustle.interp.rt.FnCode;
import rustle.types.Infer;
import rustle.types.Ty;

/** The code a callable value runs (a closure, or a fn item), for std code that calls it natively. */
public final class Callees {
  private Callees() {}

  /** The code of a closure or fn item type (references to one are looked through), or null. */
  public static FnCode code(FnCompiler f, Ty fnTy) {
    Ty t = Infer.shallow(f.sub(fnTy));
    while (t instanceof Ty.Ref r) t = Infer.shallow(r.inner());
    if (t instanceof Ty.Closure cl) return f.c.closureCode(cl, f.code.def, f.code.typeArgs);
    if (t instanceof Ty.FnDef fd) {
      java.util.List<Ty> args = new java.util.ArrayList<>();
      for (Ty a : fd.args()) args.add(f.sub(a));
      FnCode special = special(f, fd.def(), args);
      if (special != null) return special;
      TraitResolve.Target target = TraitResolve.resolve(f.c, fd.def(), args);
      rustle.types.FnSig.Def d = target.def();
      if (d.fromPrelude && d.item != null && !d.item.hasBody() && ("Clone".equals(d.trait) && "clone".equals(d.name)
          || "Default".equals(d.trait) && "default".equals(d.name))) {
        // std's or a derived impl named as a value (`.map(Clone::clone)`, `unwrap_or_else(Default::default)`):
        // the prelude's generic function that calls it (CallCompiler.invoke supplies those natively).
        rustle.types.FnSig.Def via = f.c.program.items().fns.get("__trait_" + d.name);
        return f.c.code(via, java.util.List.of(target.args().get(0)));
      }
      return f.c.code(target.def(), target.args());
    }
    return null;
  }

  /** The iterator {@code IntoIterator::into_iter} makes of e's value (an iterator, a Vec, an array, a reference to one). */
  public static rustle.interp.rt.Node intoIter(FnCompiler f, rustle.ast.Expr e) {
    return new ForCompiler(f).source(e, Infer.shallow(f.ty(e))).init();
  }

  /** The iterator {@code IntoIterator::into_iter(e)} makes: its type and the node that makes it. */
  public record IntoIter(Ty iterTy, rustle.interp.rt.Node init) {}

  public static IntoIter intoIterTyped(FnCompiler f, rustle.ast.Expr e) {
    ForCompiler.Source s = new ForCompiler(f).source(e, Infer.shallow(f.ty(e)));
    return new IntoIter(s.iterTy(), s.init());
  }

  /** Code rustle supplies for a function without a body: std's ToString::to_string (constructors: Compiler.code). */
  static FnCode special(FnCompiler f, rustle.types.FnSig.Def def, java.util.List<Ty> args) {
    if (def.fromPrelude && "ToString".equals(def.trait) && !def.item.hasBody()) {
      FnCode code = new FnCode(def, args, "ToString::to_string");
      FrameAlloc frame = new FrameAlloc();
      int self = frame.alloc(8, 8);
      code.paramOffs = new int[] {self};
      code.intrinsic = rustle.interp.std.NativeCalls.toStringImpl(f, f.sub(args.get(0)), self);
      code.frameSize = frame.size();
      return code;
    }
    return null;
  }
}
