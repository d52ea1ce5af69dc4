package rustle.check;

import java.util.ArrayList;
import java.util.List;
import rustle.ast.Item;
import rustle.ast.Span;
import rustle.diag.Diagnostic;
import rustle.diag.Errors;
import rustle.types.FnSig;
import rustle.types.Subst;
import rustle.types.Ty;
import rustle.types.TyPrinter;

/**
 * rustc's E0053: a method of {@code impl Trait for T} whose parameter or return type is not the one the
 * program's trait declares (with Self and the trait's parameters put in). Methods with generic
 * parameters of their own, or whose receiver form differs (E0185/E0186), are left alone.
 */
final class ImplSignatures {
  private ImplSignatures() {}

  static void check(ImplDef impl, TraitDef td, List<Diagnostic> errors) {
    if (td == null || td.item == null) return;
    List<Ty> subst = new ArrayList<>();
    subst.add(impl.selfTy);
    subst.addAll(impl.traitArgs);
    for (FnSig.Def def : impl.methods.values()) {
      FnSig.Def decl = td.methods.get(def.name);
      if (decl == null || decl.params == null || def.params == null || decl.selfKind != def.selfKind) continue;
      if (decl.generics.size() != decl.implGenerics || def.generics.size() != def.implGenerics) continue;
      if (decl.implGenerics != subst.size() || decl.params.size() != def.params.size()) continue;
      Item.FnItem f = def.item;
      int skip = def.selfKind == Item.SelfKind.NONE ? 0 : 1;
      for (int i = skip; i < def.params.size(); i++) {
        Ty want = Subst.apply(decl.params.get(i), subst);
        if (!want.equals(def.params.get(i))) {
          errors.add(incompatible(def.name, f.params().get(i - skip).type().span(), want, def.params.get(i),
              decl.item.params().get(i - skip).type().span()));
          break;
        }
      }
      if (decl.opaqueRet != null || def.opaqueRet != null || f.ret() == null || decl.item.ret() == null) continue;
      Ty wantRet = Subst.apply(decl.ret, subst);
      if (!wantRet.equals(def.ret)) {
        errors.add(incompatible(def.name, f.ret().span(), wantRet, def.ret, decl.item.ret().span()));
      }
    }
  }

  private static Diagnostic incompatible(String name, Span at, Ty want, Ty found, Span declared) {
    return Errors.coded("E0053", "method `" + name + "` has an incompatible type for trait", at,
        "expected `" + TyPrinter.show(want) + "`, found `" + TyPrinter.show(found) + "`")
        .withSub(Diagnostic.Sub.note("type in trait", declared, null));
  }
}
