package rustle.interp;

import java.util.ArrayList;
import java.util.List;
import rustle.check.ImplDef;
import rustle.interp.nodes.Calls;
import rustle.interp.nodes.Loads;
import rustle.interp.nodes.Places;
import rustle.interp.print.UserFmt;
import rustle.interp.print.ValueFmt;
import rustle.interp.rt.FnCode;
import rustle.interp.rt.Kind;
import rustle.interp.rt.Node;
import rustle.types.FnSig;
import rustle.types.Infer;
import rustle.types.Ty;

/** Finds the program's impl of a formatting trait (Display, Debug) for a type and compiles the call into it. */
public final class FmtImpls {
  private FmtImpls() {}

  /** The user impl's fmt for t as a ValueFmt, or null when t has no impl of that trait. */
  public static ValueFmt of(FnCompiler f, Ty t, String trait) {
    FnCode code = code(f, t, trait);
    if (code == null) return null;
    Node[] args = {
        new Loads.LoadInt(new Places.Local(UserFmt.SELF), Kind.U64),
        new Loads.LoadInt(new Places.Local(UserFmt.FMT_PTR), Kind.U64)};
    Node call = new Calls.Mem(code, args, 1, code.def.item.nameSpan());
    return new UserFmt(f.c.observe(call, code, null));
  }

  /** The compiled fmt of t's impl of trait; null when there is none. */
  static FnCode code(FnCompiler f, Ty t, String trait) {
    t = Infer.shallow(t);
    for (ImplDef impl : f.c.program.items().impls) {
      if (!trait.equals(impl.trait)) continue;
      Ty[] binds = new Ty[impl.generics.size()];
      if (!TraitResolve.match(impl.selfTy, t, binds)) continue;
      FnSig.Def def = impl.methods.get("fmt");
      if (def == null) return null;
      List<Ty> args = new ArrayList<>();
      for (Ty b : binds) args.add(b == null ? Ty.UNIT : b);
      return f.c.code(def, args);
    }
    return null;
  }
}
