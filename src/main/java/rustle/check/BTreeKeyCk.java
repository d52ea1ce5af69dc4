package rustle.check;

import java.util.List;
import rustle.ast.Expr;
import rustle.diag.Errors;
import rustle.types.AdtDef;
import rustle.types.FnSig;
import rustle.types.Infer;
import rustle.types.Prim;
import rustle.types.Ty;

/**
 * The borrowed key {@code Q} of the prelude's BTreeMap and BTreeSet lookups ({@code get<Q>(&self, key: &Q)}
 * where std has {@code K: Borrow<Q>}): a key type with no Borrow impl but its own fixes Q to it before the
 * argument is checked (so a wrong key is rustc's E0308), and once the types are known any other Q than
 * those std's Borrow impls give (String as str, Vec<T> as [T], Box<T> as T) is E0277.
 */
final class BTreeKeyCk {
  private final FnCk cx;

  BTreeKeyCk(FnCk cx) {
    this.cx = cx;
  }

  /** Before the arguments of m (a call of def with type arguments args) are checked. */
  void before(Expr.MethodCall m, FnSig.Def def, List<Ty> args) {
    int q = qIndex(def);
    if (q < 0 || args.size() <= q || cx.def != null && cx.def.fromPrelude) return;
    Ty key = cx.resolve(args.get(0));
    if (!(key instanceof Infer) && !borrowsOther(key)) cx.infer.unify(args.get(q), key);
    Ty self = rustle.types.Subst.apply(def.selfTy, args);
    cx.deferred.add(new Object[] {(Runnable) () -> {
      Ty k = Zonk.apply(args.get(0));
      Ty b = Zonk.apply(args.get(q));
      if (!Zonk.isResolved(k) || !Zonk.isResolved(b) || Obligations.mentionsParam(k) || Obligations.mentionsParam(b)) return;
      if (borrows(k, b)) return;
      cx.error(Errors.coded("E0277", "the trait bound `" + cx.show(k) + ": Borrow<" + cx.show(b) + ">` is not satisfied",
          m.args().size() == 1 ? m.args().get(0).span() : m.nameSpan(), "the trait `Borrow<" + cx.show(b) + ">` is not implemented for `" + cx.show(k) + "`"));
    }});
  }

  /**
   * After the argument of the prelude's {@code range<R: __KeyRange<K>>} is checked: std's bound is
   * {@code R: RangeBounds<T>} with {@code K: Borrow<T>}, so a range of literals takes the key type
   * (`m.range(2..5)` on u8 keys); a range of another type, or no range, is E0277.
   */
  void rangeArg(Expr.MethodCall m, FnSig.Def def, List<Ty> args) {
    if (!def.fromPrelude || !def.name.equals("range") || m.args().size() != 1 || cx.def != null && cx.def.fromPrelude
        || !(Infer.shallow(def.selfTy) instanceof Ty.Adt sa) || !CollFroms.isBTree(sa)) {
      return;
    }
    Ty key = cx.resolve(args.get(0));
    Ty r = cx.resolve(args.get(def.generics.size() - 1));
    if (r instanceof Ty.Adt a && a.def().fromPrelude && a.def().name.startsWith("Range")) {
      if (a.args().isEmpty() || cx.infer.unify(a.args().get(0), key)) return;
      Ty b = cx.resolve(a.args().get(0));
      if (b instanceof Infer) {
        // A literal of the wrong kind (floats for integer keys): no type could make it RangeBounds<K>.
        notRange(m, r, key);
        return;
      }
      cx.error(Errors.coded("E0277", "the trait bound `" + cx.show(key) + ": Borrow<" + cx.show(b) + ">` is not satisfied",
          m.nameSpan(), "the trait `Borrow<" + cx.show(b) + ">` is not implemented for `" + cx.show(key) + "`"));
      return;
    }
    if (r instanceof Infer v && InferAccess.kind(v) == Infer.Kind.GENERAL || OpsCk.isUnknown(r)) return;
    notRange(m, r, key);
  }

  private void notRange(Expr.MethodCall m, Ty r, Ty key) {
    cx.error(Errors.coded("E0277", "the trait bound `" + cx.show(r) + ": RangeBounds<" + cx.show(key) + ">` is not satisfied",
        m.args().get(0).span(), "the trait `RangeBounds<" + cx.show(key) + ">` is not implemented for `" + cx.show(r) + "`"));
  }

  private static int qIndex(FnSig.Def def) {
    if (!def.fromPrelude || !(Infer.shallow(def.selfTy) instanceof Ty.Adt a) || !CollFroms.isBTree(a)) return -1;
    for (int i = 0; i < def.generics.size(); i++) if (def.generics.get(i).name().equals("Q")) return i;
    return -1;
  }

  /** Whether std gives k a Borrow impl besides its own (so Q is left to the argument). */
  private static boolean borrowsOther(Ty k) {
    return k instanceof Ty.Adt a && (a.def().builtin == AdtDef.Builtin.STRING || a.def().builtin == AdtDef.Builtin.VEC
        || a.def().builtin == AdtDef.Builtin.BOX) || k instanceof Ty.Ref;
  }

  /** std's Borrow impls: T as T, String as str, Vec<T> as [T], Box<T> as T, &T as T. */
  private static boolean borrows(Ty k, Ty b) {
    if (k.equals(b)) return true;
    if (k instanceof Ty.Adt a && a.def().builtin == AdtDef.Builtin.STRING) return b == Prim.STR;
    if (k instanceof Ty.Adt a && a.def().builtin == AdtDef.Builtin.VEC) {
      return b instanceof Ty.Slice s && Infer.shallow(s.elem()).equals(Infer.shallow(a.args().get(0)));
    }
    if (k instanceof Ty.Adt a && a.def().builtin == AdtDef.Builtin.BOX) return Infer.shallow(a.args().get(0)).equals(b);
    if (k instanceof Ty.Ref r) return Infer.shallow(r.inner()).equals(b);
    return false;
  }
}
