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

/**
 * Finds the program's impl of a std trait for a type (static dispatch, as monomorphization does) and
 * compiles calls that std's own code makes into it: the formatter's {@code fmt}, the comparisons'
 * {@code eq} and {@code partial_cmp}.
 */
public final class FmtImpls {
  private FmtImpls() {}

  /** The user impl's fmt for t as a ValueFmt, or null when t has no impl of that trait. */
  public static ValueFmt of(FnCompiler f, Ty t, String trait) {
    FnCode code = code(f, t, trait, "fmt");
    if (code == null) return null;
    return new UserFmt(call2(f, code, UserFmt.SELF, UserFmt.FMT_PTR, 1));
  }

  /**
   * Formatting through a trait object ({@code &dyn Display}, {@code Box<dyn Debug>}, or a trait with
   * one of them as its supertrait): the trait's {@code fmt} entry of the object's vtable.
   */
  public static ValueFmt dyn(FnCompiler f, Ty.Dyn d, String trait) {
    FnSig.Def fmt = f.c.program.items().traits.get(trait).methods.get("fmt");
    Node[] args = {new Loads.LoadInt(new Places.Local(UserFmt.FMT_PTR), Kind.U64)};
    rustle.interp.nodes.DynCalls.Callee callee = new rustle.interp.nodes.DynCalls.Callee(
        new Loads.Copy(new Places.Local(UserFmt.FAT), 16, 0), UserFmt.FAT, f.c.vtables.slot(d, fmt),
        f.c.codeTable(), args, fmt.item.nameSpan(), DynCallCompiler.dynObserver(f), false);
    return UserFmt.dyn(new rustle.interp.nodes.DynCalls.Mem(callee, 1));
  }

  /**
   * A call of a method taking two pointers (as {@code fmt(&self, &mut Formatter)}, {@code eq(&self,
   * &Rhs)}), read from the slots fp + off0 and fp + off1 of the caller's frame; the result (size bytes)
   * is written where the node is evaluated into; size 0 stands for a bool result returned by evalLong.
   */
  public static Node call2(FnCompiler f, FnCode code, int off0, int off1, int size) {
    Node[] args = {
        new Loads.LoadInt(new Places.Local(off0), Kind.U64),
        new Loads.LoadInt(new Places.Local(off1), Kind.U64)};
    Node call = size == 0 ? new Calls.Int(code, args, Kind.U8, code.def.item.nameSpan())
        : new Calls.Mem(code, args, size, code.def.item.nameSpan());
    return f.c.observe(call, code, null);
  }

  /**
   * {@code Deref::deref(ref)} for a value of the program's type self (ref points to it): the pointer to
   * its Target; null when self has no Deref impl.
   */
  public static rustle.interp.rt.IntNode deref(FnCompiler f, Ty self, Node ref, rustle.ast.Span span) {
    FnCode code = code(f, self, "Deref", "deref");
    if (code == null) return null;
    Node call = new Calls.Int(code, new Node[] {ref}, Kind.U64, span);
    return ExprCompiler.asInt(f.c.observe(call, code, f.userCode ? span : null), new Ty.Ref(Ty.UNIT, false));
  }

  /**
   * The same for a Deref whose Target is unsized (`Cow<str>` derefs to `str`): the call's result is the
   * fat pointer, 16 bytes.
   */
  public static Node derefFat(FnCompiler f, Ty self, Node ref, rustle.ast.Span span) {
    FnCode code = code(f, self, "Deref", "deref");
    if (code == null) return null;
    return f.c.observe(new Calls.Mem(code, new Node[] {ref}, 16, span), code, f.userCode ? span : null);
  }

  /** The same through the program's DerefMut impl ({@code *y} written to); null when it has none. */
  public static rustle.interp.rt.IntNode derefMut(FnCompiler f, Ty self, Node ref, rustle.ast.Span span) {
    FnCode code = code(f, self, "DerefMut", "deref_mut");
    if (code == null) return null;
    Node call = new Calls.Int(code, new Node[] {ref}, Kind.U64, span);
    return ExprCompiler.asInt(f.c.observe(call, code, f.userCode ? span : null), new Ty.Ref(Ty.UNIT, false));
  }

  /** The compiled method of t's impl of trait; null when there is none (or it lacks the method). */
  public static FnCode code(FnCompiler f, Ty t, String trait, String method) {
    t = Infer.shallow(t);
    for (ImplDef impl : f.c.program.items().impls) {
      if (!trait.equals(impl.trait)) continue;
      Ty[] binds = new Ty[impl.generics.size()];
      if (!TraitResolve.match(impl.selfTy, t, binds)) continue;
      FnSig.Def def = impl.methods.get(method);
      if (def == null) return null;
      List<Ty> args = new ArrayList<>();
      for (Ty b : binds) args.add(b == null ? Ty.UNIT : b);
      return f.c.code(def, args);
    }
    return null;
  }
}
